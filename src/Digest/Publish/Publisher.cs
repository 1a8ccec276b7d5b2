using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using Digest.Cache;
using Digest.Content;
using Digest.Publish.Feeds;
using Digest.Publish.Output;
using Digest.Publish.Pages;

namespace Digest.Publish;

/// <summary>What a publish did.</summary>
/// <param name="Articles">Articles read from <c>input/articles/</c>.</param>
/// <param name="Pages">HTML pages written.</param>
/// <param name="Files">All files written (pages, assets, feeds, sitemap, search index).</param>
/// <param name="Diagnostics">Problems found.</param>
public sealed record PublishResult(int Articles, int Pages, int Files, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Articles that are copies of another (<c>duplicate_of</c>).</summary>
    public int Copies { get; init; }

    /// <summary>Stories on the site.</summary>
    public int Stories { get; init; }

    /// <summary>Entities with a page on the site.</summary>
    public int Entities { get; init; }

    /// <summary>Pages rendered (the others were kept: nothing they are made from changed).</summary>
    public int Rendered { get; init; }

    /// <summary>Files written because they are new or their bytes changed.</summary>
    public int Changed { get; init; }

    /// <summary>Pages whose fingerprint was carried over from the previous publish, unhashed (<see cref="CarriedFingerprints"/>).</summary>
    internal int FingerprintsCarriedOver { get; init; }

    /// <summary>Articles marked <c>draft: true</c> and left out of the site (none when drafts were asked for).</summary>
    public int Drafts { get; init; }

    /// <summary>Wall time of each step.</summary>
    public IReadOnlyList<StepTime> Timings { get; init; } = [];
}

/// <summary>The publish stage: markdown articles + settings → site model → pages rendered by the theme → <c>output/</c>.</summary>
public static class Publisher
{
    /// <summary>Publishes the site of <paramref name="paths"/> with one renderer (one thread renders every page).</summary>
    public static PublishResult Run(ProjectPaths paths, IPageRenderer renderer)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        return Run(paths, () => renderer, maxParallelism: 1, ownsRenderers: false);
    }

    /// <summary>
    /// Publishes the site of <paramref name="paths"/>, rendering pages on every core with one renderer per
    /// worker from <paramref name="createRenderer"/> (renderers are not thread-safe). Each page's bytes
    /// depend on the page alone, so the output is the same whatever the parallelism.
    /// </summary>
    /// <param name="paths">The project.</param>
    /// <param name="createRenderer">Makes a renderer for a worker.</param>
    /// <param name="maxParallelism">Workers at most (0 or less: one per core).</param>
    /// <param name="useCache">Use and fill the build cache (<see cref="ProjectPaths.Cache"/>); false computes and writes everything afresh.</param>
    /// <param name="ingested">
    /// The articles the ingest of this build read and wrote (<see cref="Ingest.IngestResult.Files"/>), if any: a file
    /// still as ingest left it is not read again. Publish takes them: they are cleared once loaded.
    /// </param>
    /// <param name="onStep">Told each step as it ends (<see cref="PublishResult.Timings"/> has them all at the end), if anything is.</param>
    /// <param name="drafts">Publish the articles marked <c>draft: true</c> too (a preview); by default they are left out of the site.</param>
    /// <param name="output">
    /// The output folder as <see cref="OpenOutput"/> opened it before ingest (with the same <paramref name="useCache"/>), if it
    /// was; the caller disposes of it. Otherwise publish opens it itself.
    /// </param>
    /// <param name="cancel">
    /// Stops the publish at the end of its next step, or between ranges of pages, when cancelled (<see cref="OperationCanceledException"/>):
    /// what it staged is removed and <c>output/</c> and the cache are as they were. Once it moves its files into
    /// <c>output/</c>, it finishes.
    /// </param>
    /// <param name="baseUrl">Where the site is served, in place of the settings' <c>base_url</c> (<see cref="SiteSettings.Load"/>); null keeps theirs.</param>
    /// <param name="known">What the build knows of input files without reading them (the stamp taken as it started): a static file known unchanged, published as it is, is not read again.</param>
    public static PublishResult Run(ProjectPaths paths, Func<IPageRenderer> createRenderer, int maxParallelism = -1, bool useCache = true, ArticleFiles? ingested = null,
        Action<StepTime>? onStep = null, bool drafts = false, OutputFolder? output = null, string? baseUrl = null, FileDigests? known = null, CancellationToken cancel = default) =>
        Run(paths, createRenderer, maxParallelism, ownsRenderers: true, useCache, ingested, onStep, drafts, output, baseUrl, known, cancel);

    /// <summary>
    /// Opens the output folder a publish of <paramref name="paths"/> writes into. Opened early (before ingest, in a build), it reads the
    /// previous publish's manifest and checks its files in the background while the build does other work.
    /// </summary>
    /// <param name="paths">The project.</param>
    /// <param name="useCache">As for <see cref="Run(ProjectPaths, Func{IPageRenderer}, int, bool, ArticleFiles?, Action{StepTime}?, bool, OutputFolder?, string?, FileDigests?, CancellationToken)"/>: without the cache, every file is written anew.</param>
    public static OutputFolder OpenOutput(ProjectPaths paths, bool useCache = true)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return new OutputFolder(paths.Output, useCache ? ManifestPath(paths) : null);
    }

    private static PublishResult Run(ProjectPaths paths, Func<IPageRenderer> createRenderer, int maxParallelism, bool ownsRenderers, bool useCache = true, ArticleFiles? ingested = null,
        Action<StepTime>? onStep = null, bool drafts = false, OutputFolder? openedOutput = null, string? baseUrl = null,
        FileDigests? known = null, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(createRenderer);
        var timings = new StageTimings(onStep, cancel);
        var diagnostics = new List<Diagnostic>();
        if (!FolderFiles.Exists(paths.Input))
        {
            diagnostics.Add(Diagnostic.Warning(paths.Display(paths.Input), "input folder not found; the site has no articles"));
        }

        var settings = SiteSettings.Load(paths, diagnostics, baseUrl);
        using var cache = useCache ? PublishCache.Open(paths) : PublishCache.None;
        // Opened first, unless the caller opened it earlier: it checks the previous publish's files in the background while the model is built.
        using var ownOutput = openedOutput is null ? OpenOutput(paths, useCache) : null;
        var output = openedOutput ?? ownOutput!;
        timings.Lap("open cache");
        var (site, articleCount, heldBack) = BuildModel(paths, settings, diagnostics, cache, ingested, timings, drafts);
        var pages = SitePlanner.Plan(site).ToList();
        pages.AddRange(SitePlanner.Redirects(site, pages, slug => paths.Display(Path.Combine(paths.Articles, slug + ".md")), diagnostics));
        timings.Lap("plan pages");
        var parallel = Parallelism.AtMost(maxParallelism, cancel);

        IReadOnlyList<ThemeAsset> assets = [];
        var renderers = new ConcurrentBag<IPageRenderer>();
        var feedFiles = 0;
        var rendered = 0;

        // A page, feed or index is made again only when the hash of everything it is made from (its part of
        // the site model, the settings, menu and footer, the code) differs from the one recorded when its file was written.
        // Without the cache nothing is recorded, so nothing is hashed.
        var hasher = new ModelHasher();
        var chrome = hasher.Hash(settings, site.Taxonomies.Select(t => (t.Name, t.Title)).ToList(), site.FooterPages.Select(p => (p.Path, p.Title)).ToList(), CodeVersion.Digest);
        UInt128 Fingerprint(params ReadOnlySpan<object?> parts) => useCache ? hasher.Hash([chrome, .. parts]) : default;
        UInt128 PageFingerprint(Page page, string theme) => Fingerprint(theme, page.GetType().Name, page.FingerprintContent(), page.SiteDependencies());

        // A fingerprint carried over from the previous publish, made afresh and compared when CarriedFingerprints.Verify asks.
        UInt128 Checked(UInt128 kept, Page page, string theme) => !CarriedFingerprints.Verify || PageFingerprint(page, theme) == kept ? kept
            : throw new InvalidOperationException($"The fingerprint of {page.Path} carried over from the previous publish is not the one its inputs give now: CarriedFingerprints misses something the page reads.");
        var sitemapFiles = 0;
        var searchFiles = 0;
        var staticFiles = 0;
        // The maintainer's files published as they are (input/static/); one of them may replace the site's robots.txt.
        var statics = StaticFiles.List(paths, diagnostics);
        var ownRobots = statics.Any(s => s.SitePath == StaticFiles.Replaced);
        void WriteFeeds() => Parallel.ForEach(FeedPlanner.Plan(site), parallel, channel =>
        {
            var fingerprint = Fingerprint(channel);
            var files = FeedPlanner.PathsOf(channel);
            Interlocked.Add(ref feedFiles, files.Count);
            if (files.Count(path => output.TryKeep(path, fingerprint)) == files.Count)
            {
                return;
            }

            FeedPlanner.WriteFiles(site, channel, (path, content) => output.Write(path, content, fingerprint));
        });

        void WriteSiteFiles()
        {
            var sitemaps = SitemapWriter.Parts(SitemapWriter.Entries(pages));
            sitemapFiles = sitemaps.Count == 1 ? 1 : sitemaps.Count + 1;
            for (var i = 0; i < sitemaps.Count; i++)
            {
                cancel.ThrowIfCancellationRequested();
                var part = sitemaps[i];
                output.WriteUnlessKept(sitemaps.Count == 1 ? SitemapWriter.SitemapPath : SitemapWriter.PartPath(i + 1),
                    Fingerprint(SitemapWriter.KeyOf(part)), () => SitemapWriter.Sitemap(site, part));
            }

            if (sitemaps.Count > 1)
            {
                output.WriteUnlessKept(SitemapWriter.SitemapPath, Fingerprint("sitemap index", sitemaps.Count), () => SitemapWriter.Index(site, sitemaps.Count));
            }

            if (!ownRobots)
            {
                output.Write(SitemapWriter.RobotsPath, SitemapWriter.Robots(site));
            }

            // The index's files are made again each time (from cached rows); a file whose bytes did not change is kept.
            searchFiles = SearchIndexWriter.Write(site, output, cache.SearchRows, cancel);
            foreach (var asset in assets)
            {
                output.Write(asset.Path, asset.Content);
            }
        }

        CarriedFingerprints? carried = null;
        try
        {
            // Entity, article and story pages whose inputs are as they were take their fingerprint from the previous publish (CarriedFingerprints).
            var firstRenderer = createRenderer();
            renderers.Add(firstRenderer);
            carried = useCache ? CarriedFingerprints.Open(cache.Lists, hasher, site, pages, chrome, CodeVersion.Of(firstRenderer.GetType().Assembly)) : null;
            Parallel.ForEach(Partitioner.Create(0, pages.Count, 256), parallel, range =>
            {
                var renderer = renderers.TryTake(out var idle) ? idle : createRenderer();
                // Made when a page of the range is rendered: most ranges of a build after an edit render none (163 ranges'
                // buffers were 11 MB of a 10k text edit's allocations).
                ArrayBufferWriter<byte>? html = null;
                try
                {
                    var theme = CodeVersion.Of(renderer.GetType().Assembly);
                    for (var i = range.Item1; i < range.Item2; i++)
                    {
                        var page = pages[i];
                        var fingerprint = carried is not null && carried.TryKept(i, page, out var kept) ? Checked(kept, page, theme) : PageFingerprint(page, theme);
                        carried?.Record(i, fingerprint);

                        if (!output.TryKeep(page.Path, fingerprint))
                        {
                            html ??= new ArrayBufferWriter<byte>(64 * 1024);
                            html.ResetWrittenCount();
                            renderer.Render(page, html);
                            output.Write(page.Path, html.WrittenSpan, fingerprint);
                            Interlocked.Increment(ref rendered);
                        }
                    }

                    assets = renderer.Assets;
                }
                finally
                {
                    renderers.Add(renderer);
                }
            });
            carried?.Save();
            timings.Lap("render pages");

            assets = ThemeAssets.WithProjectFiles(assets, paths, diagnostics);

            // The feeds and the site-wide files (sitemap, search index, the theme's assets) read the finished model and
            // write files of their own: made side by side, the site files' steps on one core leave the other to the feeds.
            SideBySide.Run(parallel, WriteFeeds, WriteSiteFiles);
            // Last: a maintainer's file at the path of one the site makes is left out, and named (StaticFiles).
            staticFiles = StaticFiles.Publish(statics, paths, output, diagnostics, known);
            timings.Lap("feeds, sitemap, search index, assets");
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
        finally
        {
            foreach (var renderer in ownsRenderers ? renderers.Distinct() : [])
            {
                (renderer as IDisposable)?.Dispose();
            }
        }

        // Independent files: the output's moves and manifest, and the cache's stores.
        SideBySide.Run(output.Commit, cache.Save);
        if (!useCache)
        {
            ForgetManifest(paths);
        }

        timings.End("swap output, save cache");
        return new PublishResult(articleCount, pages.Count, pages.Count + feedFiles + sitemapFiles + searchFiles + assets.Count + staticFiles + (ownRobots ? 0 : 1), diagnostics)
        {
            Copies = articleCount - heldBack - site.Articles.Count,
            Drafts = heldBack,
            Stories = site.Stories.Count,
            Entities = site.Taxonomy(Taxonomy.Entities).Terms.Count,
            Timings = timings.Steps,
            Rendered = rendered,
            Changed = output.Changed,
            FingerprintsCarriedOver = carried?.Kept ?? 0,
        };
    }

    // Its own method so that the articles as read (with their markdown, which the model's views leave out) are
    // garbage once the model is built, not held through rendering.
    // Drafts are left out here, before anything is made of the articles, unless they are asked for: the site is then
    // what it would be without them, entity counts and related reports too.
    private static (SiteModel Site, int Articles, int Drafts) BuildModel(ProjectPaths paths, SiteSettings settings, List<Diagnostic> diagnostics, PublishCache cache, ArticleFiles? ingested,
        StageTimings timings, bool drafts)
    {
        var store = ArticleStore.Load(paths, diagnostics, cache.Articles, findHandEdits: false, ingested);
        ingested?.Clear(); // taken: what the model leaves out of them is garbage once it is built, as when they are read
        var entities = Entities.EntityCatalog.Load(paths, diagnostics);
        var sources = Ingest.Attribution.SourceCatalog.Load(paths, diagnostics);
        var tags = Tagging.TagRules.Load(paths, diagnostics);
        timings.Lap("load articles and catalogs");
        var shown = entities.WithCanonicalNames(store.Shown(drafts));
        var sitePages = SitePages.Load(paths, diagnostics);
        return (SiteModel.Build(settings, shown, entities, sources, timings, cache, tags, sitePages), store.Articles.Count, store.Articles.Count - shown.Count);
    }

    /// <summary>Where publish keeps the list of files it left in the output folder (<see cref="OutputManifest"/>).</summary>
    public static string ManifestPath(ProjectPaths paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return Path.Combine(paths.Cache, "output.manifest");
    }

    /// <summary>
    /// Takes away the manifest of the last publish, when a publish without it swaps the whole of <c>output/</c> in: left, it
    /// would no longer say what the folder holds (a check would take the new files for files no build made).
    /// </summary>
    public static void ForgetManifest(ProjectPaths paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        if (File.Exists(ManifestPath(paths)))
        {
            File.Delete(ManifestPath(paths));
        }
    }

    /// <summary>True when the output folder holds every file the last publish left there, each as it was left (size and last-write time).</summary>
    public static bool IsOutputAsPublished(ProjectPaths paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return OutputFolder.IsAsPublished(paths.Output, ManifestPath(paths));
    }
}
