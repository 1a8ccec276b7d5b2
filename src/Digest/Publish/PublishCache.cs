using Digest.Cache;

namespace Digest.Publish;

/// <summary>
/// The stores of the build cache that publish reads and fills: results per article (recognised entity
/// spellings, rendered bodies) and per story (overlap), each keyed by a hash of its inputs, so a
/// publish after a small change redoes only the articles and stories it touched.
/// </summary>
public sealed class PublishCache : IDisposable
{
    private PublishCache(string? folder)
    {
        // Each store is its own file: both cores read them.
        var stores = CacheStore.OpenAll(folder, CodeVersion.Digest, EntityRecognitionStore, ArticleStoreName, "article-bodies", "entity-surfaces", "story-overlap",
            "search-rows", "cross-lists");
        (Mentions, Articles, Bodies, Surfaces, Overlap, SearchRows, Lists) = (stores[0], stores[1], stores[2], stores[3], stores[4], stores[5], stores[6]);
    }

    /// <summary>Caching turned off: everything is computed afresh and nothing is kept.</summary>
    public static PublishCache None { get; } = new(null);

    /// <summary>Name of the store of each text's recognised entity mentions, which ingest fills and publish reads.</summary>
    public const string EntityRecognitionStore = "entity-recognition";

    /// <summary>Name of the store of parsed markdown articles by file text, which ingest and publish share.</summary>
    public const string ArticleStoreName = "articles";

    /// <summary>Each article's entity spellings under its front-matter names.</summary>
    public CacheStore Surfaces { get; }

    /// <summary>Each article body's HTML (with its entity links) and excerpt.</summary>
    public CacheStore Bodies { get; }

    /// <summary>Each story's overlap analysis (what each report repeats and adds).</summary>
    public CacheStore Overlap { get; }

    /// <summary>The site model's lists across reports (entity index, related reports), under a key of what they are made of (<see cref="CrossLists"/>).</summary>
    public CacheStore Lists { get; }

    /// <summary>Each article's entry in the search index.</summary>
    public CacheStore SearchRows { get; }

    /// <summary>Parsed markdown articles by their file's text.</summary>
    public CacheStore Articles { get; }

    /// <summary>Each text's recognised entity mentions (the spellings publish links).</summary>
    public CacheStore Mentions { get; }

    /// <summary>The cache of the project at <paramref name="paths"/>.</summary>
    public static PublishCache Open(ProjectPaths paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return new PublishCache(paths.Cache);
    }

    /// <summary>Keeps what this publish computed for the next one.</summary>
    public void Save()
    {
        // Each store is its own file: both cores write them.
        Parallel.Invoke(Parallelism.PerCore, Mentions.Save, Articles.Save, Bodies.Save, Surfaces.Save, Overlap.Save, SearchRows.Save, Lists.Save);
    }

    /// <summary>Closes the stores; those not saved leave the cache as it was.</summary>
    public void Dispose()
    {
        foreach (var store in new[] { Mentions, Articles, Bodies, Surfaces, Overlap, SearchRows, Lists })
        {
            store.Dispose();
        }
    }
}
