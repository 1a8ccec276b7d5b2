using Digest.Check;
using Digest.Content;
using Digest.Ingest.Attribution;
using Digest.Tests.Support;

namespace Digest.Tests.Publish;

/// <summary>An article's earlier addresses (<c>aliases</c>) get pages that send the reader on to it, as Hugo's do.</summary>
public sealed class AliasTests
{
    private const string Bridge = "Lisbon bridge closes for repairs\n\nThe April 25 bridge in Lisbon will close for six weeks of repairs from Monday, " +
        "the city's transport office said. Commuters are asked to use the ferries across the Tagus, which will run every ten minutes.\n";

    private static TempProject Project(string aliases) => new TempProject()
        .WithSeed("bridge.txt", Bridge)
        .WithSeed("bridge.yml", "source: Reuters\ndate: 2019-11-20\n" + aliases);

    [Theory]
    [InlineData("/articles/old-slug/", "articles/old-slug/")]
    [InlineData("articles/old-slug", "articles/old-slug/")]
    [InlineData("/2017/09/bridge.html", "2017/09/bridge.html")]
    [InlineData("/news/bridge/index.html", "news/bridge/")]
    [InlineData("/news///bridge", "news/bridge/")]
    [InlineData("/caf%C3%A9/", "café/")]
    public void An_alias_is_kept_as_a_folder_or_an_html_file_of_the_site(string alias, string path) =>
        Assert.Equal(path, AliasPaths.Normalise(alias, out _));

    [Theory]
    [InlineData("https://example.org/old/", "web address")]
    [InlineData("//example.org/old/", "web address")]
    [InlineData("/", "home page")]
    [InlineData("/index.html", "home page")]
    [InlineData("/old%20page/", "holds ' '")]
    [InlineData("/old page/", "holds ' '")]
    [InlineData("/old?id=3", "holds '?'")]
    [InlineData("/../../etc/", "climbs out")]
    [InlineData("/search/old/", "/search/")]
    [InlineData("/assets/site.css/", "/assets/")]
    [InlineData("/feed.xml/old/", "folder named like a file")]
    public void An_alias_that_cannot_be_a_path_of_the_site_says_why(string alias, string problem)
    {
        Assert.Null(AliasPaths.Normalise(alias, out var said));
        Assert.Contains(problem, said, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_alias_gets_a_page_that_sends_the_reader_on_and_is_not_in_the_sitemap()
    {
        using var project = Project("aliases: [/2017/09/bridge.html, /articles/lisbon-bridge/]\n");
        var article = Assert.Single(project.Ingest().Articles);
        Assert.Equal(["2017/09/bridge.html", "articles/lisbon-bridge/"], article.Aliases);
        Assert.Contains("\naliases: [/2017/09/bridge.html, /articles/lisbon-bridge/]\n",
            File.ReadAllText(Path.Combine(project.Paths.Articles, article.Slug + ".md")), StringComparison.Ordinal);

        Assert.Empty(project.Publish().Diagnostics);

        var target = $"/articles/{article.Slug}/";
        foreach (var alias in new[] { "2017/09/bridge.html", "articles/lisbon-bridge/" })
        {
            var page = project.ReadOutput(alias);
            Assert.Contains($"<meta http-equiv=\"refresh\" content=\"0; url={target}\"", page, StringComparison.Ordinal);
            Assert.Contains($"<link rel=\"canonical\" href=\"{target}\"", page, StringComparison.Ordinal);
            Assert.Contains("<meta name=\"robots\" content=\"noindex\">", page, StringComparison.Ordinal);
            Assert.Contains($"<a href=\"{target}\">Lisbon bridge closes for repairs</a>", page, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("lisbon-bridge/", project.ReadOutput("sitemap.xml"), StringComparison.Ordinal);
        Assert.Empty(SiteChecker.Check(project.Paths.Output, "/", project.Paths.Display));
    }

    [Fact]
    public void An_alias_taken_off_takes_its_page_with_it()
    {
        using var project = Project("aliases: [/articles/lisbon-bridge/]\n");
        project.Build();
        Assert.True(File.Exists(project.OutputFile("articles/lisbon-bridge/")));
        File.WriteAllText(Path.Combine(project.Paths.Seeds, "bridge.yml"), "source: Reuters\ndate: 2019-11-20\n");

        project.Build();

        Assert.False(File.Exists(project.OutputFile("articles/lisbon-bridge/")));
    }

    [Fact]
    public void An_alias_on_a_page_of_the_site_or_claimed_twice_is_a_warning_naming_the_article()
    {
        using var project = Project("aliases: [/stories/, /old/bridge/]\n")
            .WithSeed("ferry.txt", "Ferries added across the Tagus\n\nLisbon adds ferries across the Tagus while the bridge is shut, the operator said on Tuesday.\n")
            .WithSeed("ferry.yml", "source: AP\ndate: 2019-11-22\naliases: [/old/bridge/, /old/ferry/]\n");
        var ingested = project.Ingest();
        Assert.Empty(ingested.Diagnostics);
        var bridge = ingested.Articles.Single(a => a.Seed == "bridge.txt").Slug;
        var ferry = ingested.Articles.Single(a => a.Seed == "ferry.txt").Slug;

        var warnings = project.Publish().Diagnostics;

        Assert.Equal(2, warnings.Count);
        Assert.All(warnings, w => Assert.Equal(Severity.Warning, w.Severity));
        Assert.Contains(warnings, w => w.File.EndsWith($"{bridge}.md", StringComparison.Ordinal) && w.Message.Contains("'/stories/' is the address of a page", StringComparison.Ordinal));
        // Site order is newest first: the ferry report (22 November) claims /old/bridge/ before the bridge report.
        Assert.Contains(warnings, w => w.File.EndsWith($"{bridge}.md", StringComparison.Ordinal) && w.Message.Contains($"'/old/bridge/' is already an alias of '{ferry}'", StringComparison.Ordinal));
        Assert.Contains($"/articles/{ferry}/", project.ReadOutput("old/bridge/"), StringComparison.Ordinal);
        Assert.Contains($"/articles/{ferry}/", project.ReadOutput("old/ferry/"), StringComparison.Ordinal);
        Assert.DoesNotContain("refresh", project.ReadOutput("stories/"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_copys_own_address_and_its_aliases_lead_to_its_reports_page()
    {
        using var project = Project("")
            .WithSeed("copy.txt", Bridge)
            .WithSeed("copy.yml", "source: AP\ndate: 2019-11-21\naliases: [/ap/bridge/]\n");
        var articles = project.Ingest().Articles;
        var report = articles.Single(a => a.Seed == "bridge.txt").Slug;
        var copy = articles.Single(a => a.Seed == "copy.txt");
        Assert.Equal(report, copy.DuplicateOf);

        Assert.Empty(project.Publish().Diagnostics);

        Assert.Contains($"url=/articles/{report}/", project.ReadOutput("ap/bridge/"), StringComparison.Ordinal);
        // The copy has no page of its own; its address (its page, had it been a report first) leads to the report's.
        Assert.Contains($"url=/articles/{report}/", project.ReadOutput($"articles/{copy.Slug}/"), StringComparison.Ordinal);
        Assert.DoesNotContain(copy.Slug, project.ReadOutput("sitemap.xml"), StringComparison.Ordinal);
        Assert.Empty(SiteChecker.Check(project.Paths.Output, "/", project.Paths.Display));
    }

    [Fact]
    public void A_bad_alias_is_a_warning_at_its_line_and_the_others_are_kept()
    {
        var diagnostics = new List<Diagnostic>();

        var sidecar = Sidecar.Parse("source: AP\naliases:\n  - /old/one/\n  - https://example.org/two/\n", "seeds/a.yml", diagnostics);

        var warning = Assert.Single(diagnostics);
        Assert.Equal((Severity.Warning, 4, 5), (warning.Severity, warning.Line, warning.Column));
        Assert.Equal(["old/one/"], sidecar.Aliases);

        diagnostics.Clear();
        var article = ArticleFile.Read("---\ntitle: T\nslug: t\naliases: {old: one}\n---\n\nBody.\n", "input/articles/t.md", diagnostics);
        Assert.Null(article);
        Assert.Contains(diagnostics, d => d.Severity == Severity.Error && d.Line == 4 && d.Message.Contains("'aliases' must be a list of paths", StringComparison.Ordinal));
    }
}
