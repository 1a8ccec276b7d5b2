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
        Vectors(docs, entityBoost, background, text: true, shared: false).Text!;

    /// <summary>
    /// Vectors for topics: as <see cref="TextVectors"/>, but a term found in one report only is
    /// left out. Such a term can match nothing, so it says what the report adds, not which thread
    /// it belongs to; kept, it only lengthens the vector and lowers every cosine of a report full
    /// of names of its own (one club's players) against the thread it is part of. Stories keep
    /// them: there, a report mostly about other things is rightly less like the event.
    /// </summary>
    public static SparseVector[] SharedTermVectors(IReadOnlyList<ArticleFeatures> docs, double entityBoost, int background) =>
        Vectors(docs, entityBoost, background, text: false, shared: true).Shared!;

    /// <summary>Both <see cref="TextVectors"/> and <see cref="SharedTermVectors"/>, each term's weight computed once.</summary>
    /// <param name="docs">The articles' features.</param>
    /// <param name="entityBoost">How much more a word that names an entity weighs.</param>
    /// <param name="background">The idf's background prior (documents added to the count).</param>
    /// <param name="idfStep">
    /// 0 (the stage's weighting): each document frequency has its own idf. Above 1 (the locality probe of bench/Digest.Bench): a
    /// frequency above <see cref="ExactFrequencies"/> counts as the power of <paramref name="idfStep"/> at or below it, so one
    /// report's change moves few terms' weights.
    /// </param>
    public static (SparseVector[] Text, SparseVector[] Shared) TextAndSharedVectors(IReadOnlyList<ArticleFeatures> docs, double entityBoost, int background, double idfStep = 0)
    {
        var (text, shared) = Vectors(docs, entityBoost, background, text: true, shared: true, idfStep);
        return (text!, shared!);
    }

    /// <summary>Document frequencies up to this one keep their own idf when <c>idfStep</c> groups the others.</summary>
    public const int ExactFrequencies = 4;

    private static (SparseVector[]? Text, SparseVector[]? Shared) Vectors(IReadOnlyList<ArticleFeatures> docs, double entityBoost, int background, bool text, bool shared,
        double idfStep = 0)
    {
        var df = DocumentFrequencies(docs);
        var n = docs.Count;

        // idf by document frequency: one logarithm per distinct frequency, not per term occurrence.
        var idfByDf = new double[n + 1];
        for (var f = 0; f <= n; f++)
        {
            var counted = idfStep > 1 && f > ExactFrequencies ? Math.Pow(idfStep, Math.Floor(Math.Log(f) / Math.Log(idfStep))) : f;
            idfByDf[f] = Math.Log((n + 1.0 + background) / (counted + 1.0)) + 1.0;
        }

        var textVectors = text ? new SparseVector[n] : null;
        var sharedVectors = shared ? new SparseVector[n] : null;
        Parallel.For(0, n, Parallelism.PerCore, i =>
        {
            var keys = docs[i].Terms;
            var counts = docs[i].Counts;
            var weights = new float[keys.Length];
            // Each term's frequency looked up once: the table is large, so a lookup is a cache miss.
            var frequencies = new int[keys.Length];
            var sharedCount = 0;
            for (var k = 0; k < keys.Length; k++)
            {
                var tf = counts is null ? 1.0 : 1.0 + Math.Log(counts[k]);
                var boost = Array.BinarySearch(docs[i].Names, keys[k]) >= 0 ? entityBoost : 1.0;
                var frequency = frequencies[k] = df[keys[k]];
                weights[k] = (float)(tf * idfByDf[frequency] * boost);
                sharedCount += frequency >= 2 ? 1 : 0;
            }

            if (sharedVectors is not null)
            {
                // Normalised reuses the arrays it is given: the shared terms get their own.
                var sharedKeys = new ulong[sharedCount];
                var sharedWeights = new float[sharedCount];
                for (int k = 0, m = 0; k < keys.Length; k++)
                {
                    if (frequencies[k] >= 2)
                    {
                        (sharedKeys[m], sharedWeights[m]) = (keys[k], weights[k]);
                        m++;
                    }
                }

                sharedVectors[i] = SparseVector.Normalised(sharedKeys, sharedWeights, TermsPerVector);
            }

            if (textVectors is not null)
            {
                textVectors[i] = SparseVector.Normalised((ulong[])keys.Clone(), weights, TermsPerVector);
            }
        });
        return (textVectors, sharedVectors);
    }

    // Counted per partition in parallel, then summed: integer sums, so the order does not matter.
    private static Dictionary<ulong, int> DocumentFrequencies(IReadOnlyList<ArticleFeatures> docs)
    {
        var partitions = Math.Max(1, Math.Min(Environment.ProcessorCount, docs.Count / 1000 + 1));
        var partial = new Dictionary<ulong, int>[partitions];
        Parallel.For(0, partitions, Parallelism.PerCore, p =>
        {
            var counts = new Dictionary<ulong, int>();
            for (var i = p; i < docs.Count; i += partitions)
            {
                foreach (var key in docs[i].Terms)
                {
                    System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, key, out _)++;
                }
            }

            partial[p] = counts;
        });

        var total = partial[0];
        for (var p = 1; p < partitions; p++)
        {
            foreach (var (key, count) in partial[p])
            {
                System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(total, key, out _) += count;
            }
        }

        return total;
    }
}
