using AngleSharp.Html.Parser;
using Digest.Tagging;
using Digest.Tests.Support;

namespace Digest.Tests.Publish;

/// <summary>Tags are shown by name: a known place's ("United States" for united-states), or the one tags.yml gives.</summary>
public sealed class TagNameTests
{
    private static readonly HtmlParser Parser = new();

    private static string Markdown(string slug, string tags) =>
        $"---\ntitle: Report {slug}\nslug: {slug}\ndate: 2024-10-01\nsource: AP\ntags: [{tags}]\n---\n\nText of {slug}.\n";

    [Fact]
    public void A_tag_that_is_a_known_places_slug_is_shown_by_the_places_name_and_others_as_written()
    {
        using var project = new TempProject()
            .WithInputFile("articles/a.md", Markdown("a", "united-states, conflict, C++"));

        Assert.Empty(project.Publish().Diagnostics);

        var chips = Parser.ParseDocument(project.ReadOutput("articles/a/")).QuerySelectorAll("a[rel=tag]").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal([("United States", "/tags/united-states/"), ("conflict", "/tags/conflict/"), ("C++", "/tags/c-plus-plus/")], chips);
        Assert.Equal("United States", Parser.ParseDocument(project.ReadOutput("tags/united-states/")).QuerySelector("h1")!.TextContent);
        Assert.Contains("United States", Parser.ParseDocument(project.ReadOutput("tags/")).QuerySelector(".terms")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Tags_yml_gives_a_tag_its_name_and_a_description_for_its_page()
    {
        using var project = new TempProject()
            .WithInputFile("tags.yml", "middle-east:\n  name: Middle East\n  description: >\n    Coverage of the region,\n    day by day.\n  match: [Gaza]\nconflict: [clashes]\n")
            .WithInputFile("articles/a.md", Markdown("a", "middle-east, conflict"));

        Assert.Empty(project.Publish().Diagnostics);

        var page = Parser.ParseDocument(project.ReadOutput("tags/middle-east/"));
        Assert.Equal("Middle East", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("Coverage of the region, day by day.", page.QuerySelector(".lede")!.TextContent);
        Assert.Equal("Coverage of the region, day by day.", page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Null(Parser.ParseDocument(project.ReadOutput("tags/conflict/")).QuerySelector(".lede"));
        Assert.Contains("Middle East", Parser.ParseDocument(project.ReadOutput("articles/a/")).QuerySelector("a[rel=tag]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_long_form_still_files_articles_and_its_mistakes_are_shown_at_their_lines()
    {
        var diagnostics = new List<Diagnostic>();

        var rules = TagRules.Parse("energy:\n  name: Energy\n  match: [OPEC, oil]\n  colour: blue\nwar:\n  name: [War]\n", "input/tags.yml", diagnostics);

        Assert.Equal(new TagInfo("Energy", null), rules.InfoOf("energy"));
        Assert.Null(rules.InfoOf("war"));
        Assert.Equal(["energy"], rules.TagsOf(new Article { Title = "Oil", Slug = "o", Story = "o", Body = "Oil prices rose." }, new HashSet<string> { "oil" }));
        Assert.Equal(2, diagnostics.Count);
        Assert.Contains(diagnostics, d => d.Severity == Severity.Warning && d.Line == 4 && d.Message.Contains("unknown key 'energy.colour'", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Severity == Severity.Error && d.Line == 6 && d.Message.Contains("'name' must be a single value", StringComparison.Ordinal));
    }

    [Fact]
    public void A_changed_tag_description_remakes_the_tags_page_in_a_cached_build()
    {
        using var project = new TempProject()
            .WithInputFile("tags.yml", "energy:\n  description: First.\n")
            .WithInputFile("articles/a.md", Markdown("a", "energy"));
        project.Publish();
        project.WithInputFile("tags.yml", "energy:\n  description: Second.\n");

        project.Publish();

        Assert.Equal("Second.", Parser.ParseDocument(project.ReadOutput("tags/energy/")).QuerySelector(".lede")!.TextContent);
    }
}
