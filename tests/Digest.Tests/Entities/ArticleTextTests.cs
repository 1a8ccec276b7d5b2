using Digest;
using Digest.Content;
using Digest.Entities;

namespace Digest.Tests.Entities;

public sealed class ArticleTextTests
{
    [Theory]
    [InlineData("Plain words, quotes \u201clike these\u201d and 'these' (and parentheses).")]
    [InlineData("Stars * underscores _ brackets [x] <tags> & pipes | tildes ~ bangs ! braces {} back\\slash `code`.")]
    [InlineData("# not a heading")]
    [InlineData("- not a list")]
    [InlineData("1. not a list either")]
    [InlineData("> not a quote")]
    [InlineData("Two\n\nparagraphs, the second with * a star.")]
    [InlineData("M. Waugh c and b Jayasuriya 50\n\n8-198 9-203 .\n\nS. Jayasuriya c Healy b Fleming 44")]
    [InlineData("C++ and ==marks== and x^2^")]
    public void Escaped_seed_text_reads_as_markdig_reads_it(string text)
    {
        var body = string.Join("\n\n", text.Split("\n\n").Select(MarkdownEscaper.Escape));
        var article = new Article { Title = "T", Slug = "t", Story = "t", Body = body };
        Assert.Equal("T\n" + SafeMarkdown.ToPlainText(body), ArticleText.Of(article));
    }

    [Theory]
    [InlineData("M. Waugh c and b Jayasuriya 50\n\nS. Law c Tillekeratne b Dharmasena 13")]
    [InlineData("8-198 9-203 .\n\nii) roman")]
    [InlineData("a ++inserted++ word")]
    [InlineData("an ==highlighted== word")]
    [InlineData("x^2^")]
    public void Unescaped_markdown_reads_as_markdig_reads_it(string body)
    {
        var article = new Article { Title = "T", Slug = "t", Story = "t", Body = body };
        Assert.Equal("T\n" + SafeMarkdown.ToPlainText(body), ArticleText.Of(article));
    }

    [Fact]
    public void Hand_written_markdown_goes_through_markdig()
    {
        var article = new Article { Title = "T", Slug = "t", Story = "t", Body = "See [the UN](https://un.org) and **NATO**." };
        Assert.Equal("T\nSee the UN and NATO.", ArticleText.Of(article));
    }
}
