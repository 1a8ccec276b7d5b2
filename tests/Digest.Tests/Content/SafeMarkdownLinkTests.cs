using Digest.Content;
using Markdig;

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

    // Markdig's own pipeline of the same extensions, whose autolinks are asked at every h, f, m and w.
    private static readonly Markdig.MarkdownPipeline Unbounded = new Markdig.MarkdownPipelineBuilder()
        .UseYamlFrontMatter().UsePipeTables().UseEmphasisExtras().UseListExtras().UseAutoLinks().DisableHtml().Build();

    [Theory]
    [InlineData("See https://example.org/a, http://example.net and www.example.org. Also ftp://files.example.org/x.")]
    [InlineData("Words that start as addresses do: has, from, more, with, what, https, http:, www and mailto.")]
    [InlineData("*Emphasis around https://example.org/x* and **strong www.example.org/y**, ~~struck https://example.org/z~~.")]
    [InlineData("[A link holding https://example.org/in](https://example.org/out) and (https://example.org/paren).")]
    [InlineData("Write to mailto:jane@example.org, not mailto:nobody, nor HTTP://EXAMPLE.ORG/caps or Www.Example.org.")]
    [InlineData("An address glued to a word: xhttps://example.org and /www.example.org and http:// alone.")]
    public void Addresses_are_made_links_as_markdig_makes_them(string markdown) =>
        Assert.Equal(Markdig.Markdown.ToHtml(markdown, Unbounded), Markdig.Markdown.ToHtml(markdown, SafeMarkdown.Pipeline));

    [Fact]
    public void A_paragraph_of_thousands_of_addresses_makes_links_of_the_first_thousand_and_leaves_the_rest_text()
    {
        var markdown = string.Join(" ", Enumerable.Range(0, BoundedAutoLinks.MostPerParagraph + 500).Select(i => $"https://example.org/{i}"))
            + "\n\nA second paragraph: https://example.org/second";

        var html = SafeMarkdown.ToHtml(markdown);

        Assert.Equal(BoundedAutoLinks.MostPerParagraph + 1, System.Text.RegularExpressions.Regex.Count(html, "<a href="));
        Assert.Contains($"<a href=\"https://example.org/{BoundedAutoLinks.MostPerParagraph - 1}\">", html, StringComparison.Ordinal);
        Assert.Contains($" https://example.org/{BoundedAutoLinks.MostPerParagraph} ", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://example.org/second\">", html, StringComparison.Ordinal);
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
