using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Digest.Ingest.Html;

namespace Digest.Tests.Ingest.Html;

public sealed class TextLengthsTests
{
    // Pieces of pages: words and punctuation, every kind of whitespace Whitespace.Normalise treats apart, the zero-width
    // characters (and soft hyphens, taken out only beside them), links in-page and out, comments and scripts.
    private static readonly string[] Pieces =
    [
        "word", "Ab,", " ", "  ", "\t", "\n", "\r\n", "\u00A0", "\u2003", "\u3000", "\u2028", "\u0085", "\u200B", "\u200C", "\u200D", "\uFEFF",
        "\u00AD", "soft\u00ADhyphen", "<div>", "</div>", "<p>", "</p>", "<span>", "</span>", "<a href=\"#top\">", "<a href=\"https://example.org/\">",
        "<a>", "</a>", "<li>", "<ul>", "</ul>", "<!-- a comment -->", "<script>var x = 1;  </script>", "<br>", "<h2>", "</h2>", "<table><tr><td>",
    ];

    [Fact]
    public void Each_element_s_text_and_link_lengths_are_those_of_its_text_made_whitespace_and_all()
    {
        var parser = new HtmlParser();
        for (var seed = 0; seed < 400; seed++)
        {
            var random = new Random(seed);
            var html = string.Concat(Enumerable.Range(0, random.Next(1, 120)).Select(_ => Pieces[random.Next(Pieces.Length)]));
            var body = parser.ParseDocument("<html><body>" + html + "</body></html>").Body!;

            var lengths = TextLengths.Of([body]);

            foreach (var element in body.DescendantsAndSelf<IElement>())
            {
                Assert.True(BlockScorer.Text(element).Length == lengths.TextLength(element), $"text of <{element.LocalName}> in page {seed}: {html}");
                Assert.True(BlockScorer.LinkDensity(element) == lengths.LinkDensity(element), $"link density of <{element.LocalName}> in page {seed}: {html}");
            }
        }
    }

    [Fact]
    public void A_page_of_many_elements_opened_thousands_deep_is_refused_before_its_parse_runs_long()
    {
        var page = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 1_900)) + "<h1>Headline</h1>"
            + string.Concat(Enumerable.Repeat("<p>A sentence of the report, long enough to be a paragraph.</p>", 12_000))
            + string.Concat(Enumerable.Repeat("</div>", 1_900)) + "</body></html>";

        var refused = Assert.Throws<Digest.Ingest.UnreadableSeedException>(() => HtmlSeed.Extract(page));

        Assert.Matches(@"^the page opens [\d,]+ elements at an average depth of [\d,]+ \(a news page's is a few dozen\)", refused.Message);
    }
}
