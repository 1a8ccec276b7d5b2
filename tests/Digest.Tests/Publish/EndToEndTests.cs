using AngleSharp.Html.Parser;
using Digest.Content;
using Digest.Tests.Support;

namespace Digest.Tests.Publish;

public sealed class EndToEndTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void Five_seeds_build_into_markdown_and_a_site_whose_links_all_resolve()
    {
        using var project = new TempProject().WithRepositorySeeds();

        var diagnostics = project.Build();

        Assert.DoesNotContain(diagnostics, d => d.Severity == Severity.Error);
        var files = project.ArticleFiles();
        Assert.Equal(5, files.Count);
        var articles = files.Select(f => ArticleFile.Read(File.ReadAllText(f), f, new List<Diagnostic>())!).ToList();
        Assert.All(articles, a =>
        {
            Assert.False(string.IsNullOrWhiteSpace(a.Title));
            Assert.True(Slugs.IsValid(a.Slug));
            Assert.StartsWith(a.Slug, Path.GetFileNameWithoutExtension(files[articles.IndexOf(a)]), StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(a.Source));
            Assert.False(string.IsNullOrWhiteSpace(a.Story));
            Assert.NotNull(a.Seed);
            Assert.True(File.Exists(Path.Combine(project.Paths.Seeds, a.Seed!)));
        });
        Assert.Equal(
            Directory.GetFiles(project.Paths.Seeds).Select(Path.GetFileName).Order(StringComparer.Ordinal),
            articles.Select(a => a.Seed).Order(StringComparer.Ordinal));

        foreach (var article in articles)
        {
            var page = Parser.ParseDocument(project.ReadOutput($"articles/{article.Slug}/"));
            Assert.Equal(article.Title, page.QuerySelector("h1")?.TextContent);
            Assert.Contains(article.Title, page.Title, StringComparison.Ordinal);
            Assert.NotNull(page.QuerySelector($"a[href='/sources/{Slugs.From(article.Source)}/']"));
        }

        Assert.True(File.Exists(project.OutputFile("")));
        Assert.True(File.Exists(project.OutputFile("tags/")));
        Assert.True(File.Exists(project.OutputFile("sources/")));
        Assert.True(File.Exists(project.OutputFile("404.html")));
        Assert.True(File.Exists(project.OutputFile("assets/site.css")));
        Assert.Empty(SiteLinks.Broken(project.Paths.Output));
    }

    [Fact]
    public void Tag_and_source_pages_list_their_articles_newest_first_and_undated_last()
    {
        using var project = new TempProject()
            .WithInputFile("articles/old.md", Markdown("Old report", "old", "2017-09-01"))
            .WithInputFile("articles/new.md", Markdown("New report", "new", "2017-09-20"))
            .WithInputFile("articles/undated.md", Markdown("Undated report", "undated", null));

        var result = project.Publish();

        Assert.Empty(result.Diagnostics);
        foreach (var page in new[] { "tags/syria/", "sources/reuters/", "" })
        {
            var titles = Parser.ParseDocument(project.ReadOutput(page))
                .QuerySelectorAll(".summary-title a").Select(a => a.TextContent).ToList();
            Assert.Equal(["New report", "Old report", "Undated report"], titles);
        }

        var tagIndex = Parser.ParseDocument(project.ReadOutput("tags/"));
        Assert.Contains("3 articles", tagIndex.QuerySelector(".terms")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(SiteLinks.Broken(project.Paths.Output));
    }

    [Fact]
    public void Article_page_shows_date_source_and_tags_linked_to_their_pages()
    {
        using var project = new TempProject()
            .WithInputFile("articles/dated.md", Markdown("Dated report", "dated", "2017-09-14"));

        project.Publish();

        var page = Parser.ParseDocument(project.ReadOutput("articles/dated/"));
        Assert.Equal("2017-09-14", page.QuerySelector("time")?.GetAttribute("datetime"));
        Assert.Equal("Reuters", page.QuerySelector("a.source")?.TextContent);
        var tag = page.QuerySelector("a[rel=tag]");
        Assert.Equal("/tags/syria/", tag?.GetAttribute("href"));
        Assert.Contains("The body of Dated report.", page.QuerySelector(".body")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_base_url_with_a_path_prefixes_every_internal_link()
    {
        using var project = new TempProject()
            .WithInputFile("digest.yml", "title: Test Digest\nbase_url: https://example.github.io/digest/\n")
            .WithInputFile("articles/a.md", Markdown("A report", "a-report", "2017-09-14"));

        project.Publish();

        var home = Parser.ParseDocument(project.ReadOutput(""));
        var links = home.QuerySelectorAll("a[href], link[href]").Select(e => e.GetAttribute("href")!).Where(h => h.StartsWith('/')).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, l => Assert.StartsWith("/digest/", l, StringComparison.Ordinal));
        Assert.Empty(SiteLinks.Broken(project.Paths.Output, "/digest/"));
    }

    internal static string Markdown(string title, string slug, string? date) =>
        $"---\ntitle: {title}\nslug: {slug}\n{(date is null ? "" : $"date: {date}\n")}source: Reuters\ntags: [syria]\nstory: {slug}\n---\n\nThe body of {title}.\n";
}
