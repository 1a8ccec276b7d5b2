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
        var (text, shared, _, _, _) = Vectors(docs, entityBoost, background, text: true, shared: true, idfStep);
        return (text!, shared!);
    }

    /// <summary>
    /// <see cref="TextAndSharedVectors"/> with each set's terms numbered as <see cref="Vocabulary.Of"/> numbers them. The
    /// numbers come from the places weighing found the terms at (the corpus's terms ascending, as a vocabulary's are), so the
    /// vectors' terms are not sorted and looked up again for each vocabulary (22 ms each in a text edit of 10,000 reports).
    /// </summary>
    public static (SparseVector[] Text, Vocabulary TextTerms, SparseVector[] Shared, Vocabulary SharedTerms) VectorsAndVocabularies(
        IReadOnlyList<ArticleFeatures> docs, double entityBoost, int background)
    {
        var (text, shared, textPlaces, sharedPlaces, places) = Vectors(docs, entityBoost, background, text: true, shared: true, numbered: true);
        return (text!, Numbered(textPlaces!, places), shared!, Numbered(sharedPlaces!, places));
    }

    /// <summary>Document frequencies up to this one keep their own idf when <c>idfStep</c> groups the others.</summary>
    public const int ExactFrequencies = 4;

    // The vectors, and when numbered, the place of each vector's terms among the corpus's terms (TermIndex, ascending), and
    // how many places there are.
    private static (SparseVector[]? Text, SparseVector[]? Shared, int[][]? TextPlaces, int[][]? SharedPlaces, int Places) Vectors(IReadOnlyList<ArticleFeatures> docs,
        double entityBoost, int background, bool text, bool shared, double idfStep = 0, bool numbered = false)
    {
        // Document frequencies by place among the corpus's distinct terms (TermIndex): a term's place is one read and a
        // short scan, for each of the millions of terms of the reports.
        var terms = new ulong[docs.Count][];
        for (var i = 0; i < terms.Length; i++)
        {
            terms[i] = docs[i].Terms;
        }

        var df = TermIndex.Of(terms);
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
        var textPlaces = text && numbered ? new int[n][] : null;
        var sharedPlaces = shared && numbered ? new int[n][] : null;
        // Each core weighs reports in buffers of its own, kept from report to report: only what a vector keeps is allocated.
        Parallel.For(0, n, Parallelism.PerCore, () => new Scratch(), (i, _, scratch) =>
        {
            var keys = docs[i].Terms;
            var counts = docs[i].Counts;
            var (weights, frequencies) = scratch.Room(keys.Length);
            var places = scratch.Places;
            var sharedCount = 0;
            for (var k = 0; k < keys.Length; k++)
            {
                var tf = counts is null ? 1.0 : 1.0 + Math.Log(counts[k]);
                var boost = Array.BinarySearch(docs[i].Names, keys[k]) >= 0 ? entityBoost : 1.0;
                var place = places[k] = df.IndexOf(keys[k]);
                var frequency = frequencies[k] = df.ListsHolding(place);
                weights[k] = (float)(tf * idfByDf[frequency] * boost);
                sharedCount += frequency >= 2 ? 1 : 0;
            }

            if (sharedVectors is not null)
            {
                var (sharedKeys, sharedWeights) = (scratch.SharedKeys, scratch.SharedWeights);
                for (int k = 0, m = 0; k < keys.Length; k++)
                {
                    if (frequencies[k] >= 2)
                    {
                        (sharedKeys[m], sharedWeights[m]) = (keys[k], weights[k]);
                        m++;
                    }
                }

                sharedVectors[i] = SparseVector.Normalised(sharedKeys, sharedWeights, sharedCount, TermsPerVector, scratch.Sorted);
                sharedPlaces?[i] = PlacesOf(sharedVectors[i].Keys, keys, places);
            }

            if (textVectors is not null)
            {
                textVectors[i] = SparseVector.Normalised(keys, weights, keys.Length, TermsPerVector, scratch.Sorted);
                textPlaces?[i] = PlacesOf(textVectors[i].Keys, keys, places);
            }

            return scratch;
        }, _ => { });
        return (textVectors, sharedVectors, textPlaces, sharedPlaces, df.Count);
    }

    // The places of a vector's terms (kept, ascending, from the report's terms), found along the report's terms (ascending)
    // and their places.
    private static int[] PlacesOf(ulong[] kept, ulong[] keys, int[] places)
    {
        var result = new int[kept.Length];
        for (int k = 0, at = 0; k < kept.Length; k++)
        {
            while (keys[at] != kept[k])
            {
                at++;
            }

            result[k] = places[at];
        }

        return result;
    }

    // The vocabulary of vectors whose terms' places among the corpus's count terms these are: a term's number is its rank
    // among the places some vector holds, as Vocabulary.Of gives it (both ascend as the terms' hashes do). The places are
    // replaced by the numbers, in place.
    private static Vocabulary Numbered(int[][] places, int count)
    {
        var number = new int[count];
        foreach (var vector in places)
        {
            foreach (var place in vector)
            {
                number[place] = 1;
            }
        }

        var numbered = 0;
        for (var place = 0; place < number.Length; place++)
        {
            var held = number[place];
            number[place] = numbered;
            numbered += held;
        }

        Parallel.For(0, places.Length, Parallelism.PerCore, i =>
        {
            var vector = places[i];
            for (var k = 0; k < vector.Length; k++)
            {
                vector[k] = number[vector[k]];
            }
        });
        return new Vocabulary(places, numbered);
    }

    // The buffers one core weighs reports in, grown to the longest report's terms.
    private sealed class Scratch
    {
        public float[] Weights { get; private set; } = [];

        public int[] Frequencies { get; private set; } = [];

        public int[] Places { get; private set; } = [];

        public ulong[] SharedKeys { get; private set; } = [];

        public float[] SharedWeights { get; private set; } = [];

        public float[] Sorted { get; private set; } = [];

        // The weights and frequencies, with room for length terms in every buffer.
        public (float[] Weights, int[] Frequencies) Room(int length)
        {
            if (Weights.Length < length)
            {
                var size = Math.Max(length, 2 * Weights.Length);
                (Weights, Frequencies, Places, SharedKeys, SharedWeights, Sorted) = (new float[size], new int[size], new int[size], new ulong[size], new float[size], new float[size]);
            }

            return (Weights, Frequencies);
        }
    }
}
