using Digest.Content;

namespace Digest.Tests.Content;

public sealed class MarkdownEscaperTests
{
    [Theory]
    [InlineData("Plain sentence, with U.S. abbreviations and 3.5 per cent.")]
    [InlineData("*stars* _underscores_ `ticks` [brackets](url) <tags> & ampersands | pipes ~tilde~ !bang {braces}")]
    [InlineData("# heading")]
    [InlineData("- bullet")]
    [InlineData("+ plus")]
    [InlineData("= underline")]
    [InlineData("12. ordered")]
    [InlineData("3) ordered")]
    [InlineData("> quote")]
    [InlineData("M. Waugh c and b Jayasuriya 50")]
    [InlineData("a) lettered")]
    [InlineData("IV. roman")]
    [InlineData("xii) roman")]
    [InlineData("I.")]
    [InlineData("a ++inserted++ and ==highlighted== and ^super^ text")]
    [InlineData("++ at the start")]
    [InlineData("    indented code")]
    [InlineData("back\\slash \\*")]
    [InlineData("&amp; &#x41; entities")]
    public void Escaped_text_renders_back_to_exactly_the_text(string text)
    {
        var html = SafeMarkdown.ToHtml(MarkdownEscaper.Escape(text));

        var expected = "<p>" + System.Net.WebUtility.HtmlEncode(text.Trim()).Replace("&#39;", "'", StringComparison.Ordinal) + "</p>\n";
        Assert.Equal(Normalise(expected), Normalise(html));
    }

    [Fact]
    public void Plain_words_are_left_readable()
    {
        Assert.Equal("The U.S.-led coalition said: “no”.", MarkdownEscaper.Escape("The U.S.-led coalition said: “no”."));
    }

    [Theory]
    [InlineData("Mr. Smith said so.")]
    [InlineData("U.S. officials said so.")]
    [InlineData("A.de Silva not out 83")]
    [InlineData("C+ and a = b")]
    public void Words_that_start_no_list_and_lone_signs_stay_as_written(string text)
    {
        Assert.Equal(text, MarkdownEscaper.Escape(text));
    }

    // Markdig writes quotes as &quot; while WebUtility writes them as &quot; too; only collapse whitespace.
    private static string Normalise(string html) => string.Join(' ', html.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
