namespace Digest.Dedup;

/// <summary>
/// Agglomerative clustering with average linkage on a sparse neighbour graph. Average link
/// (the mean similarity of all cross pairs) is computed exactly from summed vectors:
/// mean cos(a, b) over a ∈ A, b ∈ B = (Σa · Σb) / (|A|·|B|) for unit vectors. Unlike single link
/// it does not chain (A~B, B~C does not pull A and C together unless the groups as a whole are
/// alike), which keeps stories to one event. Merges happen best-first from a priority queue, ties
/// broken by cluster id, so the result does not depend on thread timing.
/// </summary>
internal sealed partial class AverageLinkClustering
{
    private const int MaxNeighbours = 32;

    // Later passes only pick up stragglers; a bound keeps a pathological input from looping long.
    private const int MaxPasses = 8;

    private readonly Cluster?[] _clusters;
    private readonly int[] _forward;

    // The merge at which each cluster was last listed as a neighbour of the merged one: a listed neighbour is
    // recognised by one read instead of a search of the list (a list search per neighbour of every merge).
    private readonly int[] _listedAt;
    private int _merge;
    private readonly TermTable _merged;

    // Where a merge adds two clusters' vectors up before it keeps the sum (merges are made one at a time).
    private readonly SumScratch _sum = new();

    // The tables of the workers that score the pairs at the start of a pass (Parallelism.For), kept from pass to pass:
    // a table is as long as the vocabulary.
    private readonly System.Collections.Concurrent.ConcurrentBag<TermTable> _spareTables = [];
    private readonly int _vocabulary;
    private Linkage _linkage;

    /// <summary>Stops the merging every few thousand merges once cancelled (<see cref="OperationCanceledException"/>): at 100,000 reports a pass takes seconds.</summary>
    public CancellationToken Cancel { get; init; }

    /// <summary>Scores every neighbouring pair at the start of every pass, as before pairs unchanged since the previous pass were skipped (tests compare the two).</summary>
    internal bool ScoreEveryPass { get; init; }

    /// <summary>Pairs scored at the start of passes so far.</summary>
    internal int PairsScoredAtPassStart { get; private set; }

    /// <summary>Passes so far that merged something.</summary>
    internal int PassesThatMerged { get; private set; }

    /// <summary>How the similarity of two clusters is measured.</summary>
    public enum Linkage
    {
        /// <summary>Mean cosine over all cross pairs: every report must be like the others.</summary>
        Average,

        /// <summary>Cosine of the summed vectors: the groups' common themes must be alike; does not fall as groups grow.</summary>
        Centroid,
    }

    /// <summary>Clusters <paramref name="text"/> over the neighbour graph <paramref name="edges"/>, numbering its terms first.</summary>
    public AverageLinkClustering(SparseVector[] text, DateOnly?[] dates, IEnumerable<(int A, int B, float Similarity)> edges)
        : this(text, Vocabulary.Of(text), dates, edges)
    {
    }

    /// <summary>Clusters <paramref name="text"/>, whose terms <paramref name="vocabulary"/> numbers (<see cref="Vocabulary.Of"/>).</summary>
    public AverageLinkClustering(SparseVector[] text, Vocabulary vocabulary, DateOnly?[] dates, IEnumerable<(int A, int B, float Similarity)> edges)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        _clusters = new Cluster?[text.Length];
        _forward = Enumerable.Range(0, text.Length).ToArray();
        _listedAt = new int[text.Length];
        _vocabulary = vocabulary.Count;
        _merged = new TermTable(vocabulary.Count);
        for (var i = 0; i < text.Length; i++)
        {
            _clusters[i] = new Cluster(i, vocabulary.Terms[i], text[i].Values, dates[i]);
        }

        foreach (var (a, b, _) in edges)
        {
            _clusters[a]!.Neighbours.Add(b);
            _clusters[b]!.Neighbours.Add(a);
        }
    }

    /// <summary>Merges until no neighbouring clusters reach <paramref name="threshold"/> within <paramref name="maxDays"/>.</summary>
    /// <param name="threshold">Least similarity of a merge.</param>
    /// <param name="maxDays">Largest gap between the clusters' date ranges.</param>
    /// <param name="linkage">Average link (all cross pairs alike: stories) or centroid cosine (the groups' themes alike: topics).</param>
    public void Merge(double threshold, int maxDays, Linkage linkage)
    {
        _linkage = linkage;

        // Passes until one merges nothing: a neighbour that a big cluster dropped (see
        // KeepClosest) is scored again against the cluster as it has become.
        int[]? scored = null;
        for (var pass = 0; pass < MaxPasses && MergePass(threshold, maxDays, ref scored); pass++)
        {
        }
    }

    // scoredAt: each cluster's version when the previous pass began (null in the first pass). Two
    // neighbours that are both as they were then were scored then and did not merge, so they are
    // below the threshold still: only pairs with a side changed since are scored again. Skipping
    // them changes nothing (a pair that reached the threshold would have merged in that pass) and
    // spares a pass its scoring of every pair (the topics of 10,000 reports: the second and third
    // passes scored 18,014 and 17,997 pairs again, for 3 merges).
    private bool MergePass(double threshold, int maxDays, ref int[]? scoredAt)
    {
        var previous = ScoreEveryPass ? null : scoredAt;
        scoredAt = new int[_clusters.Length];
        foreach (var cluster in _clusters)
        {
            if (cluster is not null)
            {
                scoredAt[cluster.Id] = cluster.Version;
            }
        }

        var queue = new PriorityQueue<(int A, int B, int VersionA, int VersionB), MergeOrder>();
        // The pairs to score are chosen in order (Resolve shortens forwarding chains as it goes); their
        // similarities, which only read the clusters, are then taken on both cores.
        var pairs = new List<(Cluster A, Cluster B)>();
        foreach (var cluster in _clusters)
        {
            if (cluster is null)
            {
                continue;
            }

            foreach (var id in Ascending(cluster.Neighbours))
            {
                var neighbour = Resolve(id);
                if (neighbour != cluster && (neighbour.Id > cluster.Id || !neighbour.Neighbours.Contains(cluster.Id))
                    && (previous is null || previous[cluster.Id] != cluster.Version || previous[neighbour.Id] != neighbour.Version))
                {
                    pairs.Add((cluster, neighbour));
                }
            }
        }

        PairsScoredAtPassStart += pairs.Count;
        var similarities = ScoreRuns(pairs, maxDays);
        for (var k = 0; k < pairs.Count; k++)
        {
            Enqueue(queue, pairs[k].A, pairs[k].B, similarities[k], threshold);
        }

        var merges = 0;
        while (queue.TryDequeue(out var pair, out _))
        {
            var a = _clusters[pair.A];
            var b = _clusters[pair.B];
            if (a is null || b is null || a.Version != pair.VersionA || b.Version != pair.VersionB)
            {
                continue; // stale: one side has merged since this pair was scored
            }

            if ((merges & 4095) == 0)
            {
                Cancel.ThrowIfCancellationRequested();
            }

            var merged = Join(a, b);
            merges++;
            var neighbours = new List<Cluster>(merged.Neighbours.Count);
            _merge++;
            foreach (var other in Ascending(merged.Neighbours))
            {
                var neighbour = Resolve(other);
                if (neighbour != merged && _listedAt[neighbour.Id] != _merge)
                {
                    _listedAt[neighbour.Id] = _merge;
                    neighbours.Add(neighbour);
                }
            }

            // The merged cluster meets each neighbour: its terms are looked up from the neighbour's smaller vector. On one
            // core: a merge has tens of neighbours, and sharing them out cost more than it saved (topics of 10,000 reports:
            // the same wall time, 0.13 s more CPU; of 100,000: the same, 2.1–2.5 s more CPU).
            merged.FillTable(_merged);
            var scored = new List<(double Similarity, int Id)>(neighbours.Count);
            foreach (var neighbour in neighbours)
            {
                var similarity = SimilarityToMerged(merged, neighbour, maxDays);
                Enqueue(queue, merged, neighbour, similarity, threshold);
                scored.Add((similarity, neighbour.Id));
            }

            KeepClosest(merged, scored);
        }

        PassesThatMerged += merges > 0 ? 1 : 0;
        return merges > 0;
    }

    /// <summary>Joins the items of each group (items with the same assignment) without scoring them: the groups found by an earlier clustering.</summary>
    /// <param name="assignments">A group id per item, such as <see cref="Assignments"/> of another clustering of the same items.</param>
    public void JoinGroups(int[] assignments)
    {
        ArgumentNullException.ThrowIfNull(assignments);
        for (var i = 0; i < assignments.Length; i++)
        {
            var root = Resolve(assignments[i]);
            var item = Resolve(i);
            if (root != item)
            {
                Join(root, item);
            }
        }
    }

    /// <summary>
    /// A report that is still a cluster of its own joins its most similar neighbouring cluster of
    /// two reports or more (centroid cosine, ties to the smaller id) when that reaches
    /// <paramref name="threshold"/> within <paramref name="maxDays"/>. Every choice is made before
    /// any join, so loners do not gather into each other and the order does not matter.
    /// </summary>
    public void AttachLoners(double threshold, int maxDays)
    {
        // The choices read the clusters only, so both cores make them; the joins follow in the clusters' order.
        var choices = new int[_clusters.Length];
        Parallel.For(0, _clusters.Length, Parallelism.PerCore, i => choices[i] = ThreadFor(_clusters[i], threshold, maxDays));
        for (var i = 0; i < choices.Length; i++)
        {
            if (choices[i] >= 0)
            {
                Join(_clusters[i]!, Resolve(choices[i]));
            }
        }
    }

    // The id of the cluster a loner joins (AttachLoners); -1 for none, or for a cluster that is not a loner.
    private int ThreadFor(Cluster? loner, double threshold, int maxDays)
    {
        if (loner is null || loner.Members.Count != 1)
        {
            return -1;
        }

        var (bestSimilarity, bestId) = (threshold, -1);
        foreach (var id in Ascending(loner.Neighbours))
        {
            var thread = Live(id);
            if (thread.Members.Count < 2 || DateGap.Days(loner.First, loner.Last, thread.First, thread.Last) > maxDays)
            {
                continue;
            }

            var similarity = CentroidCosine(loner, thread, loner.Dot(thread));
            if (similarity > bestSimilarity || (similarity == bestSimilarity && (bestId < 0 || thread.Id < bestId)))
            {
                (bestSimilarity, bestId) = (similarity, thread.Id);
            }
        }

        return bestId;
    }

    /// <summary>
    /// The <paramref name="keep"/> heaviest of the first <paramref name="count"/> terms (keys ascending; more than
    /// <paramref name="keep"/>), ties to the smaller key, still in key order, and the sum of their squared weights
    /// taken heaviest first. A big cluster's summed vector keeps only those: its light terms, each from a few
    /// members, barely move the similarity to another cluster, and an unbounded vector would make every merge of
    /// a large topic slower than the last.
    /// </summary>
    // The squares are summed heaviest first, as before: the same values in the same order, so the same bits (equal
    // weights have equal squares, so their order among themselves cannot show).
    internal static (TKey[] Keys, double[] Weights, double SquaredNorm) Heaviest<TKey>(TKey[] keys, double[] weights, int count, int keep) where TKey : unmanaged =>
        Heaviest(keys, weights, count, keep, new double[count]);

    // As above, the weights sorted in sorted (at least count long): a merge sorts them in a buffer it keeps.
    private static (TKey[] Keys, double[] Weights, double SquaredNorm) Heaviest<TKey>(TKey[] keys, double[] weights, int count, int keep, double[] sorted)
        where TKey : unmanaged
    {
        var (keptKeys, keptWeights) = TopTerms.Of(keys, weights, count, keep, sorted);
        double squaredNorm = 0;
        for (var k = count - 1; k >= count - keep; k--)
        {
            squaredNorm += sorted[k] * sorted[k];
        }

        return (keptKeys, keptWeights, squaredNorm);
    }

    // A neighbour set's ids ascending, as an array the loop may outlive changes to the set with (sorting ints
    // in place: LINQ's Order().ToList() went through a comparer and two buffers, 1.5 % of an incremental build).
    private static int[] Ascending(HashSet<int> ids)
    {
        var sorted = new int[ids.Count];
        ids.CopyTo(sorted);
        Array.Sort(sorted);
        return sorted;
    }

    // As Resolve, without shortening the forwarding chains: for reads on both cores at once.
    private Cluster Live(int id)
    {
        while (_clusters[id] is null)
        {
            id = _forward[id];
        }

        return _clusters[id]!;
    }

    // The live cluster an id now belongs to (ids of merged-away clusters forward to the survivor).
    private Cluster Resolve(int id)
    {
        while (_clusters[id] is null)
        {
            id = _forward[id] = _forward[_forward[id]];
        }

        return _clusters[id]!;
    }

    /// <summary>The cluster id of every item: the smallest item index of its cluster.</summary>
    public int[] Assignments()
    {
        var result = new int[_clusters.Length];
        foreach (var cluster in _clusters)
        {
            if (cluster is null)
            {
                continue;
            }

            foreach (var member in cluster.Members)
            {
                result[member] = cluster.Id;
            }
        }

        return result;
    }

    // A pair's similarity; -1 when the dates forbid a merge.
    private double Similarity(Cluster a, Cluster b, int maxDays) =>
        DateGap.Days(a.First, a.Last, b.First, b.Last) > maxDays ? -1 : LinkOf(a, b, a.Dot(b));

    // The similarities of pairs listed cluster by cluster (each cluster's pairs one after the other). A cluster with
    // several pairs is spread over a table once and each partner read against it, a read per term of the partner,
    // where walking both vectors takes a step per term of either for every pair (the first pass of the topics of
    // 100,000 reports scores their story groups against hundreds of thousands of neighbours). Runs are shared by
    // both cores; the products are the same either way, added in the same order, so the sums are the same bits.
    private double[] ScoreRuns(List<(Cluster A, Cluster B)> pairs, int maxDays)
    {
        var starts = new List<int>();
        for (var k = 0; k < pairs.Count; k++)
        {
            if (k == 0 || pairs[k].A != pairs[k - 1].A)
            {
                starts.Add(k);
            }
        }

        starts.Add(pairs.Count);
        var result = new double[pairs.Count];
        Parallelism.For(starts.Count - 1, () => new TermTable(_vocabulary), (run, table) =>
        {
            var (from, to) = (starts[run], starts[run + 1]);
            var cluster = pairs[from].A;
            if (to - from == 1)
            {
                result[from] = Similarity(cluster, pairs[from].B, maxDays);
                return;
            }

            cluster.FillTable(table);
            for (var k = from; k < to; k++)
            {
                var partner = pairs[k].B;
                result[k] = DateGap.Days(cluster.First, cluster.Last, partner.First, partner.Last) > maxDays ? -1 : LinkOf(cluster, partner, partner.Dot(table));
            }
        }, _spareTables);
        return result;
    }

    // The similarity of the cluster just merged (its terms in _merged) and a neighbour: a read per term of the
    // neighbour, where a walk along both vectors takes a step per term of either (a big topic keeps hundreds, a
    // report tens). The dot product is the same either way (common terms in ascending order).
    private double SimilarityToMerged(Cluster merged, Cluster neighbour, int maxDays) =>
        DateGap.Days(merged.First, merged.Last, neighbour.First, neighbour.Last) > maxDays ? -1
            : LinkOf(merged, neighbour, neighbour.Dot(_merged));

    // Queues a scored pair when it may merge.
    private static void Enqueue(PriorityQueue<(int, int, int, int), MergeOrder> queue, Cluster a, Cluster b, double similarity, double threshold)
    {
        if (similarity >= threshold)
        {
            var (low, high) = a.Id < b.Id ? (a, b) : (b, a);
            queue.Enqueue((low.Id, high.Id, low.Version, high.Version), new MergeOrder(similarity, low.Id, high.Id));
        }
    }

    // A merged cluster keeps only its MaxNeighbours most similar neighbours. Without the cap a big
    // topic inherits every neighbour of every member and each merge into it rescores them all,
    // which makes clustering quadratic in the topic's size; the dropped ones are the least likely
    // to merge with it.
    private static void KeepClosest(Cluster merged, List<(double Similarity, int Id)> scored)
    {
        if (scored.Count <= MaxNeighbours)
        {
            return;
        }

        scored.Sort((x, y) => x.Similarity != y.Similarity ? y.Similarity.CompareTo(x.Similarity) : x.Id.CompareTo(y.Id));
        merged.Neighbours.Clear();
        for (var k = 0; k < MaxNeighbours; k++)
        {
            merged.Neighbours.Add(scored[k].Id);
        }
    }

    // The link of two clusters whose summed vectors' dot product is dot.
    private double LinkOf(Cluster a, Cluster b, double dot) => _linkage == Linkage.Average
        ? dot / ((double)a.Members.Count * b.Members.Count)
        : CentroidCosine(a, b, dot);

    private static double CentroidCosine(Cluster a, Cluster b, double dot) => dot / Math.Sqrt(Math.Max(1e-12, a.SquaredNorm * b.SquaredNorm));

    private Cluster Join(Cluster a, Cluster b)
    {
        var (keep, gone) = a.Id < b.Id ? (a, b) : (b, a);
        keep.Absorb(gone, keep.Dot(gone), _sum);
        _clusters[gone.Id] = null;
        _forward[gone.Id] = keep.Id;
        foreach (var other in gone.Neighbours)
        {
            var neighbour = Resolve(other);
            if (neighbour == keep)
            {
                continue;
            }

            neighbour.Neighbours.Remove(gone.Id);
            neighbour.Neighbours.Add(keep.Id);
            keep.Neighbours.Add(neighbour.Id);
        }

        keep.Neighbours.Remove(gone.Id);
        keep.Neighbours.Remove(keep.Id);
        return keep;
    }

    // The order merges are made in: the most similar pair first, ties to the smaller ids. A value the queue compares
    // without a call through an interface (through a comparer object, the queue's comparisons were 7 % of the merge
    // loop's samples at 10,000 reports).
    private readonly record struct MergeOrder(double Similarity, int A, int B) : IComparable<MergeOrder>
    {
        public int CompareTo(MergeOrder other)
        {
            var bySimilarity = other.Similarity.CompareTo(Similarity);
            if (bySimilarity != 0)
            {
                return bySimilarity;
            }

            return A != other.A ? A.CompareTo(other.A) : B.CompareTo(other.B);
        }
    }
}
