using System.Diagnostics;
using Digest.Content;
using Digest.Ingest.Attribution;
using Digest.Dedup;
using Digest.Entities;
using Digest.Tagging;

namespace Digest.Ingest;

/// <summary>What an ingest did.</summary>
/// <param name="Seeds">Seed files that could be read.</param>
/// <param name="Articles">The ingested articles (hand-maintained ones as the maintainer left them).</param>
/// <param name="Written">Markdown files written (unchanged files are not rewritten).</param>
/// <param name="KeptByHand">Seeds whose markdown a maintainer edited, left as it was.</param>
/// <param name="Diagnostics">Problems found.</param>
public sealed record IngestResult(int Seeds, IReadOnlyList<Article> Articles, int Written, int KeptByHand, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>
    /// The article each file of <c>input/articles/</c> held as this ingest read or left it: the publish of the same
    /// build takes its articles from here (<see cref="Publish.Publisher.Run(ProjectPaths, Func{Publish.IPageRenderer}, int, bool, ArticleFiles?, Action{StepTime}?, bool, Publish.Output.OutputFolder?, string?, Cache.FileDigests?, CancellationToken)"/>)
    /// instead of reading every file again.
    /// </summary>
    public ArticleFiles Files { get; init; } = new();

    /// <summary>The markdown files this ingest took out of <c>input/articles/</c> (<see cref="ArticleStore.Removed"/>), as full paths.</summary>
    public IReadOnlyList<string> Removed { get; init; } = [];
}

/// <summary>
/// The ingest stage: seeds → decoded text → parsed article → refined fields → one markdown file
/// per seed in <c>input/articles/</c>.
/// </summary>
public static class Ingester
{
    /// <summary>Ingests the seeds of <paramref name="paths"/>.</summary>
    /// <param name="paths">The project's folders.</param>
    /// <param name="useCache">Reuse what earlier builds extracted and recognised for unchanged seeds (<see cref="ProjectPaths.Cache"/>).</param>
    /// <param name="onStage">Told each step's name and time as it ends (benchmarks, <c>--verbose</c>); may be null.</param>
    /// <param name="digests">
    /// The content of files as this build knows them, if anywhere: what the stamp taken as it started knows (an article file
    /// unchanged since is not read), and where each seed read and article written is recorded (for the stamp it leaves).
    /// </param>
    /// <param name="cancel">
    /// Stops the ingest at its next step or seed when cancelled (<see cref="OperationCanceledException"/>), before it writes
    /// an article (only the articles of seeds taken out of <c>seeds/</c> may be gone: they go first). What it extracted,
    /// recognised and measured for dedup by then is kept in the cache (<see cref="IngestCache.SaveStopped"/>).
    /// </param>
    public static IngestResult Run(ProjectPaths paths, bool useCache = true, Action<string, TimeSpan>? onStage = null, Cache.FileDigests? digests = null,
        CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var clock = Stopwatch.StartNew();
        // Every step but the last (the writing) ends at a point where the ingest may stop.
        void Step(string name)
        {
            onStage?.Invoke(name, clock.Elapsed);
            clock.Restart();
            cancel.ThrowIfCancellationRequested();
        }

        var diagnostics = new List<Diagnostic>();
        var settings = IngestSettings.Load(paths, diagnostics);
        using var cache = IngestCache.Open(useCache ? paths.Cache : null, paths);
        Step("open cache");
        var files = new ArticleFiles();
        List<Article> articles;
        int seedCount, keptByHand;
        ArticleStore store;
        try
        {
            (articles, seedCount, keptByHand, store) = Extract(paths, settings, diagnostics, cache, digests, files, Step, cancel);
            Step("clean, parse, attribute");

            // Entities first: the dedup stage groups stories by the entities reports share.
            var entities = EntityCatalog.Load(paths, diagnostics, cache.Recognition);
            Step("load entity catalog");
            articles = EntityStage.Run(articles, entities, cache.Recognition, cancel);
            Step("entities");
            articles = TagStage.Run(articles, entities, TagRules.Load(paths, diagnostics));
            Step("tags");
            // The stage names its own parts (features, copies, stories, topics, ids) as they end.
            articles = [.. DedupStage.Run(articles, store, DedupSettingsLoader.Load(paths, diagnostics), diagnostics, cache.Dedup, Step, cancel)];
            cancel.ThrowIfCancellationRequested();
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            // Stopped: no article is written, but what was extracted, recognised and measured for dedup so far is kept (each
            // entry stands for the text it was made from, whatever the other seeds are): a cold build of 100,000 seeds stopped
            // halfway does not begin again from nothing.
            cache.SaveStopped();
            throw;
        }

        var written = 0;
        cache.Save(() => written = store.WriteIngested(articles, cache.Files, cache.Articles, digests, files));
        onStage?.Invoke("write markdown, save cache", clock.Elapsed);
        return new IngestResult(seedCount, articles, written, keptByHand, diagnostics) { Files = files, Removed = store.Removed };
    }

    // Reads and extracts every seed. Its own method so the seeds' text (as large as the corpus) is
    // garbage once the articles are built, not held through entities, dedup and writing.
    private static (List<Article> Articles, int Seeds, int KeptByHand, ArticleStore Store) Extract(
        ProjectPaths paths, IngestSettings settings, List<Diagnostic> diagnostics, IngestCache cache, Cache.FileDigests? digests, ArticleFiles files, Action<string> step,
        CancellationToken cancel)
    {
        var present = new HashSet<string>(StringComparer.Ordinal);
        var seeds = SeedReader.ReadAll(paths, diagnostics, settings.MaxSeedBytes, digests, cache.HasExtract, present);
        step("read seeds");
        var store = ArticleStore.Load(paths, diagnostics, cache.Articles, held: files, digests: digests);
        // The articles of seeds taken out of the folder go with them; with no seeds folder at all (a wrong --seeds),
        // nothing is taken for gone.
        if (Directory.Exists(paths.Seeds))
        {
            store.RemoveStaleFiles(present, diagnostics, files);
        }

        step("load existing articles");
        var context = new IngestContext(paths, settings, SourceCatalog.Load(paths, diagnostics), diagnostics);

        // Each seed's extraction stands alone: both cores share it, each result (and its sidecar's
        // diagnostics) goes to the seed's own slot, and slots are then taken in seed order, so the
        // output does not depend on which core finished first.
        var built = new (Article? Article, List<Diagnostic> Problems)[seeds.Count];
        var keptByHand = new bool[seeds.Count];
        Parallel.For(0, seeds.Count, Parallelism.PerCoreUntil(cancel), i =>
        {
            // The seed of an article a maintainer edited is read only to tell them when it changed since: their file stays.
            keptByHand[i] = store.IsMaintainedByHand(seeds[i].Name);
            var problems = new List<Diagnostic>();
            var own = context with { Diagnostics = problems };
            Article? article;
            try
            {
                article = SeedIngest.ApplySidecar(cache.Extract(seeds[i], own), seeds[i], own);
            }
            catch (UnreadableSeedException e)
            {
                built[i] = (null, keptByHand[i] ? [] : [Diagnostic.Error(seeds[i].DisplayPath, e.Message + "; it was skipped")]);
                return;
            }

            var changed = store.ReadFromSeed(seeds[i].Name, seeds[i].DisplayPath, SeedHash.Of(article));
            if (keptByHand[i])
            {
                built[i] = (null, changed is null ? [] : [changed]);
                return;
            }

            if (string.IsNullOrWhiteSpace(article.Title))
            {
                // Only a page can come out of extraction without a headline (a text seed's first line is one), and
                // then it has no text either: its markdown could not be read back, so it is reported, not written.
                problems.Add(Diagnostic.Error(seeds[i].DisplayPath,
                    "the page holds no headline and no article text; it was skipped (give it a 'title' in its sidecar to keep it)"));
                article = null;
            }

            built[i] = (article is null ? null : store.SharingStoredText(article), problems);
        });

        var slugs = new HashSet<string>(StringComparer.Ordinal);
        var nextNumbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var articles = new List<Article>();
        var keptCount = 0;
        for (var i = 0; i < seeds.Count; i++)
        {
            var seed = seeds[i];
            var (article, problems) = built[i];
            diagnostics.AddRange(problems);
            if (keptByHand[i])
            {
                keptCount++;
                continue;
            }

            if (article is null)
            {
                continue;
            }

            // A seed moved to another folder keeps its article's address (the slug its old article had, while no other took it).
            var slug = store.SlugOfSeed(seed.Name)
                ?? (store.SlugOfMovedSeed(seed.Name) is { } moved && !slugs.Contains(moved) && !store.IsTakenByOther(moved, seed.Name) ? moved : null)
                ?? UniqueSlug(ArticleFactory.PreferredSlug(article.Title, seed.Name), seed.Name, slugs, store, nextNumbers);
            slugs.Add(slug);
            articles.Add(article with { Slug = slug, Story = slug });
        }

        return (articles, seeds.Count, keptCount, store);
    }

    // Adds -2, -3, … when another seed of this run or a maintainer's file already holds the slug. The numbers below the
    // last one a slug got in this run were all taken then and still are: the next seed of the same slug starts after it
    // (counting from 2 for every seed made 10,000 seeds titled "Weather update" 50 million tries, 4 s).
    private static string UniqueSlug(string preferred, string seedName, HashSet<string> taken, ArticleStore store, Dictionary<string, int> nextNumbers)
    {
        bool Taken(string slug) => taken.Contains(slug) || store.IsTakenByOther(slug, seedName);
        if (!Taken(preferred))
        {
            return preferred;
        }

        ref var next = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(nextNumbers, preferred, out var seen);
        var n = seen ? next : 2;
        var candidate = $"{preferred}-{n}";
        while (Taken(candidate))
        {
            candidate = $"{preferred}-{++n}";
        }

        next = n + 1;
        return candidate;
    }
}
