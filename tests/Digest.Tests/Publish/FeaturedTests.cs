using AngleSharp.Html.Parser;
using Digest.Content;
using Digest.Ingest.Attribution;
using Digest.Tests.Support;

namespace Digest.Tests.Publish;

/// <summary>A maintainer picks top stories with <c>featured: true</c>: the home page shows them above the latest.</summary>
public sealed class FeaturedTests
{
    private static readonly HtmlParser Parser = new();

    private static string Markdown(string slug, string date, string extra = "") =>
        $"---\ntitle: Report {slug}\nslug: {slug}\ndate: {date}\nsource: AP\nstory: {slug}\n{extra}---\n\nText of {slug}.\n";

    private static List<string> Titles(string html, string selector) =>
        Parser.ParseDocument(html).QuerySelectorAll(selector).Select(a => a.TextContent).ToList();

    [Fact]
    public void Featured_stories_head_the_first_home_page_newest_first_and_the_latest_list_holds_the_others()
    {
        using var project = new TempProject()
            .WithInputFile("digest.yml", "page_size: 2\n")
            .WithInputFile("articles/a.md", Markdown("a", "2024-10-01", "featured: true\n"))
            .WithInputFile("articles/b.md", Markdown("b", "2024-10-02"))
            .WithInputFile("articles/c.md", Markdown("c", "2024-10-03", "featured: true\n"))
            .WithInputFile("articles/d.md", Markdown("d", "2024-10-04"));

        Assert.Empty(project.Publish().Diagnostics);

        var home = project.ReadOutput("");
        Assert.Equal(["Report c", "Report a"], Titles(home, ".top-stories .summary-title a"));
        Assert.Equal(["Report d", "Report b"], Titles(home, "section ~ .article-list .summary-title a"));
        Assert.False(File.Exists(project.OutputFile("page/2/")));
        Assert.Equal(["Report d", "Report c"], Titles(project.ReadOutput("stories/"), ".summary-title a")); // the index lists them all
        Assert.Empty(SiteLinks.Broken(project.Paths.Output));
    }

    [Fact]
    public void Without_a_featured_story_the_home_page_has_no_top_stories()
    {
        using var project = new TempProject().WithInputFile("articles/a.md", Markdown("a", "2024-10-01"));

        project.Publish();

        Assert.DoesNotContain("Top stories", project.ReadOutput(""), StringComparison.Ordinal);
    }

    [Fact]
    public void A_sidecar_features_a_story_through_the_front_matter_and_a_bad_mark_is_an_error()
    {
        using var project = new TempProject()
            .WithSeed("bridge.txt", "Lisbon bridge closes for repairs\n\nThe April 25 bridge in Lisbon will close for six weeks of repairs, the city said.\n")
            .WithSeed("bridge.yml", "source: Reuters\nfeatured: true\n");

        var article = Assert.Single(project.Ingest().Articles);

        Assert.True(article.Featured);
        Assert.Contains("\nfeatured: true\n", File.ReadAllText(Path.Combine(project.Paths.Articles, article.Slug + ArticleFile.Extension)), StringComparison.Ordinal);
        project.Publish();
        Assert.Equal(["Lisbon bridge closes for repairs"], Titles(project.ReadOutput(""), ".top-stories .summary-title a"));
        Assert.DoesNotContain("Latest stories", project.ReadOutput(""), StringComparison.Ordinal); // nothing else to show

        var diagnostics = new List<Diagnostic>();
        Assert.Null(Sidecar.Parse("featured: yes please\n", "seeds/a.yml", diagnostics).Featured);
        Assert.Equal((Severity.Error, 1, 11), (diagnostics[0].Severity, diagnostics[0].Line, diagnostics[0].Column));
    }
}
