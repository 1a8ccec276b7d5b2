using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Digest.Tests.Support;

namespace Digest.Tests.Publish;

/// <summary>Each report links the page where it was first published (its <c>url</c>), where that is a web address.</summary>
public sealed class OriginalReportTests
{
    private const string Original = "https://gazette.example/2019/bridge?id=1&ref=\"digest\"";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private static TempProject Site() => new TempProject()
        .WithInputFile("digest.yml", "title: Test\nbase_url: https://example.org/\n")
        .WithInputFile("articles/a.md", "---\ntitle: Bridge closes\nslug: a\ndate: 2019-11-20\nsource: CNN\nurl: 'https://gazette.example/2019/bridge?id=1&ref=\"digest\"'\nstory: a\n---\n\nThe bridge closes.\n")
        .WithInputFile("articles/b.md", "---\ntitle: Bridge shut\nslug: b\ndate: 2019-11-21\nsource: AP\nurl: javascript:alert(1)\nstory: a\n---\n\nThe bridge is shut.\n")
        .WithInputFile("articles/c.md", "---\ntitle: Road opens\nslug: c\ndate: 2019-11-22\nsource: AP\nstory: c\n---\n\nThe road opens.\n");

    private static List<string> OriginalLinks(TempProject project, string sitePath) =>
        new HtmlParser().ParseDocument(File.ReadAllText(project.OutputFile(sitePath)))
            .QuerySelectorAll("a.original").Select(a => a.GetAttribute("href")!).ToList();

    [Fact]
    public void The_article_page_and_its_story_link_the_original_report_with_the_address_escaped()
    {
        using var project = Site();
        var result = project.Publish();

        Assert.Equal([Original], OriginalLinks(project, "articles/a/"));
        Assert.Equal([Original], OriginalLinks(project, "stories/a/"));
        Assert.Contains("href=\"https://gazette.example/2019/bridge?id=1&amp;ref=&quot;digest&quot;\"", File.ReadAllText(project.OutputFile("articles/a/")), StringComparison.Ordinal);
        Assert.Empty(OriginalLinks(project, "articles/c/"));
        Assert.Empty(OriginalLinks(project, "")); // lists do not repeat it
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void An_address_that_is_not_a_web_address_is_kept_in_the_file_but_never_linked_and_is_a_warning_at_its_line()
    {
        using var project = Site();
        var result = project.Publish();

        Assert.Empty(OriginalLinks(project, "articles/b/"));
        Assert.DoesNotContain("javascript:", string.Concat(Directory.EnumerateFiles(project.Paths.Output, "*", SearchOption.AllDirectories).Select(File.ReadAllText)), StringComparison.Ordinal);
        var warning = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Warning && d.File.EndsWith("b.md", StringComparison.Ordinal));
        Assert.Equal((6, 6), (warning.Line, warning.Column));
        Assert.Contains("url 'javascript:alert(1)' is not an absolute http or https address", warning.Message, StringComparison.Ordinal);
        Assert.Contains("url: javascript:alert(1)", File.ReadAllText(Path.Combine(project.Paths.Input, "articles", "b.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Feeds_and_structured_data_name_the_original_report()
    {
        using var project = Site();
        project.Publish();

        var entries = XDocument.Load(project.OutputFile("feed.xml")).Root!.Elements(Atom + "entry").ToList();
        string? Via(string title) => entries.Single(e => e.Element(Atom + "title")!.Value == title)
            .Elements(Atom + "link").SingleOrDefault(l => (string?)l.Attribute("rel") == "via")?.Attribute("href")?.Value;
        Assert.Equal(Original, Via("Bridge closes"));
        Assert.Null(Via("Road opens"));

        using var json = JsonDocument.Parse(File.ReadAllBytes(project.OutputFile("feed.json")));
        var items = json.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(Original, items.Single(i => i.GetProperty("title").GetString() == "Bridge closes").GetProperty("external_url").GetString());
        Assert.False(items.Single(i => i.GetProperty("title").GetString() == "Road opens").TryGetProperty("external_url", out _));

        var ld = new HtmlParser().ParseDocument(File.ReadAllText(project.OutputFile("articles/a/"))).QuerySelector("script[type='application/ld+json']")!.TextContent;
        using var data = JsonDocument.Parse(ld);
        Assert.Equal(Original, data.RootElement.GetProperty("isBasedOn").GetString());
    }
}
