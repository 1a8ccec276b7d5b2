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
}
