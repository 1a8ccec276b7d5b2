namespace Digest.Dedup;

/// <summary>
/// TF-IDF vectors (sublinear term frequency 1 + ln tf, smoothed idf) over the articles being
/// clustered, so the weights fit the corpus at hand. Vectors keep their heaviest terms only: the
/// light ones change cosines little and would make every vector, and every cluster, long.
/// </summary>
internal static class TermWeighting
{
    /// <summary>Terms kept per article vector.</summary>
    public const int TermsPerVector = 80;

    /// <summary>Unit TF-IDF vectors; words that name an entity weigh <paramref name="entityBoost"/> times more.</summary>
    public static SparseVector[] TextVectors(IReadOnlyList<ArticleFeatures> docs, double entityBoost, int background) =>
        Vectors(docs, d => d.Terms, d => d.Counts, TermsPerVector, entityBoost, background, minDocuments: 1);

    /// <summary>
    /// Vectors for topics: as <see cref="TextVectors"/>, but a term found in one report only is
    /// left out. Such a term can match nothing, so it says what the report adds, not which thread
    /// it belongs to; kept, it only lengthens the vector and lowers every cosine of a report full
    /// of names of its own (one club's players) against the thread it is part of. Stories keep
    /// them: there, a report mostly about other things is rightly less like the event.
    /// </summary>
    public static SparseVector[] SharedTermVectors(IReadOnlyList<ArticleFeatures> docs, double entityBoost, int background) =>
        Vectors(docs, d => d.Terms, d => d.Counts, TermsPerVector, entityBoost, background, minDocuments: 2);

    private static SparseVector[] Vectors(IReadOnlyList<ArticleFeatures> docs, Func<ArticleFeatures, ulong[]> keysOf, Func<ArticleFeatures, int[]?> countsOf, int top, double entityBoost, int background, int minDocuments)
    {
        var df = DocumentFrequencies(docs, keysOf);
        var n = docs.Count;

        // idf by document frequency: one logarithm per distinct frequency, not per term occurrence.
        var idfByDf = new double[n + 1];
        for (var f = 0; f <= n; f++)
        {
            idfByDf[f] = Math.Log((n + 1.0 + background) / (f + 1.0)) + 1.0;
        }

        var vectors = new SparseVector[n];
        Parallel.For(0, n, i =>
        {
            var keys = keysOf(docs[i]);
            var counts = countsOf(docs[i]);
            if (minDocuments > 1)
            {
                (keys, counts) = Frequent(keys, counts, df, minDocuments);
            }

            var weights = new float[keys.Length];
            for (var k = 0; k < keys.Length; k++)
            {
                var tf = counts is null ? 1.0 : 1.0 + Math.Log(counts[k]);
                var boost = Array.BinarySearch(docs[i].Names, keys[k]) >= 0 ? entityBoost : 1.0;
                weights[k] = (float)(tf * idfByDf[df[keys[k]]] * boost);
            }

            vectors[i] = SparseVector.Normalised((ulong[])keys.Clone(), weights, top);
        });
        return vectors;
    }

    // The terms (and their counts) found in at least minDocuments documents, order kept.
    private static (ulong[] Keys, int[]? Counts) Frequent(ulong[] keys, int[]? counts, Dictionary<ulong, int> df, int minDocuments)
    {
        var keptKeys = new List<ulong>(keys.Length);
        var keptCounts = counts is null ? null : new List<int>(keys.Length);
        for (var k = 0; k < keys.Length; k++)
        {
            if (df[keys[k]] >= minDocuments)
            {
                keptKeys.Add(keys[k]);
                keptCounts?.Add(counts![k]);
            }
        }

        return (keptKeys.ToArray(), keptCounts?.ToArray());
    }

    // Counted per partition in parallel, then summed: integer sums, so the order does not matter.
    private static Dictionary<ulong, int> DocumentFrequencies(IReadOnlyList<ArticleFeatures> docs, Func<ArticleFeatures, ulong[]> keysOf)
    {
        var partitions = Math.Max(1, Math.Min(Environment.ProcessorCount, docs.Count / 1000 + 1));
        var partial = new Dictionary<ulong, int>[partitions];
        Parallel.For(0, partitions, p =>
        {
            var counts = new Dictionary<ulong, int>();
            for (var i = p; i < docs.Count; i += partitions)
            {
                foreach (var key in keysOf(docs[i]))
                {
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                }
            }

            partial[p] = counts;
        });

        var total = partial[0];
        for (var p = 1; p < partitions; p++)
        {
            foreach (var (key, count) in partial[p])
            {
                total[key] = total.GetValueOrDefault(key) + count;
            }
        }

        return total;
    }
}
