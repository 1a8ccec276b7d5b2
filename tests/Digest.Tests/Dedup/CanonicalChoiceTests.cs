using AngleSharp.Html.Parser;
using Digest.Content;
using Digest.Tests.Support;

namespace Digest.Tests.Dedup;

/// <summary>A maintainer's <c>canonical: true</c> (sidecar or front matter) through ingest and publish.</summary>
public sealed class CanonicalChoiceTests
{
    private static readonly HtmlParser Parser = new();
    private static readonly string[] Flood = ["Valencia", "Turia", "Mazón", "Generalitat", "flood", "flooding", "rainfall", "dana", "evacuated", "torrent"];

    private static Dictionary<string, Article> Stored(TempProject project) =>
        ArticleStore.Load(project.Paths, new List<Diagnostic>()).Articles.ToDictionary(a => a.Seed!);

    // The same report twice: the wire's original (dated first) and a later republication.
    private static TempProject CopiedReport(string? laterSidecar) =>
        new TempProject()
            .WithSeed("wire.txt", "Floods hit Valencia\n\n" + DedupFixtures.Report(Flood, 1) + "\n")
            .WithSeed("wire.yml", "source: AP\ndate: 2024-10-30\n")
            .WithSeed("paper.txt", "Valencia under water\n\n" + DedupFixtures.Report(Flood, 1) + "\n")
            .WithSeed("paper.yml", "source: El País\ndate: 2024-10-31\n" + laterSidecar);

    [Fact]
    public void Without_a_choice_the_rule_makes_the_earlier_report_canonical()
    {
        using var project = CopiedReport(null);
        project.Ingest();

        var articles = Stored(project);
        Assert.Null(articles["wire.txt"].DuplicateOf);
        Assert.Equal(articles["wire.txt"].Slug, articles["paper.txt"].DuplicateOf);
    }

    [Fact]
    public void A_sidecar_choice_reaches_the_front_matter_and_the_site()
    {
        using var project = CopiedReport("canonical: true\n");
        Assert.DoesNotContain(project.Build(), d => d.Severity == Severity.Error);

        var articles = Stored(project);
        var paper = articles["paper.txt"];
        Assert.True(paper.Canonical);
        Assert.Null(paper.DuplicateOf);
        Assert.Equal(paper.Slug, articles["wire.txt"].DuplicateOf);
        Assert.Equal(paper.Slug, paper.Story);
        Assert.Contains("\ncanonical: true\n", File.ReadAllText(Path.Combine(project.Paths.Articles, paper.Slug + ArticleFile.Extension)), StringComparison.Ordinal);

        Assert.True(File.Exists(project.OutputFile($"articles/{paper.Slug}/")));
        Assert.Equal($"/articles/{paper.Slug}/", project.RedirectTarget($"articles/{articles["wire.txt"].Slug}/")); // the wire's copy has no page of its own
        Assert.Empty(SiteLinks.Broken(project.Paths.Output));
    }

    [Fact]
    public void Marking_a_report_later_flips_the_copies_but_keeps_the_story_id()
    {
        using var project = CopiedReport(null);
        project.Ingest();
        var before = Stored(project);

        project.WithSeed("paper.yml", "source: El País\ndate: 2024-10-31\ncanonical: true\n");
        project.Ingest();

        var after = Stored(project);
        Assert.Equal(after["paper.txt"].Slug, after["wire.txt"].DuplicateOf);
        Assert.Null(after["paper.txt"].DuplicateOf);
        Assert.Equal(before["wire.txt"].Story, after["paper.txt"].Story);
        Assert.Equal(before["wire.txt"].Story, after["wire.txt"].Story);
    }

    private static string Markdown(string slug, string date, string extra = "") =>
        $"---\ntitle: Report {slug}\nslug: {slug}\ndate: {date}\nsource: AP\nstory: flood\ntopic: flood\n{extra}---\n\nText of {slug}.\n";

    [Fact]
    public void Hand_written_front_matter_puts_the_chosen_report_first_on_its_story()
    {
        using var project = new TempProject()
            .WithInputFile("articles/first.md", Markdown("first", "2024-10-30"))
            .WithInputFile("articles/chosen.md", Markdown("chosen", "2024-10-31", "canonical: true\n"));
        project.Publish();

        var story = Parser.ParseDocument(project.ReadOutput("stories/flood/"));
        Assert.Equal(["Report chosen", "Report first"], story.QuerySelectorAll(".report .summary-title a").Select(a => a.TextContent));
    }

    [Fact]
    public void A_copy_marked_canonical_by_hand_gets_its_page_back()
    {
        using var project = new TempProject()
            .WithInputFile("articles/first.md", Markdown("first", "2024-10-30", "duplicate_of: chosen\n"))
            .WithInputFile("articles/chosen.md", Markdown("chosen", "2024-10-31", "duplicate_of: first\ncanonical: true\n"));
        project.Publish();

        Assert.True(File.Exists(project.OutputFile("articles/chosen/")));
        Assert.Null(project.RedirectTarget("articles/chosen/"));
        Assert.Equal("/articles/chosen/", project.RedirectTarget("articles/first/"));
        Assert.Empty(SiteLinks.Broken(project.Paths.Output));
    }
}
