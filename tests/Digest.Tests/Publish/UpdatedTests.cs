using System.Text.Json;
using Digest.Content;
using Digest.Tests.Support;

namespace Digest.Tests.Publish;

/// <summary>A maintainer dates a correction with <c>updated</c>: the page says so, feeds, sitemap and JSON-LD carry it.</summary>
public sealed class UpdatedTests
{
    private static TempProject Project(string sidecar) => new TempProject()
        .WithSeed("bridge.txt", "Lisbon bridge closes for repairs\n\nThe April 25 bridge in Lisbon will close for six weeks of repairs from Monday, " +
            "the city's transport office said. Commuters are asked to use the ferries across the Tagus.\n")
        .WithSeed("bridge.yml", "source: Reuters\ndate: 2019-11-20\n" + sidecar);

    [Fact]
    public void An_update_is_shown_on_the_page_and_carried_by_feeds_sitemap_and_json_ld()
    {
        using var project = Project("updated: 2019-11-22\n");
        var ingest = project.Ingest();
        var article = Assert.Single(ingest.Articles);
        Assert.Equal(new DateOnly(2019, 11, 22), article.Updated);
        Assert.Contains("\nupdated: 2019-11-22\n", File.ReadAllText(Path.Combine(project.Paths.Articles, article.Slug + ".md")), StringComparison.Ordinal);

        Assert.Empty(project.Publish().Diagnostics);

        var page = project.ReadOutput($"articles/{article.Slug}/");
        Assert.Contains("<span class=\"updated\">Updated <time datetime=\"2019-11-22\">22 November 2019</time></span>", page, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"article:modified_time\" content=\"2019-11-22\"", page, StringComparison.Ordinal);
        Assert.Contains("\"dateModified\":\"2019-11-22\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Updated", project.ReadOutput(""), StringComparison.Ordinal); // lists show the date only

        var atom = project.ReadOutput("feed.xml");
        Assert.Contains("<published>2019-11-20T00:00:00Z</published>\n    <updated>2019-11-22T00:00:00Z</updated>", atom, StringComparison.Ordinal);
        Assert.Contains("<updated>2019-11-22T00:00:00Z</updated>\n  <link rel=\"self\"", atom, StringComparison.Ordinal); // the feed's own
        using var json = JsonDocument.Parse(project.ReadOutput("feed.json"));
        var item = json.RootElement.GetProperty("items")[0];
        Assert.Equal(("2019-11-20T00:00:00Z", "2019-11-22T00:00:00Z"), (item.GetProperty("date_published").GetString(), item.GetProperty("date_modified").GetString()));
        Assert.Contains($"<loc>/articles/{article.Slug}/</loc>\n    <lastmod>2019-11-22</lastmod>", project.ReadOutput("sitemap.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_page_is_dated_in_the_sitemap_by_the_newest_report_it_shows_and_an_index_page_is_not()
    {
        static string Markdown(string slug, string date, string extra = "") =>
            $"---\ntitle: Report {slug}\nslug: {slug}\ndate: {date}\nsource: AP\nstory: bridge\ntags: [bridge]\n{extra}---\n\nText of {slug}.\n";
        using var project = new TempProject()
            .WithInputFile("articles/a.md", Markdown("a", "2019-11-20", "updated: 2019-12-01\n"))
            .WithInputFile("articles/b.md", Markdown("b", "2019-11-25"));

        project.Publish();

        var sitemap = System.Xml.Linq.XDocument.Parse(project.ReadOutput("sitemap.xml"));
        System.Xml.Linq.XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var lastmod = sitemap.Root!.Elements(ns + "url").ToDictionary(u => u.Element(ns + "loc")!.Value, u => u.Element(ns + "lastmod")?.Value);
        Assert.Equal("2019-12-01", lastmod["/stories/bridge/"]); // the older report's update is the story's newest change
        Assert.Equal("2019-12-01", lastmod["/"]);
        Assert.Equal("2019-12-01", lastmod["/tags/bridge/"]);
        Assert.Equal("2019-11-25", lastmod["/articles/b/"]);
        Assert.Equal("2019-12-01", lastmod["/archive/2019/11/"]);
        Assert.Null(lastmod["/tags/"]);
        Assert.Null(lastmod["/search/"]);
    }

    [Fact]
    public void An_update_on_the_day_of_the_report_is_no_news()
    {
        using var project = Project("updated: 2019-11-20\n");
        var slug = Assert.Single(project.Ingest().Articles).Slug;

        project.Publish();

        var page = project.ReadOutput($"articles/{slug}/");
        Assert.DoesNotContain("Updated", page, StringComparison.Ordinal);
        Assert.DoesNotContain("dateModified", page, StringComparison.Ordinal);
        Assert.DoesNotContain("date_modified", project.ReadOutput("feed.json"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_update_before_the_report_is_a_warning_at_its_line_and_left_out()
    {
        using var project = Project("updated: 2019-11-02\n");

        var result = project.Ingest();

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((Severity.Warning, 3, 10), (warning.Severity, warning.Line, warning.Column));
        Assert.EndsWith("bridge.yml", warning.File, StringComparison.Ordinal);
        Assert.Contains("updated 2019-11-02 is before the report's date 2019-11-20", warning.Message, StringComparison.Ordinal);
        Assert.Null(Assert.Single(result.Articles).Updated);
    }

    [Fact]
    public void A_sidecar_update_that_is_not_a_date_is_an_error_and_the_seed_still_builds()
    {
        using var project = Project("updated: 2019-13-45\n");

        var result = project.Ingest();

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((Severity.Error, 3, 10), (error.Severity, error.Line, error.Column));
        Assert.Contains("updated '2019-13-45' is not a real date", error.Message, StringComparison.Ordinal);
        Assert.Equal("Reuters", Assert.Single(result.Articles).Source);
    }

    [Theory]
    [InlineData("updated: 2019-11-02\n", Severity.Warning, "updated 2019-11-02 is before the date 2019-11-20")]
    [InlineData("updated: 2019-02-30\n", Severity.Error, "updated '2019-02-30' is not a real date")]
    public void A_front_matter_update_is_checked_at_its_line(string line, Severity severity, string message)
    {
        var diagnostics = new List<Diagnostic>();

        var article = ArticleFile.Read($"---\ntitle: T\nslug: t\ndate: 2019-11-20\n{line}---\n\nBody.\n", "input/articles/t.md", diagnostics);

        var problem = Assert.Single(diagnostics);
        Assert.Equal((severity, 5, 10), (problem.Severity, problem.Line, problem.Column));
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
        Assert.Null(article?.Updated);
        Assert.Equal(severity == Severity.Warning, article is not null);
    }
}
