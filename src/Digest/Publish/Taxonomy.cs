namespace Digest.Publish;

/// <summary>One term of a taxonomy (a tag, a source) and its articles, newest first.</summary>
/// <param name="Name">Display name.</param>
/// <param name="Slug">URL segment.</param>
/// <param name="Articles">Articles under the term, newest first, undated last.</param>
public sealed record Term(string Name, string Slug, IReadOnlyList<ArticleView> Articles)
{
    /// <summary>A line about the term for its page (a curated tag's <c>description</c>), if there is one.</summary>
    public string? Description { get; init; }
}

/// <summary>A classification of articles, Hugo style: plural name → terms → articles.</summary>
/// <param name="Name">Plural name and URL segment ("tags", "sources").</param>
/// <param name="Title">Heading of its index page.</param>
/// <param name="Singular">Singular label ("Tag", "Source").</param>
/// <param name="Terms">Terms, by name.</param>
public sealed record Taxonomy(string Name, string Title, string Singular, IReadOnlyList<Term> Terms)
{
    /// <summary>Taxonomy name of tags.</summary>
    public const string Tags = "tags";

    /// <summary>Taxonomy name of sources.</summary>
    public const string Sources = "sources";

    /// <summary>Taxonomy name of entities.</summary>
    public const string Entities = "entities";

}
