using Digest.Dedup;

namespace Digest.Tests.Dedup;

public sealed class CopyDetectionTests
{
    private static readonly DedupSettings Settings = new();

    private static IReadOnlyList<Article> Run(params Article[] articles) => DedupStage.Run(articles, Settings, new List<Diagnostic>());

    [Fact]
    public void Exact_copies_differing_in_case_quotes_whitespace_and_furniture_point_to_the_canonical()
    {
        var body = DedupFixtures.Words(200, seed: 7);
        var original = DedupFixtures.Make("original", "Title of it", $"“{body}”", new DateOnly(2017, 9, 14));
        var copy = DedupFixtures.Make("copy", "TITLE OF IT", "Advertisement\n\n\"" + body.ToUpperInvariant().Replace(" ", "  ", StringComparison.Ordinal) + "\"\n\nShare this article", new DateOnly(2017, 9, 15));
        var result = Run(copy, original);
        Assert.Equal("original", result[0].DuplicateOf);
        Assert.Null(result[1].DuplicateOf);
    }

    [Fact]
    public void A_near_copy_with_edits_and_a_cut_copy_are_marked_and_an_unrelated_text_is_not()
    {
        var words = DedupFixtures.Words(400, seed: 11).Split(' ');
        var edited = words.Select((w, i) => i % 60 == 0 ? "changed" : w);
        var original = DedupFixtures.Make("original", "A", string.Join(' ', words), new DateOnly(2020, 1, 1));
        var nearCopy = DedupFixtures.Make("near", "B", string.Join(' ', edited), new DateOnly(2020, 1, 2));
        var cut = DedupFixtures.Make("cut", "C", string.Join(' ', words.Take(250)), new DateOnly(2020, 1, 3));
        var other = DedupFixtures.Make("other", "D", DedupFixtures.Words(400, seed: 12), new DateOnly(2020, 1, 1));
        var result = Run(original, nearCopy, cut, other);
        Assert.Null(result[0].DuplicateOf);
        Assert.Equal("original", result[1].DuplicateOf);
        Assert.Equal("original", result[2].DuplicateOf);
        Assert.Null(result[3].DuplicateOf);
    }

    [Fact]
    public void A_short_quote_inside_a_long_report_is_not_a_copy()
    {
        var words = DedupFixtures.Words(400, seed: 13).Split(' ');
        var report = DedupFixtures.Make("report", "A", string.Join(' ', words));
        var brief = DedupFixtures.Make("brief", "B", string.Join(' ', words.Skip(100).Take(20)));
        Assert.All(Run(report, brief), a => Assert.Null(a.DuplicateOf));
    }

    [Fact]
    public void With_near_copies_off_only_exact_copies_are_marked()
    {
        var words = DedupFixtures.Words(300, seed: 17).Split(' ');
        var original = DedupFixtures.Make("original", "A", string.Join(' ', words));
        var nearCopy = DedupFixtures.Make("near", "A", string.Join(' ', words.Select((w, i) => i == 5 ? "x" : w)));
        var result = DedupStage.Run([original, nearCopy], Settings with { NearCopies = false }, new List<Diagnostic>());
        Assert.All(result, a => Assert.Null(a.DuplicateOf));
    }

    [Theory]
    [InlineData("a $100m share sale", "a $100m-share sale")]
    [InlineData("worth of 12 hour's computing", "worth of 12 hours' computing")]
    [InlineData("smaller tech firms The", "smaller tech firms. The")]
    public void Texts_differing_in_punctuation_are_near_copies_not_exact_ones(string before, string after)
    {
        var body = DedupFixtures.Words(200, seed: 19);
        var original = DedupFixtures.Make("original", "A", body + " " + before + " " + body[..200]);
        var edited = DedupFixtures.Make("edited", "A", body + " " + after + " " + body[..200]);

        Assert.All(DedupStage.Run([original, edited], Settings with { NearCopies = false }, new List<Diagnostic>()), a => Assert.Null(a.DuplicateOf));
        Assert.Single(Run(original, edited), a => a.DuplicateOf is not null);
    }

    [Fact]
    public void Typographic_forms_paragraph_breaks_and_invisible_characters_do_not_make_texts_differ()
    {
        var body = DedupFixtures.Words(200, seed: 23);
        var plain = DedupFixtures.Make("plain", "It's 'done' - 2020-2021...", body + " then\n\n" + body);
        var typeset = DedupFixtures.Make("typeset", "It’s “done” – 2020–2021…", body + "\u00AD then " + body);

        var result = DedupStage.Run([plain, typeset], Settings with { NearCopies = false }, new List<Diagnostic>());
        Assert.Single(result, a => a.DuplicateOf is not null);
    }

    [Fact]
    public void The_same_body_under_another_headline_is_a_near_copy_not_an_exact_one()
    {
        var body = DedupFixtures.Words(300, seed: 29);
        var first = DedupFixtures.Make("first", "Bank holds interest rate", body, new DateOnly(2005, 2, 10));
        var second = DedupFixtures.Make("second", "UK interest rates held", body, new DateOnly(2005, 2, 10));

        Assert.All(DedupStage.Run([first, second], Settings with { NearCopies = false }, new List<Diagnostic>()), a => Assert.Null(a.DuplicateOf));
        Assert.Equal([null, "first"], Run(first, second).Select(a => a.DuplicateOf));
    }
}
