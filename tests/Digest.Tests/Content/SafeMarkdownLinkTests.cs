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
        Assert.Equal(SafeMarkdown.ToPlainText(markdown), plainText);
    }
}
