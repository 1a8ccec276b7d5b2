using AngleSharp.Html.Parser;
using Digest.Tests.Support;

namespace Digest.Tests.Publish;

public sealed class EscapingTests
{
    private static readonly HtmlParser Parser = new();

    public static TheoryData<string> HostileLines => new()
    {
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[click me](javascript:alert(1))",
        "<javascript:alert(1)>",
        "**bold** and _italic_ and `code`",
        "# Not a heading",
        "1. not a list",
        "- not a bullet",
        "> not a quote",
        "| not | a | table |",
        "A. Gurusinha run out 16, not a lettered list",
        "IV. not a roman list",
        "x^2^ and ++inserted++ and ==highlighted== and ~~struck~~ text",
    };

    [Theory]
    [MemberData(nameof(HostileLines))]
    public void Seed_text_shows_literally_and_runs_nothing(string line)
    {
        using var project = new TempProject()
            .WithSeed("hostile.txt", $"Title with <b>tags</b> and *stars*\n\nFirst paragraph.\n\n{line}\n\nLast paragraph.\n");

        project.Build();

        var slug = Path.GetFileNameWithoutExtension(Assert.Single(project.ArticleFiles()));
        var page = Parser.ParseDocument(project.ReadOutput($"articles/{slug}/"));
        AssertInert(page);
        var body = page.QuerySelector(".body")!;
        Assert.Contains(line, body.TextContent, StringComparison.Ordinal);
        Assert.Empty(body.QuerySelectorAll("strong, em, code, h1, h2, ol, ul, blockquote, table, img, a, sup, sub, ins, mark, del"));
        Assert.Equal("Title with <b>tags</b> and *stars*", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void A_character_reference_in_seed_text_shows_as_its_character_and_runs_nothing()
    {
        using var project = new TempProject()
            .WithSeed("hostile.txt", "Title\n\nFirst paragraph.\n\n&lt;script&gt;alert(1)&lt;/script&gt; &amp;lt;b&amp;gt; &amp; caf&#233;\n\nLast paragraph.\n");

        project.Build();

        var slug = Path.GetFileNameWithoutExtension(Assert.Single(project.ArticleFiles()));
        var page = Parser.ParseDocument(project.ReadOutput($"articles/{slug}/"));
        AssertInert(page);
        var body = page.QuerySelector(".body")!;
        Assert.Contains("<script>alert(1)</script> &lt;b&gt; & café", body.TextContent, StringComparison.Ordinal);
        Assert.Empty(body.QuerySelectorAll("script, b"));
    }

    [Fact]
    public void Hand_written_markdown_cannot_inject_html_or_script_links()
    {
        using var project = new TempProject().WithInputFile("articles/hand.md", """
            ---
            title: Hand written <script>alert(1)</script>
            slug: hand
            story: hand
            ---

            Raw <script>alert(1)</script> and <img src=x onerror=alert(1)> here.

            A [bad link](javascript:alert(1)), a [spaced one](java
            script:alert(1)), an ![image](javascript:alert(1)) and a [good link](https://example.org/).
            """);

        project.Publish();

        var page = Parser.ParseDocument(project.ReadOutput("articles/hand/"));
        AssertInert(page);
        var body = page.QuerySelector(".body")!;
        Assert.Contains("<script>alert(1)</script>", body.TextContent, StringComparison.Ordinal);
        Assert.Contains("bad link", body.TextContent, StringComparison.Ordinal);
        Assert.Equal("https://example.org/", Assert.Single(body.QuerySelectorAll("a")).GetAttribute("href"));
    }

    private static void AssertInert(AngleSharp.Html.Dom.IHtmlDocument page)
    {
        // The only scripts a page may hold: JSON-LD data (escaped so it cannot close its element) and the theme's own files.
        foreach (var script in page.QuerySelectorAll("script"))
        {
            if (script.GetAttribute("type") == "application/ld+json")
            {
                Assert.DoesNotContain("<", script.TextContent, StringComparison.Ordinal);
                System.Text.Json.JsonDocument.Parse(script.TextContent).Dispose();
            }
            else
            {
                Assert.StartsWith("/assets/", script.GetAttribute("src") ?? "", StringComparison.Ordinal);
                Assert.Equal("", script.TextContent);
            }
        }

        Assert.Empty(page.QuerySelectorAll("img"));
        foreach (var element in page.All)
        {
            Assert.DoesNotContain(element.Attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
            foreach (var attribute in new[] { "href", "src", "action" })
            {
                var value = element.GetAttribute(attribute) ?? "";
                Assert.DoesNotContain("javascript:", value.Replace(" ", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
            }
        }
    }
}
