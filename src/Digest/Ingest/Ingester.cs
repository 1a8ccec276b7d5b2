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
public sealed record IngestResult(int Seeds, IReadOnlyList<Article> Articles, int Written, int KeptByHand, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>
/// The ingest stage: seeds → decoded text → parsed article → refined fields → one markdown file
/// per seed in <c>input/articles/</c>.
/// </summary>
public static class Ingester
{
    /// <summary>Ingests the seeds of <paramref name="paths"/>.</summary>
    /// <param name="paths">The project.</param>
    /// <param name="useCache">Reuse what earlier builds extracted and recognised for unchanged seeds (<see cref="ProjectPaths.Cache"/>).</param>
    public static IngestResult Run(ProjectPaths paths, bool useCache = true)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var diagnostics = new List<Diagnostic>();
        var settings = IngestSettings.Load(paths, diagnostics);
        var seeds = SeedReader.ReadAll(paths, diagnostics, settings.MaxSeedBytes);
        var cache = IngestCache.Open(useCache ? paths.Cache : null, paths);
        var store = ArticleStore.Load(paths, diagnostics, cache.Articles);
        var context = new IngestContext(paths, settings, SourceCatalog.Load(paths, diagnostics), diagnostics);

        var slugs = new HashSet<string>(StringComparer.Ordinal);
        var articles = new List<Article>();
        var keptByHand = 0;
        foreach (var seed in seeds)
        {
            if (store.IsMaintainedByHand(seed.Name))
            {
                keptByHand++;
                continue;
            }

            var article = SeedIngest.ApplySidecar(cache.Extract(seed, context), seed, context);
            var slug = store.SlugOfSeed(seed.Name) ?? UniqueSlug(ArticleFactory.PreferredSlug(article.Title, seed.Name), seed.Name, slugs, store);
            slugs.Add(slug);
            articles.Add(article with { Slug = slug, Story = slug });
        }

        // Entities first: the dedup stage groups stories by the entities reports share.
        var entities = EntityCatalog.Load(paths, diagnostics);
        articles = EntityStage.Run(articles, entities, cache.Recognition);
        articles = TagStage.Run(articles, entities, TagRules.Load(paths, diagnostics));
        articles = [.. DedupStage.Run(articles, store, DedupSettingsLoader.Load(paths, diagnostics), diagnostics)];
        var written = store.WriteIngested(articles);
        cache.Save();
        return new IngestResult(seeds.Count, articles, written, keptByHand, diagnostics);
    }

    // Adds -2, -3, … when another seed of this run or a maintainer's file already holds the slug.
    private static string UniqueSlug(string preferred, string seedName, HashSet<string> taken, ArticleStore store)
    {
        var candidate = preferred;
        for (var n = 2; taken.Contains(candidate) || store.IsTakenByOther(candidate, seedName); n++)
        {
            candidate = $"{preferred}-{n}";
        }

        return candidate;
    }
}
