namespace Digest.Publish;

/// <summary>A link to a taxonomy term as pages show it.</summary>
/// <param name="Name">Display name.</param>
/// <param name="Path">Site path of the term page.</param>
public sealed record TermLink(string Name, string Path);

/// <summary>An article as the site shows it: the article plus what publishing derived from it.</summary>
/// <param name="Article">
/// The article without its markdown (<see cref="Article.Body"/> is empty): pages show <paramref name="Body"/>, and a site's
/// markdown held through a publish costs memory (about half a gigabyte of strings at 100,000 articles).
/// </param>
/// <param name="Path">Site path of its page.</param>
/// <param name="Body">The body rendered by <see cref="Content.SafeMarkdown"/>, and its search words.</param>
/// <param name="Excerpt">The maintainer's summary, or else the plain-text opening of the body, for lists and feeds.</param>
/// <param name="Source">Link to its source page.</param>
/// <param name="Tags">Links to its tag pages.</param>
/// <param name="Entities">Links to the entities it mentions (only those with a page are linked by the theme).</param>
public sealed record ArticleView(Article Article, string Path, ArticleBody Body, string Excerpt, TermLink Source, IReadOnlyList<TermLink> Tags, IReadOnlyList<TermLink> Entities)
    : Output.IRemembersHash
{
    /// <inheritdoc/>
    Output.RememberedHash Output.IRemembersHash.RememberedHash { get; set; }

    /// <summary>
    /// Where the report was filed ("London"), when its dateline stood on a line of its own that cleaning took out of
    /// the body; null when there is none or the body still opens with it ("BEIRUT (AP) —").
    /// </summary>
    public string? Dateline { get; init; }

    /// <summary>Site path of the dateline's entity page, when the place has one.</summary>
    public string? DatelinePath { get; init; }

    /// <summary>
    /// Where the report was first published (its <c>url</c>), when that is an absolute http or https address: the
    /// article page and the feeds link it. Null otherwise. Set once with the view: every feed that lists the article
    /// reads it.
    /// </summary>
    public string? OriginalUrl { get; init; }

    /// <summary>
    /// When the report was last corrected or updated, if a maintainer said so and it is after its publication date (an
    /// update the same day is no news): its page, feeds, sitemap and JSON-LD carry it.
    /// </summary>
    public DateOnly? Modified => Article.Updated is { } updated && (Article.Date is not { } date || updated > date) ? updated : null;

    /// <summary>When the report last changed: its dated update, or else its date (feeds' and the sitemap's dates).</summary>
    public DateOnly? LastChanged => Modified ?? Article.Date;

    /// <summary>The body's HTML (read from the build cache when it is kept there).</summary>
    public string BodyHtml => Body.Html;
}
