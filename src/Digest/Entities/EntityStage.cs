namespace Digest.Entities;

/// <summary>
/// The ingest step that recognises entities: sets each article's <see cref="Article.Entities"/> to
/// the canonical names of the people, places, organisations and other things it names, in order of
/// first mention. Runs before dedup, which compares articles by them.
/// </summary>
public static class EntityStage
{
    /// <summary>The articles with their entities; other fields unchanged.</summary>
    /// <param name="articles">The articles.</param>
    /// <param name="catalog">Known entities.</param>
    /// <param name="cache">Where each text's recognised mentions are kept between builds, if anywhere.</param>
    /// <param name="cancel">Stops the recognition between articles when cancelled (<see cref="OperationCanceledException"/>): a cold build's longest step.</param>
    public static List<Article> Run(IReadOnlyList<Article> articles, EntityCatalog catalog, Cache.CacheStore? cache = null, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(catalog);
        var names = EntityResolver.Resolve(articles, catalog, cache, cancel);
        return articles.Select((article, i) => article with { Entities = names[i] }).ToList();
    }
}
