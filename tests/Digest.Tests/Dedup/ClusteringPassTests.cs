using Digest.Dedup;

namespace Digest.Tests.Dedup;

/// <summary>
/// Later merge passes score only the pairs with a side that changed since the previous pass began:
/// the clusters must be exactly those of scoring every pair in every pass.
/// </summary>
public sealed class ClusteringPassTests
{
    // Many reports over a small vocabulary of overlapping themes, some far apart in time: big
    // clusters form, drop neighbours (more than 32) and pick them up in later passes.
    private static (SparseVector[] Vectors, DateOnly?[] Dates, List<(int, int, float)> Edges) Problem(int seed)
    {
        var random = new Random(seed);
        const int Count = 400;
        var vectors = new SparseVector[Count];
        var dates = new DateOnly?[Count];
        for (var i = 0; i < Count; i++)
        {
            var theme = (random.Next(2) == 0 ? random.Next(3) : random.Next(40)) * 6;
            var terms = Enumerable.Range(0, 8).Select(_ => (ulong)(theme + random.Next(14))).Distinct().Order().ToArray();
            vectors[i] = SparseVector.Normalised(terms, terms.Select(_ => (float)(0.2 + random.NextDouble())).ToArray(), top: 100);
            dates[i] = random.Next(10) == 0 ? null : new DateOnly(2024, 1, 1).AddDays(random.Next(60));
        }

        var edges = new List<(int, int, float)>();
        for (var a = 0; a < Count; a++)
        {
            for (var b = a + 1; b < Count; b++)
            {
                var similarity = vectors[a].Dot(vectors[b]);
                if (similarity >= 0.1)
                {
                    edges.Add((a, b, (float)similarity));
                }
            }
        }

        return (vectors, dates, edges);
    }

    public static TheoryData<int, bool, double, int> Cases() => new()
    {
        { 1, false, 0.3, 7 },
        { 2, false, 0.35, 14 },
        { 3, true, 0.5, 365 },
        { 4, true, 0.4, 20 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Skipping_unchanged_pairs_gives_the_clusters_of_scoring_every_pair(int seed, bool centroid, double threshold, int days)
    {
        var (vectors, dates, edges) = Problem(seed);
        var linkage = centroid ? AverageLinkClustering.Linkage.Centroid : AverageLinkClustering.Linkage.Average;
        var skipping = new AverageLinkClustering(vectors, dates, edges);
        var everyPair = new AverageLinkClustering(vectors, dates, edges) { ScoreEveryPass = true };

        skipping.Merge(threshold, days, linkage);
        everyPair.Merge(threshold, days, linkage);

        var clusters = skipping.Assignments();
        Assert.Equal(everyPair.Assignments(), clusters);
        Assert.InRange(clusters.Distinct().Count(), 2, vectors.Length / 2); // real merging happened, not one blob
        Assert.True(skipping.PairsScoredAtPassStart < everyPair.PairsScoredAtPassStart,
            $"{skipping.PairsScoredAtPassStart} pairs scored with skipping, {everyPair.PairsScoredAtPassStart} without");
    }

    [Fact]
    public void An_interrupted_build_stops_the_merging_and_one_that_is_not_merges_as_before()
    {
        var (vectors, dates, edges) = Problem(1);
        using var interrupt = new CancellationTokenSource();
        interrupt.Cancel();
        var stopped = new AverageLinkClustering(vectors, dates, edges) { Cancel = interrupt.Token };
        var whole = new AverageLinkClustering(vectors, dates, edges) { Cancel = CancellationToken.None };
        var plain = new AverageLinkClustering(vectors, dates, edges);

        Assert.Throws<OperationCanceledException>(() => stopped.Merge(0.3, 7, AverageLinkClustering.Linkage.Average));
        whole.Merge(0.3, 7, AverageLinkClustering.Linkage.Average);
        plain.Merge(0.3, 7, AverageLinkClustering.Linkage.Average);
        Assert.Equal(plain.Assignments(), whole.Assignments());
    }

    // Two copies (0, 1) merge first; with 33 weaker neighbours (the distractors) the merged cluster
    // keeps 32 and drops the report dated too late for it (N, day 16, more than 10 days on). It then
    // absorbs G (day 8), which brings N within 10 days, but N is no neighbour of G, so this pass never
    // scores N again: only the next pass, from N's side, finds that the cluster now takes it.
    [Fact]
    public void A_neighbour_dropped_in_one_pass_is_merged_in_the_next()
    {
        const ulong A = 1, B = 2, G = 3, N = 4;
        var day = new DateOnly(2024, 1, 1);
        var vectors = new List<SparseVector> { Unit((A, 1), (B, 1)), Unit((A, 1), (B, 1)), Unit((A, 1), (G, 0.6f)), Unit((B, 1), (N, 0.3f)) };
        var dates = new List<DateOnly?> { day, day, day.AddDays(8), day.AddDays(16) };
        for (var i = 0; i < 33; i++)
        {
            vectors.Add(Unit((A, 1), (100 + (ulong)i, 2.134f)));
            dates.Add(day);
        }

        var edges = new List<(int, int, float)>();
        for (var a = 0; a < vectors.Count; a++)
        {
            for (var b = a + 1; b < vectors.Count; b++)
            {
                if (vectors[a].Dot(vectors[b]) is var similarity and > 0)
                {
                    edges.Add((a, b, (float)similarity));
                }
            }
        }

        var skipping = new AverageLinkClustering([.. vectors], [.. dates], edges);
        var everyPair = new AverageLinkClustering([.. vectors], [.. dates], edges) { ScoreEveryPass = true };
        skipping.Merge(0.4, 10, AverageLinkClustering.Linkage.Centroid);
        everyPair.Merge(0.4, 10, AverageLinkClustering.Linkage.Centroid);

        var clusters = skipping.Assignments();
        Assert.Equal([0, 0, 0, 0], clusters[..4]);
        Assert.All(clusters[4..], (cluster, k) => Assert.Equal(k + 4, cluster));
        Assert.Equal(2, skipping.PassesThatMerged);
        Assert.Equal(everyPair.Assignments(), clusters);
    }

    private static SparseVector Unit(params (ulong Term, float Weight)[] terms) =>
        SparseVector.Normalised(terms.Select(t => t.Term).ToArray(), terms.Select(t => t.Weight).ToArray(), top: 100);
}
