using System.Xml.Linq;
using Digest.Content;
using Digest.Tests.Support;

namespace Digest.Tests.Publish;

public sealed class ControlCharacterTests
{
    [Fact]
    public void A_seed_with_a_few_stray_control_characters_gives_pages_and_feeds_that_parse()
    {
        using var project = new TempProject()
            .WithSeed("stray.txt", "Stray \u0001 control in a title\n\nLONDON - A report with a \u0002 control in its text and enough words to be an article.\n");

        var diagnostics = project.Build();

        Assert.DoesNotContain(diagnostics, d => d.Severity == Digest.Severity.Error);
        var files = Directory.EnumerateFiles(project.Paths.Output, "*", SearchOption.AllDirectories).ToList();
        Assert.All(files, file =>
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain("&#x1;", text, StringComparison.Ordinal);
            Assert.Equal(-1, Digest.Text.ControlCharacters.IndexOf(text));
        });
        Assert.All(files.Where(f => f.EndsWith(".xml", StringComparison.Ordinal)), feed => XDocument.Load(feed));
        Assert.Contains("title: Stray control in a title\n", File.ReadAllText(Assert.Single(project.ArticleFiles())), StringComparison.Ordinal);
    }

    [Fact]
    public void A_control_character_in_a_hand_written_article_is_a_warning_at_its_line_and_left_out()
    {
        var diagnostics = new List<Digest.Diagnostic>();
        var text = "---\ntitle: A title\nslug: a-title\n---\n\nFirst line.\nSecond \u0007line.\n";

        var article = ArticleFile.Read(text, "input/articles/a-title.md", diagnostics);

        Assert.NotNull(article);
        Assert.Equal("First line.\nSecond line.", article.Body);
        var warning = Assert.Single(diagnostics);
        Assert.Equal(Digest.Severity.Warning, warning.Severity);
        Assert.Equal((7, 8), (warning.Line, warning.Column));
        Assert.Contains("U+0007", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_control_character_written_as_a_yaml_escape_is_a_warning_at_its_value_and_the_site_still_parses()
    {
        // The files hold no control character; YAML's escapes in double quotes make them.
        using var project = new TempProject()
            .WithSeed("bridge.txt", "Lisbon bridge closes\n\nThe April 25 bridge in Lisbon will close for six weeks of repairs, the city said.\n")
            .WithSeed("bridge.yml", "source: Reuters\nbyline: \"Jane \\x01Example\"\nsummary: \"Six weeks \\a of ferries.\"\n")
            .WithInputFile("digest.yml", "title: \"The \\x02Digest\"\n")
            .WithInputFile("articles/hand.md", "---\ntitle: \"Hand \\x03written\"\nslug: hand\ndate: 2019-11-20\n---\n\nBody.\n");

        var diagnostics = project.Build();

        Assert.Contains(diagnostics, d => d.File.EndsWith("bridge.yml", StringComparison.Ordinal) && (d.Line, d.Column) == (2, 9) && d.Message.Contains("U+0001", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.File.EndsWith("bridge.yml", StringComparison.Ordinal) && (d.Line, d.Column) == (3, 10) && d.Message.Contains("U+0007", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.File.EndsWith("digest.yml", StringComparison.Ordinal) && d.Line == 1 && d.Message.Contains("U+0002", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.File.EndsWith("hand.md", StringComparison.Ordinal) && d.Line == 2 && d.Message.Contains("U+0003", StringComparison.Ordinal));
        Assert.DoesNotContain(diagnostics, d => d.Severity == Digest.Severity.Error);
        var files = Directory.EnumerateFiles(project.Paths.Output, "*", SearchOption.AllDirectories).ToList();
        Assert.All(files, file => Assert.DoesNotMatch("&#x[0-8bBcCeEfF];|&#x1[0-9a-fA-F];", File.ReadAllText(file)));
        Assert.All(files.Where(f => f.EndsWith(".xml", StringComparison.Ordinal)), feed => XDocument.Load(feed));
        Assert.Empty(Digest.Check.SiteChecker.Check(project.Paths.Output, "/", project.Paths.Display));
        Assert.Contains("<p class=\"standfirst\">Six weeks of ferries.</p>", project.ReadOutput("articles/lisbon-bridge-closes/"), StringComparison.Ordinal);
    }
}
