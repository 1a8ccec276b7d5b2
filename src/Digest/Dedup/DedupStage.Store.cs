using Digest.Content;

namespace Digest.Dedup;

/// <summary>The dedup stage as ingest calls it, with the project's stored articles.</summary>
public static partial class DedupStage
{
    /// <summary>
    /// Runs the stage over the freshly ingested articles together with the stored articles ingest
    /// did not produce this time (hand-maintained and hand-written ones), so clustering sees the
    /// whole project; returns only the ingested articles, updated. Stored articles are never
    /// changed: a maintainer's story, topic or duplicate_of stays as written. Story and topic ids
    /// of the previous build are kept where the groups still agree. <paramref name="step"/> is told each part's end,
    /// as <see cref="Run(IReadOnlyList{Article}, DedupSettings, ICollection{Diagnostic}, IEnumerable{Article}?, CanonicalRule?, Cache.CacheStore?, Action{string}?, CancellationToken)"/> tells it,
    /// and <paramref name="cancel"/> stops it as it stops that.
    /// </summary>
    public static IReadOnlyList<Article> Run(
        IReadOnlyList<Article> ingested, ArticleStore store, DedupSettings settings, ICollection<Diagnostic> diagnostics, Cache.CacheStore? cache = null, Action<string>? step = null,
        CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(ingested);
        ArgumentNullException.ThrowIfNull(store);
        var seeds = ingested.Select(a => a.Seed).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var slugs = ingested.Select(a => a.Slug).ToHashSet(StringComparer.Ordinal);
        var kept = store.ArticlesOtherThan(slugs, seeds);
        var all = ingested.Concat(kept).ToList();
        var result = Run(all, settings, diagnostics, store.PreviousIds(), cache: cache, step: step, cancel: cancel);
        return result.Take(ingested.Count).ToList();
    }
}
