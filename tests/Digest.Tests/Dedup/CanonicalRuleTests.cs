using Digest.Dedup;

namespace Digest.Tests.Dedup;

public sealed class CanonicalRuleTests
{
    private const string Long = "one two three four five six seven eight nine ten";
    private const string Short = "one two three";

    [Fact]
    public void The_earliest_date_wins_and_a_dated_report_beats_an_undated_one()
    {
        var early = DedupFixtures.Make("early", "T", Short, new DateOnly(2020, 1, 1));
        var late = DedupFixtures.Make("late", "T", Long, new DateOnly(2020, 1, 2));
        var undated = DedupFixtures.Make("undated", "T", Long + " " + Long);
        Assert.Equal(["early", "late", "undated"], CanonicalRule.Default.Order([undated, late, early]).Select(a => a.Slug));
    }

    [Fact]
    public void On_the_same_date_the_more_complete_text_wins()
    {
        var day = new DateOnly(2020, 1, 1);
        Assert.Equal("full", CanonicalRule.Default.Choose([DedupFixtures.Make("cut", "T", Short, day), DedupFixtures.Make("full", "T", Long, day)]).Slug);
    }

    [Fact]
    public void Then_source_priority_then_slug_decide()
    {
        var rule = new CanonicalRule(source => source == "Wire" ? 0 : 1);
        var a = DedupFixtures.Make("a", "T", Long, source: "Blog");
        var b = DedupFixtures.Make("b", "T", Long, source: "Wire");
        Assert.Equal("b", rule.Choose([a, b]).Slug);
        Assert.Equal("a", CanonicalRule.Default.Choose([b, a]).Slug);
    }

    [Fact]
    public void Furniture_does_not_count_as_text()
    {
        var day = new DateOnly(2020, 1, 1);
        var padded = DedupFixtures.Make("padded", "T", Short + "\n\nAdvertisement\n\nShare this article on social media", day);
        var full = DedupFixtures.Make("full", "T", "one two three four", day);
        Assert.Equal("full", CanonicalRule.Default.Choose([padded, full]).Slug);
    }

    [Fact]
    public void A_report_marked_canonical_wins_over_every_rule()
    {
        var rule = new CanonicalRule(source => source == "Wire" ? 0 : 1);
        var early = DedupFixtures.Make("early", "T", Long, new DateOnly(2020, 1, 1), source: "Wire");
        var chosen = DedupFixtures.Make("chosen", "T", Short, new DateOnly(2020, 1, 5), source: "Blog") with { Canonical = true };
        var undated = DedupFixtures.Make("undated", "T", Short) with { Canonical = true };
        Assert.Equal(["chosen", "undated", "early"], rule.Order([early, undated, chosen]).Select(a => a.Slug));
    }
}
