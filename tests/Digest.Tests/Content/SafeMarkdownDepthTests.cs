using Digest.Content;
using Digest.Tests.Support;

namespace Digest.Tests.Content;

public sealed class SafeMarkdownDepthTests
{
    public static TheoryData<string> TooDeep => new()
    {
        string.Concat(Enumerable.Repeat("> ", 200)) + "a quote in 200 quotes <b>bold</b>\n",
        new string('*', 100_000) + "x" + new string('*', 100_000) + "\n",
        new string('[', 100_000) + "x" + new string(']', 100_000) + "(https://example.org/)\n",
    };

    [Theory]
    [MemberData(nameof(TooDeep))]
    public void Markdown_nested_deeper_than_Markdig_reads_is_rendered_as_its_text(string markdown)
    {
        Assert.True(SafeMarkdown.NestsTooDeep(markdown));

        var html = SafeMarkdown.ToHtml(markdown);
        var (linked, plain) = SafeMarkdown.ToHtmlAndPlainText(markdown, [("x", "/e/x/", "X")]);

        Assert.StartsWith("<p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<blockquote>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<em>", html, StringComparison.Ordinal);
        Assert.Equal(markdown.Count(c => c == '*'), plain.Count(c => c == '*'));
        Assert.Equal(markdown.Count(c => c == '>'), SafeMarkdown.ToPlainText(markdown).Count(c => c == '>'));
        Assert.StartsWith("<p>", linked, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("> a quote\n> > in a quote\n")]
    [InlineData("***strong emphasis*** and [a link](https://example.org/)\n")]
    [InlineData("")]
    public void Markdown_Markdig_reads_is_not_taken_for_too_deep(string markdown)
    {
        Assert.False(SafeMarkdown.NestsTooDeep(markdown));
        Assert.Equal(SafeMarkdown.ToHtml(markdown), Markdig.Markdown.ToHtml(markdown, SafeMarkdown.Pipeline));
    }

    [Fact]
    public void A_hand_written_article_nested_too_deep_is_an_error_every_build_and_its_page_shows_its_text()
    {
        using var project = new TempProject().WithRepositorySeeds()
            .WithInputFile("articles/deep.md", "---\ntitle: Deep\nslug: deep\n---\n\n" + string.Concat(Enumerable.Repeat("> ", 200)) + "Quoted words.\n");

        foreach (var build in new[] { project.Build(), project.Build() })
        {
            var error = Assert.Single(build.Distinct(), d => d.Severity == Severity.Error);
            Assert.Equal("input/articles/deep.md", error.File);
            Assert.StartsWith("the markdown nests more than 128 levels deep", error.Message, StringComparison.Ordinal);
        }

        Assert.Contains("Quoted words.", project.ReadOutput("articles/deep/"), StringComparison.Ordinal);
        Assert.Equal(6, project.ArticleFiles().Count);
    }
}
