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
        // A list 1,000 levels deep, each two spaces further in (Markdig took 2 s to refuse it, 53 s at 3,000 levels).
        string.Concat(Enumerable.Range(0, 1_000).Select(k => new string(' ', 2 * k) + "- item <b>" + k + "</b>\n")),
        // Lines of 1,000 quote marks, and a line opened by 300 spaces (Markdig reads it, as code, but the width alone is refused).
        string.Concat(Enumerable.Range(0, 100).Select(k => new string('>', 1_000) + " line *" + k + "*\n")),
        "Words first.\n\n" + new string(' ', 300) + "indented *far*\n",
        "1. " + string.Concat(Enumerable.Repeat("> 12) ", 50)) + "+\t- * x\n",
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

    [Fact]
    public void A_paragraph_of_thousands_of_emphasised_words_which_Markdig_refuses_is_published_as_its_text()
    {
        var markdown = string.Join(" ", Enumerable.Range(0, 5_000).Select(i => $"*word{i}* _other{i}_"));

        Assert.True(SafeMarkdown.NestsTooDeep(markdown));
        Assert.Contains("*word4999* _other4999_", SafeMarkdown.ToPlainText(markdown), StringComparison.Ordinal);
        Assert.Contains("thousands of emphasis marks or cells in one paragraph", SafeMarkdown.TooDeep, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("> a quote\n> > in a quote\n")]
    [InlineData("***strong emphasis*** and [a link](https://example.org/)\n")]
    [InlineData("")]
    [InlineData("- a\n  - b\n    - c\n\n        code in a list\n")]
    [InlineData("-----\n***\n+++ not a list\n")]
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
            Assert.StartsWith("the markdown nests deeper than Digest reads", error.Message, StringComparison.Ordinal);
            // The quotes' 400 columns of "> " name the line.
            Assert.Equal(6, error.Line);
        }

        Assert.Contains("Quoted words.", project.ReadOutput("articles/deep/"), StringComparison.Ordinal);
        Assert.Equal(6, project.ArticleFiles().Count);
    }

    [Fact]
    public void An_article_with_a_line_opened_too_wide_is_an_error_that_names_the_line()
    {
        using var project = new TempProject().WithRepositorySeeds()
            .WithInputFile("articles/wide.md", "---\ntitle: Wide\nslug: wide\n---\n\nFirst words.\n\n" + new string(' ', 100) + string.Concat(Enumerable.Repeat("- ", 100)) + "Listed words.\n");

        var error = Assert.Single(project.Build().Distinct(), d => d.Severity == Severity.Error);

        Assert.Equal("input/articles/wide.md", error.File);
        Assert.Equal(8, error.Line);
        Assert.Contains("256 columns", error.Message, StringComparison.Ordinal);
        Assert.Contains("Listed words.", project.ReadOutput("articles/wide/"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(256, null)]
    [InlineData(257, 3)]
    public void The_opening_counts_indents_quote_marks_and_list_markers_up_to_the_text(int columns, int? line)
    {
        // Tabs go to the next stop of four; '-', '*', '+' and "12." or "12)" count only before a space.
        var opening = "\t> - 12. * 3) +" + new string(' ', columns - 18);
        Assert.Equal(columns, opening.Replace("\t", "    ", StringComparison.Ordinal).Length);

        Assert.Equal(line, SafeMarkdown.TooDeepLine("para\n\n" + opening + "text\n"));
        Assert.Null(SafeMarkdown.TooDeepLine("para\n\n" + opening.Replace("12.", "1234567890.", StringComparison.Ordinal) + "x\n"));
        Assert.Null(SafeMarkdown.TooDeepLine(new string('-', 1_000) + "\n" + new string('*', 500) + "x\n" + new string('>', 256) + "\n"));
    }
}
