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
}
