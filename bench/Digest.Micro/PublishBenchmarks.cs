using BenchmarkDotNet.Attributes;
using Digest.Content;
using Digest.Entities;
using Digest.Ingest;
using Digest.Ingest.Attribution;
using Digest.Publish;
using Digest.Publish.Pages;
using Digest.Tagging;
using Digest.Theme;

namespace Digest.Micro;

/// <summary>The per-page stages of publish: one article's markdown to HTML, one article page through the theme.</summary>
[MemoryDiagnoser]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "BenchmarkDotNet derives from the class and disposes the renderer in [GlobalCleanup].")]
public class PublishBenchmarks
{
    private string _body = "";
    private RazorPageRenderer _renderer = null!;
    private ArticlePage _page = null!;
    private List<(string Surface, string Url, string Group)> _mentions = [];

    [GlobalSetup]
    public void Setup()
    {
        // A small site of twenty ingested articles, so the page has its tags, entities and related reports.
        var context = new IngestContext(Inputs.TempProject(), new IngestSettings(), SourceCatalog.BuiltIn, new List<Diagnostic>());
        var articles = Inputs.Seeds("politics", 20)
            .Select((seed, i) => SeedIngest.Build(seed, context) with { Slug = $"article-{i}", Story = $"article-{i}" })
            .ToList();
        var catalog = EntityCatalog.Create(null, "", new List<Diagnostic>());
        articles = TagStage.Run(EntityStage.Run(articles, catalog), catalog, TagRules.None);
        var site = SiteModel.Build(new SiteSettings(), articles, catalog, SourceCatalog.BuiltIn);
        _page = SitePlanner.Plan(site).OfType<ArticlePage>().First();
        _body = articles.First(a => a.Slug == _page.Article.Article.Slug).Body;
        _mentions = _page.Article.Entities.Select(e => (e.Name, e.Path, e.Name)).ToList();
        _renderer = new RazorPageRenderer();
    }

    [GlobalCleanup]
    public void Cleanup() => _renderer.Dispose();

    /// <summary>One article's body, markdown to HTML through the safe pipeline.</summary>
    [Benchmark]
    public string MarkdownToHtml() => SafeMarkdown.ToHtml(_body);

    /// <summary>One article's body as publish makes it: HTML with its entities' first mentions linked, and its plain text, from one parse.</summary>
    [Benchmark]
    public (string Html, string PlainText) MarkdownToLinkedHtmlAndPlainText() => SafeMarkdown.ToHtmlAndPlainText(_body, _mentions);

    /// <summary>One article page rendered by the theme's Razor components (layout, body, links).</summary>
    [Benchmark]
    public string RenderArticlePage() => _renderer.Render(_page);
}
