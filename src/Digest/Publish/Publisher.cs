using System.Text;
using Digest.Content;
using Digest.Publish.Feeds;

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
}

/// <summary>The publish stage: markdown articles + settings → site model → pages rendered by the theme → <c>output/</c>.</summary>
public static class Publisher
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Publishes the site of <paramref name="paths"/> with <paramref name="renderer"/>.</summary>
    public static PublishResult Run(ProjectPaths paths, IPageRenderer renderer)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(renderer);
        var diagnostics = new List<Diagnostic>();
        var settings = SiteSettings.Load(paths, diagnostics);
        var store = ArticleStore.Load(paths, diagnostics);
        var site = SiteModel.Build(settings, store.Articles);
        var pages = SitePlanner.Plan(site).ToList();

        using var output = new OutputFolder(paths.Output);
        foreach (var page in pages)
        {
            output.Write(page.Path, Utf8.GetBytes(renderer.Render(page)));
        }

        var files = pages.Count;
        foreach (var channel in FeedPlanner.Plan(site))
        {
            foreach (var (path, content) in FeedPlanner.Files(site, channel))
            {
                output.Write(path, content);
                files++;
            }
        }

        output.Write(SitemapWriter.SitemapPath, SitemapWriter.Sitemap(site, pages));
        output.Write(SitemapWriter.RobotsPath, SitemapWriter.Robots(site));
        output.Write(SiteUrls.SearchIndex, SearchIndexWriter.Write(site));
        foreach (var asset in renderer.Assets)
        {
            output.Write(asset.Path, asset.Content);
        }

        output.Commit();
        return new PublishResult(store.Articles.Count, pages.Count, files + 3 + renderer.Assets.Count, diagnostics)
        {
            Copies = store.Articles.Count - site.Articles.Count,
            Stories = site.Stories.Count,
            Entities = site.Taxonomy(Taxonomy.Entities).Terms.Count,
        };
    }
}
