using Digest.Dedup;

namespace Digest.Tests.Dedup;

/// <summary>Topics: stories joined on shared-term vectors, and lone reports attached to the closest thread.</summary>
public sealed class TopicClusteringTests
{
    private static readonly DateOnly Day = new(2024, 8, 1);

    // Unit vectors over term ids 1..n (keys ascending), built from weights.
    private static SparseVector Vector(params (ulong Term, float Weight)[] terms) =>
        SparseVector.Normalised(terms.Select(t => t.Term).ToArray(), terms.Select(t => t.Weight).ToArray(), top: 100);

    private static AverageLinkClustering Clustering(SparseVector[] vectors, DateOnly?[]? dates = null)
    {
        var edges = new List<(int, int, float)>();
        for (var a = 0; a < vectors.Length; a++)
        {
            for (var b = a + 1; b < vectors.Length; b++)
            {
                edges.Add((a, b, (float)vectors[a].Dot(vectors[b])));
            }
        }

        return new AverageLinkClustering(vectors, dates ?? new DateOnly?[vectors.Length], edges);
    }

    // A thread of two reports on terms 1–3, and a report sharing one light term with it (cosine with the centroid ≈ 0.1).
    private static SparseVector[] ThreadAndLoner() =>
    [
        Vector((1, 1), (2, 1), (3, 1)),
        Vector((1, 1), (2, 1), (3, 1), (4, 0.5f)),
        Vector((3, 0.2f), (10, 1), (11, 1)),
    ];

    // The thread and the loner as stories (the loner alone), then the attach pass.
    private static int[] AttachToThread(double threshold, DateOnly?[]? dates = null)
    {
        var clustering = Clustering(ThreadAndLoner(), dates);
        clustering.JoinGroups([0, 0, 2]);
        clustering.AttachLoners(threshold, 365);
        return clustering.Assignments();
    }

    [Fact]
    public void A_lone_report_joins_the_thread_it_resembles_enough() =>
        Assert.Equal([0, 0, 0], AttachToThread(0.08));

    [Fact]
    public void A_lone_report_below_the_attach_threshold_stays_alone() =>
        Assert.Equal([0, 0, 2], AttachToThread(0.3));

    [Fact]
    public void A_lone_report_too_far_in_time_stays_alone() =>
        Assert.Equal([0, 0, 2], AttachToThread(0.08, [Day, Day.AddDays(3), Day.AddDays(400)]));

    [Fact]
    public void Lone_reports_do_not_gather_into_each_other()
    {
        var clustering = Clustering([Vector((1, 1), (2, 1)), Vector((1, 1), (2, 1), (3, 1))]);
        clustering.AttachLoners(0.08, 365);
        Assert.Equal([0, 1], clustering.Assignments());
    }

    [Fact]
    public void A_lone_report_joins_the_more_similar_of_two_threads()
    {
        var clustering = Clustering(
        [
            Vector((1, 1), (2, 1)),
            Vector((1, 1), (2, 1), (3, 1)),
            Vector((20, 1), (21, 1)),
            Vector((20, 1), (21, 1), (22, 1)),
            Vector((2, 0.3f), (21, 0.6f), (30, 1)),
        ]);
        clustering.JoinGroups([0, 0, 2, 2, 4]);
        clustering.AttachLoners(0.08, 365);
        Assert.Equal([0, 0, 2, 2, 2], clustering.Assignments());
    }

    [Fact]
    public void Joined_groups_keep_their_members_together()
    {
        var clustering = Clustering([Vector((1, 1)), Vector((2, 1)), Vector((3, 1)), Vector((4, 1))]);
        clustering.JoinGroups([0, 1, 0, 1]);
        Assert.Equal([0, 1, 0, 1], clustering.Assignments());
    }

    [Fact]
    public void A_large_group_joined_by_a_report_of_a_smaller_id_keeps_all_its_members()
    {
        var clustering = Clustering([Vector((1, 1)), Vector((2, 1)), Vector((3, 1)), Vector((4, 1)), Vector((5, 1))]);
        clustering.JoinGroups([0, 1, 1, 1, 4]);
        clustering.JoinGroups([0, 0, 0, 0, 4]);
        Assert.Equal([0, 0, 0, 0, 4], clustering.Assignments());
    }

    [Fact]
    public void A_large_topic_keeps_its_heaviest_terms_and_loners_are_measured_against_those()
    {
        // Five reports of 100 terms each, all weighted alike: the topic's 500 terms are cut to 400, ties
        // kept by smaller term. A report on the last 100 terms meets nothing of the topic; one on the first
        // 100 joins it.
        static SparseVector Block(int first) =>
            Vector([.. Enumerable.Range(first, 100).Select(t => ((ulong)t, 1f))]);
        var clustering = Clustering([Block(1), Block(101), Block(201), Block(301), Block(401), Block(401), Block(1)]);
        clustering.JoinGroups([0, 0, 0, 0, 0, 5, 6]);
        clustering.AttachLoners(0.05, 365);
        Assert.Equal([0, 0, 0, 0, 0, 5, 0], clustering.Assignments());
    }

    [Fact]
    public void Topic_vectors_leave_out_the_terms_of_one_report_only()
    {
        var features = new[]
        {
            Features([1, 2, 3]),
            Features([1, 2, 4]),
            Features([2, 5]),
        };
        var text = TermWeighting.TextVectors(features, 1.5, 200);
        var shared = TermWeighting.SharedTermVectors(features, 1.5, 200);
        Assert.Equal([1UL, 2, 3], text[0].Keys);
        Assert.Equal([1UL, 2], shared[0].Keys);
        Assert.Equal([2UL], shared[2].Keys);
        Assert.True(shared[0].Dot(shared[1]) > text[0].Dot(text[1]), "a report's own terms no longer lower its cosine");
    }

    [Fact]
    public void A_report_below_topic_similarity_but_above_topic_attach_joins_the_thread_but_not_its_story()
    {
        string[] league = ["Premier", "League", "season", "club", "clubs", "manager", "goal", "title", "match", "fixtures"];
        var articles = new List<Article>
        {
            DedupFixtures.Make("league-season-opens", "Premier League season opens", DedupFixtures.Report(league, 1), Day),
            DedupFixtures.Make("league-title-race", "Premier League title race tightens", DedupFixtures.Report(league, 2), Day.AddDays(30)),
            DedupFixtures.Make("league-clubs-spend", "Premier League clubs spend", DedupFixtures.Report(league, 3), Day.AddDays(60)),
            DedupFixtures.Make("keeper-saves-swans", "Keeper saves Swans", LoneMatchReport(league), Day.AddDays(45)),
        };
        // In this small corpus the league reports' topic vectors meet at cosines over 0.8 and the
        // match report's at 0.6–0.7 (filler words are in every report), so the thresholds sit there.
        var settings = new DedupSettings { TopicSimilarity = 0.75, TopicAttach = 0.5 };
        var attached = DedupStage.Run(articles, settings, new List<Diagnostic>()).ToDictionary(a => a.Slug);
        Assert.Equal(attached["league-season-opens"].Topic, attached["keeper-saves-swans"].Topic);
        Assert.Equal("keeper-saves-swans", attached["keeper-saves-swans"].Story);

        var alone = DedupStage.Run(articles, settings with { TopicAttach = 0 }, new List<Diagnostic>()).ToDictionary(a => a.Slug);
        Assert.Equal("keeper-saves-swans", alone["keeper-saves-swans"].Topic);
        Assert.Equal(alone["league-season-opens"].Topic, alone["league-clubs-spend"].Topic);
    }

    // Common words and names of its own (players, a town) with two of the league's words.
    private static string LoneMatchReport(string[] league) =>
        DedupFixtures.Report(["Vorm", "Swansea", "Utrecht", "Martinez", "Wigan", "Gomez", "Moses", "Watson", league[0], league[1]], 7);

    private static ArticleFeatures Features(ulong[] terms) =>
        new(ExactKey: 0, WordCount: terms.Length, ShingleCount: 0, Signature: [], Terms: terms, Counts: terms.Select(_ => 1).ToArray(), Names: []);
}
