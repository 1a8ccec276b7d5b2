using Digest.Dedup;

namespace Digest.Tests.Dedup;

public sealed class StoryClusteringTests
{
    private static readonly string[] Flood = ["Valencia", "Turia", "Mazón", "Generalitat", "flood", "flooding", "rainfall", "dana", "evacuated", "torrent"];
    private static readonly string[] Election = ["Norway", "Støre", "Storting", "Labour", "ballot", "election", "coalition", "voters", "Solberg", "seats"];
    private static readonly string[] Transfer = ["Haaland", "Dortmund", "Manchester", "City", "transfer", "striker", "clause", "Premier", "signing", "Guardiola"];

    private static readonly DateOnly Day = new(2024, 10, 30);

    private static List<Article> Corpus() =>
    [
        DedupFixtures.Make("floods-hit-valencia", "Floods hit Valencia", DedupFixtures.Report(Flood, 1), Day),
        DedupFixtures.Make("norway-votes", "Norway votes", DedupFixtures.Report(Election, 2), Day),
        DedupFixtures.Make("valencia-death-toll-rises", "Valencia death toll rises", DedupFixtures.Report(Flood, 3), Day.AddDays(1)),
        DedupFixtures.Make("haaland-signs", "Haaland signs for City", DedupFixtures.Report(Transfer, 4), Day),
        DedupFixtures.Make("labour-wins-norway", "Labour wins in Norway", DedupFixtures.Report(Election, 5), Day.AddDays(1)),
        DedupFixtures.Make("rain-returns-to-valencia", "Rain returns to Valencia", DedupFixtures.Report(Flood, 6), Day.AddDays(2)),
    ];

    private static IReadOnlyList<Article> Run(IReadOnlyList<Article> articles, IEnumerable<Article>? previous = null) =>
        DedupStage.Run(articles, new DedupSettings(), new List<Diagnostic>(), previous);

    [Fact]
    public void Reports_of_one_event_share_a_story_named_after_the_canonical_report()
    {
        var result = Run(Corpus()).ToDictionary(a => a.Slug);
        Assert.Equal("floods-hit-valencia", result["floods-hit-valencia"].Story);
        Assert.Equal("floods-hit-valencia", result["valencia-death-toll-rises"].Story);
        Assert.Equal("floods-hit-valencia", result["rain-returns-to-valencia"].Story);
        Assert.Equal("norway-votes", result["labour-wins-norway"].Story);
        Assert.Equal("haaland-signs", result["haaland-signs"].Story);
    }

    [Fact]
    public void Every_story_lies_inside_one_topic_and_every_article_has_a_topic()
    {
        var result = Run(Corpus());
        Assert.All(result, a => Assert.False(string.IsNullOrEmpty(a.Topic)));
        Assert.All(result.GroupBy(a => a.Story), story => Assert.Single(story.Select(a => a.Topic).Distinct()));
    }

    [Fact]
    public void Reports_of_the_same_words_months_apart_are_not_one_story()
    {
        var result = Run(
        [
            DedupFixtures.Make("first-flood", "Floods hit Valencia", DedupFixtures.Report(Flood, 1), Day),
            DedupFixtures.Make("flood-next-year", "Floods hit Valencia again", DedupFixtures.Report(Flood, 3), Day.AddDays(200)),
        ]);
        Assert.NotEqual(result[0].Story, result[1].Story);
    }

    [Fact]
    public void Story_ids_stay_when_a_later_report_is_added()
    {
        var before = Run(Corpus());
        var added = Corpus().Append(DedupFixtures.Make("valencia-cleanup", "Valencia cleans up", DedupFixtures.Report(Flood, 9), Day.AddDays(3))).ToList();
        var after = Run(added, previous: before);
        Assert.Equal(before.Select(a => a.Story), after.Take(before.Count).Select(a => a.Story));
        Assert.Equal("floods-hit-valencia", after[^1].Story);
    }

    [Fact]
    public void Story_ids_stay_even_when_the_added_report_is_earlier_and_so_canonical()
    {
        var before = Run(Corpus());
        var added = Corpus().Append(DedupFixtures.Make("first-warning", "Warning for Valencia", DedupFixtures.Report(Flood, 10), Day.AddDays(-1))).ToList();
        var after = Run(added, previous: before);
        Assert.Equal("floods-hit-valencia", after[^1].Story);
        Assert.Equal(before.Select(a => a.Story), after.Take(before.Count).Select(a => a.Story));
    }

    [Fact]
    public void The_output_is_deterministic()
    {
        var first = Run(Corpus());
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(first, Run(Corpus()));
        }
    }
}
