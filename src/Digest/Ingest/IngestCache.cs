using Digest.Cache;
using Digest.Content;

namespace Digest.Ingest;

/// <summary>
/// The stores of the build cache that ingest reads and fills: what each seed's text gave (cleaning and
/// attribution, before its sidecar) and each text's recognised entity mentions, keyed by the seed's
/// name and text, the source catalog and the code. An unchanged seed among thousands costs a lookup.
/// </summary>
public sealed class IngestCache : IDisposable
{
    private readonly CacheStore _extracts;
    private readonly string _sourcesVersion;

    private IngestCache(string? folder, string sourcesVersion)
    {
        _sourcesVersion = sourcesVersion;
        // Each store is its own file: both cores read them.
        var stores = CacheStore.OpenAll(folder, CodeVersion.Digest, "seed-extracts", Publish.PublishCache.EntityRecognitionStore,
            Publish.PublishCache.ArticleStoreName, "dedup-features", "article-files");
        (_extracts, Recognition, Articles, Dedup, Files) = (stores[0], stores[1], stores[2], stores[3], stores[4]);
    }

    /// <summary>The hash of the file text each article gave (by a hash of the article).</summary>
    public CacheStore Files { get; }

    /// <summary>Each article's dedup features (signature, terms, names).</summary>
    public CacheStore Dedup { get; }

    /// <summary>Parsed markdown articles by file text (shared with publish).</summary>
    public CacheStore Articles { get; }

    /// <summary>Each text's recognised entity mentions (shared with publish).</summary>
    public CacheStore Recognition { get; }

    /// <summary>The cache in <paramref name="folder"/> (null: off) for the project at <paramref name="paths"/>.</summary>
    public static IngestCache Open(string? folder, ProjectPaths paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var sources = Path.Combine(paths.Input, Attribution.SourceCatalog.FileName);
        // An unreadable sources.yml keys as none (SourceCatalog reports it and goes on without it).
        return new IngestCache(folder, FolderFiles.ReadCurated(paths, sources, new List<Diagnostic>()) is { } text ? CacheStore.Key(text) : "");
    }

    /// <summary><see cref="SeedIngest.Extract"/> of <paramref name="seed"/>, from the cache when its bytes (or, for a seed made from text alone, its text) were seen before.</summary>
    public Article Extract(Seed seed, IngestContext context)
    {
        ArgumentNullException.ThrowIfNull(seed);
        if (seed.IsUnread)
        {
            return _extracts.TryRead(ExtractKey(seed.Name, seed.ContentKey), ArticleCoding.From, out var stored)
                ? stored
                : throw new InvalidOperationException($"The extract cache lost the article of {seed.DisplayPath} it held when the seed was left unread.");
        }

        return _extracts.GetOrAdd(
            () => seed.ContentKey.Length > 0 ? ExtractKey(seed.Name, seed.ContentKey) : CacheStore.Key(_sourcesVersion, seed.Name, "text", seed.Text),
            () => SeedIngest.Extract(seed, context), ArticleCoding.Write, ArticleCoding.From);
    }

    /// <summary>True when the extract cache holds the article of the seed file <paramref name="seedName"/> with these bytes (by their hash); the entry is kept.</summary>
    public bool HasExtract(string seedName, string contentKey) => _extracts.Touch(ExtractKey(seedName, contentKey));

    // A seed's article depends on its name (HTML or text), its bytes and the source catalog.
    private string ExtractKey(string seedName, string contentKey) => CacheStore.Key(_sourcesVersion, seedName, "bytes", contentKey);

    /// <summary>
    /// Runs <paramref name="writeMarkdown"/> (which fills <see cref="Files"/> and <see cref="Articles"/>) and keeps
    /// what this ingest computed for the next one: the stores it does not touch are saved while it runs.
    /// </summary>
    public void Save(Action writeMarkdown)
    {
        // Each store is its own file: both cores write them.
        SideBySide.Run(() => Parallel.Invoke(Parallelism.PerCore, _extracts.Save, Recognition.Save, Dedup.Save), writeMarkdown);
        Parallel.Invoke(Parallelism.PerCore, Articles.Save, Files.Save);
    }

    /// <summary>
    /// Keeps what an ingest stopped before its end computed: the seeds' extracts, the texts' recognised mentions and the
    /// articles' dedup features. Each entry stands for what it was made from alone, so it serves the next ingest whatever
    /// else changes. The stores of the written files (<see cref="Articles"/>, <see cref="Files"/>) are left as they were.
    /// </summary>
    public void SaveStopped() => Parallel.Invoke(Parallelism.PerCore, _extracts.Save, Recognition.Save, Dedup.Save);

    /// <summary>Closes the stores; those not saved leave the cache as it was.</summary>
    public void Dispose()
    {
        foreach (var store in new[] { _extracts, Articles, Recognition, Dedup, Files })
        {
            store.Dispose();
        }
    }
}
