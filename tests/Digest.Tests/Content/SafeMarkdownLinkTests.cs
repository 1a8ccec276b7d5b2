using Digest.Content;

namespace Digest.Tests.Content;

public sealed class SafeMarkdownLinkTests
{
    [Fact]
    public void Each_name_is_linked_once_at_its_first_whole_word_mention()
    {
        var html = SafeMarkdown.ToHtml(
            "Col. Ryan Dillon said the Zorbania Relief Corps reached Syria. Later Ryan Dillon spoke in Syrian towns.",
            [("Zorbania Relief Corps", "/e/z/", "Z"), ("Ryan Dillon", "/e/r/", "R"), ("Syria", "/e/s/", "S"), ("Dillon", "/e/r/", "R")]);

        Assert.Equal(
            "<p>Col. <a href=\"/e/r/\">Ryan Dillon</a> said the <a href=\"/e/z/\">Zorbania Relief Corps</a> reached <a href=\"/e/s/\">Syria</a>. Later Ryan Dillon spoke in Syrian towns.</p>\n",
            html);
    }

    [Theory]
    [InlineData("Plain *emphasis*, **strong** and `code` with Syria.")]
    [InlineData("# Heading on Syria\n\nA [link](https://example.org/) and <b>raw html</b> & ampersand.\n")]
    [InlineData("- one\n- two Syria\n\n1. first\n2. second\n\n> a quote\n")]
    [InlineData("| a | b |\n| - | - |\n| Syria | 2 |\n\nSee www.example.org and [x](javascript:alert(1)).")]
    [InlineData("```\nfenced Syria\n```\n\nAfter.  \nHard break.")]
    [InlineData("")]
    public void One_parse_gives_the_same_html_and_plain_text_as_two(string markdown)
    {
        (string, string, string)[] mentions = [("Syria", "/e/s/", "S")];
        var (html, plainText) = SafeMarkdown.ToHtmlAndPlainText(markdown, mentions);
        Assert.Equal(SafeMarkdown.ToHtml(markdown, mentions), html);
        Assert.Equal(MarkdigPlainText(markdown), plainText);
        Assert.Equal(MarkdigPlainText(markdown), SafeMarkdown.ToPlainText(markdown));
    }

    // The plain-text renderer is kept per thread: whatever document it rendered before (a list, a quote, a table,
    // an unclosed fence), the next one's text is what a fresh renderer (Markdig's own ToPlainText) gives.
    [Fact]
    public void Plain_text_does_not_depend_on_the_document_rendered_before()
    {
        string[] documents =
        [
            "- one\n- two\n\n> a quote\n> - nested item",
            "Plain *emphasis* and `code`.",
            "| a | b |\n| - | - |\n| c | 2 |",
            "```\nunclosed fence",
            "    indented code\n\nAfter.  \nHard break.",
            "",
            "1. first\n   > quoted inside a list\n2. second",
        ];
        foreach (var before in documents)
        {
            foreach (var markdown in documents)
            {
                _ = SafeMarkdown.ToPlainText(before);
                Assert.Equal(MarkdigPlainText(markdown), SafeMarkdown.ToPlainText(markdown));
            }
        }
    }

    private static string MarkdigPlainText(string markdown) => Markdig.Markdown.ToPlainText(markdown, SafeMarkdown.Pipeline).Trim();
}
