namespace Digest.Dedup;

/// <summary>
/// Pairs of articles worth comparing for stories and topics, without comparing all pairs: an
/// inverted index over each article's heaviest terms, each posting list in date order, and each
/// article compared only with its <see cref="Window"/> nearest neighbours in date order on each of
/// its terms. Reports of one event are close in time and share their most distinctive words, so
/// they meet in some window; the cost is O(n · terms · window), linear in n. Each article keeps
/// its <see cref="Kept"/> most similar partners, so the graph has at most that many edges per article.
/// </summary>
internal static class CandidatePairs
{
    /// <summary>Heaviest terms of an article that go into the index.</summary>
    public const int IndexedTerms = 12;

    /// <summary>Neighbours on each side in a posting list.</summary>
    public const int Window = 32;

    /// <summary>Most promising partners (by partial dot product) scored in full per article.</summary>
    public const int Scored = 24;

    /// <summary>Most similar partners kept per article: the neighbour graph stays O(n) edges.</summary>
    public const int Kept = 10;

    /// <summary>Pairs (i &lt; j) whose similarity reaches <paramref name="floor"/>, with it; sorted by pair.</summary>
    /// <param name="text">The vectors.</param>
    /// <param name="vocabulary">Their terms, numbered (<see cref="Vocabulary.Of"/>).</param>
    /// <param name="dates">Each vector's date, if it has one.</param>
    /// <param name="floor">The least similarity of a pair.</param>
    /// <param name="maxDays">The largest gap between a pair's dates.</param>
    public static List<(int A, int B, float Similarity)> Find(
        SparseVector[] text, Vocabulary vocabulary, DateOnly?[] dates, double floor, int maxDays)
    {
        var n = text.Length;
        var heaviest = new (ulong Term, float Weight)[n][];
        Parallel.For(0, n, Parallelism.PerCore, i => heaviest[i] = HeaviestTerms(text[i]));
        var postings = Postings.Of(heaviest, dates);
        var found = new List<(int, int, float)>[n];
        Parallelism.For(n, () => new Scratch(n, vocabulary.Count), (i, scratch) =>
        {
            var partial = scratch.Partial;
            var terms = heaviest[i];
            for (var k = 0; k < terms.Length; k++)
            {
                var (start, length) = postings.Lists[postings.ListOf[i][k]];
                var position = Array.BinarySearch(postings.Order, start, length, Postings.OrderOf(dates[i], i));
                var from = Math.Max(start, position - Window);
                var to = Math.Min(start + length - 1, position + Window);
                for (var q = from; q <= to; q++)
                {
                    var j = Postings.DocOf(postings.Order[q]);
                    if (j > i)
                    {
                        partial.Add(j, terms[k].Weight * postings.Weights[q]);
                    }
                }
            }

            var best = Best(partial);
            partial.Clear();
            var pairs = new List<(int, int, float)>();
            // The article spread over the table once; each partner's terms read against it, in their order (ascending,
            // as a walk along both vectors adds them: the same products in the same order, so the same sum).
            var table = scratch.Table;
            table.Fill(vocabulary.Terms[i], text[i].Values);
            foreach (var j in best)
            {
                if (DateGap.Days(dates[i], dates[i], dates[j], dates[j]) > maxDays)
                {
                    continue;
                }

                var similarity = table.Dot(vocabulary.Terms[j], text[j].Values);
                if (similarity >= floor)
                {
                    pairs.Add((i, j, (float)similarity));
                }
            }


            if (pairs.Count > Kept)
            {
                pairs.Sort((x, y) => x.Item3 != y.Item3 ? y.Item3.CompareTo(x.Item3) : x.Item2.CompareTo(y.Item2));
                pairs.RemoveRange(Kept, pairs.Count - Kept);
            }

            pairs.Sort();
            found[i] = pairs;
        });

        var all = new List<(int A, int B, float Similarity)>();
        foreach (var pairs in found)
        {
            all.AddRange(pairs);
        }

        return all;
    }

    // The Scored partners with the largest partial dot products (ties: smaller index), by a
    // bounded heap: O(m log Scored) rather than sorting all m partners. Which they are does not depend on the
    // order the partners come in.
    private static int[] Best(PartialSums partial)
    {
        var heap = new PriorityQueue<int, (float Score, int Doc)>(Scored + 1, WorstFirst.Instance);
        foreach (var (doc, score) in partial.Sums())
        {
            if (heap.Count < Scored)
            {
                heap.Enqueue(doc, (score, doc));
            }
            else if (heap.TryPeek(out _, out var worst) && WorstFirst.Instance.Compare((score, doc), worst) > 0)
            {
                heap.DequeueEnqueue(doc, (score, doc));
            }
        }

        var best = new int[heap.Count];
        for (var b = best.Length - 1; b >= 0; b--)
        {
            best[b] = heap.Dequeue();
        }

        return best;
    }

    // Orders partners from worst to best: lower score first; on equal scores the larger index.
    private sealed class WorstFirst : IComparer<(float Score, int Doc)>
    {
        public static WorstFirst Instance { get; } = new();

        public int Compare((float Score, int Doc) x, (float Score, int Doc) y) =>
            x.Score != y.Score ? x.Score.CompareTo(y.Score) : y.Doc.CompareTo(x.Doc);
    }

    // The IndexedTerms heaviest terms (ties: smaller key), heaviest first: kept in order as the terms go by,
    // each compared with the lightest kept (a vector has up to TermWeighting.TermsPerVector terms; sorting
    // them all with a comparison delegate cost as much as all the index's lookups).
    internal static (ulong Term, float Weight)[] HeaviestTerms(SparseVector vector)
    {
        var terms = new (ulong Term, float Weight)[Math.Min(IndexedTerms, vector.Count)];
        var count = 0;
        for (var k = 0; k < vector.Count; k++)
        {
            var (key, value) = (vector.Keys[k], vector.Values[k]);
            if (count == terms.Length && !Heavier(key, value, terms[^1]))
            {
                continue;
            }

            var at = count == terms.Length ? terms.Length - 1 : count++;
            while (at > 0 && Heavier(key, value, terms[at - 1]))
            {
                terms[at] = terms[at - 1];
                at--;
            }

            terms[at] = (key, value);
        }

        return terms;
    }

    private static bool Heavier(ulong key, float value, (ulong Term, float Weight) than) =>
        value != than.Weight ? value > than.Weight : key < than.Term;

    // Every term's posting list in three flat arrays, the lists one after another (a list and three arrays per term
    // were a fifth of what finding the pairs allocated): each entry's place in date order (day, then article, in one
    // number), and its weight; for each article, the list of each of its heaviest terms.
    private sealed class Postings
    {
        public required long[] Order { get; init; }

        public required float[] Weights { get; init; }

        public required (int Start, int Length)[] Lists { get; init; }

        public required int[][] ListOf { get; init; }

        // Undated articles after every dated one; the article breaks ties, as it is unique within a list.
        public static long OrderOf(DateOnly? date, int doc) => ((long)(date?.DayNumber ?? int.MaxValue) << 32) | (uint)doc;

        public static int DocOf(long order) => (int)(order & uint.MaxValue);

        public static Postings Of((ulong Term, float Weight)[][] heaviest, DateOnly?[] dates)
        {
            var listOfTerm = new Dictionary<ulong, int>();
            var listOf = new int[heaviest.Length][];
            var lengths = new List<int>();
            for (var i = 0; i < heaviest.Length; i++)
            {
                listOf[i] = new int[heaviest[i].Length];
                for (var k = 0; k < heaviest[i].Length; k++)
                {
                    ref var list = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(listOfTerm, heaviest[i][k].Term, out var exists);
                    if (!exists)
                    {
                        list = lengths.Count;
                        lengths.Add(0);
                    }

                    listOf[i][k] = list;
                    lengths[list]++;
                }
            }

            var lists = new (int Start, int Length)[lengths.Count];
            var next = new int[lengths.Count];
            for (int l = 0, start = 0; l < lists.Length; start += lengths[l], l++)
            {
                lists[l] = (start, lengths[l]);
                next[l] = start;
            }

            var total = lists.Length == 0 ? 0 : lists[^1].Start + lists[^1].Length;
            var order = new long[total];
            var weights = new float[total];
            for (var i = 0; i < heaviest.Length; i++)
            {
                for (var k = 0; k < heaviest[i].Length; k++)
                {
                    var at = next[listOf[i][k]]++;
                    (order[at], weights[at]) = (OrderOf(dates[i], i), heaviest[i][k].Weight);
                }
            }

            foreach (var (start, length) in lists)
            {
                Array.Sort(order, weights, start, length);
            }

            return new Postings { Order = order, Weights = weights, Lists = lists, ListOf = listOf };
        }
    }

    // A worker's own table of term weights and partial sums (Parallelism.For).
    private sealed class Scratch(int articles, int vocabulary)
    {
        public TermTable Table { get; } = new(vocabulary);

        public PartialSums Partial { get; } = new(articles);
    }

    // An article's partial dot product with each partner, in an array by partner with the partners met listed (a
    // dictionary cost a hash lookup per posting read). Each sum is added to in the same order as before, so its bits
    // are the same.
    private sealed class PartialSums(int articles)
    {
        private readonly float[] _sums = new float[articles];
        private readonly bool[] _met = new bool[articles];
        private readonly List<int> _partners = [];

        public void Add(int partner, float value)
        {
            if (!_met[partner])
            {
                _met[partner] = true;
                _partners.Add(partner);
            }

            _sums[partner] += value;
        }

        public IEnumerable<(int Partner, float Sum)> Sums()
        {
            foreach (var partner in _partners)
            {
                yield return (partner, _sums[partner]);
            }
        }

        public void Clear()
        {
            foreach (var partner in _partners)
            {
                (_sums[partner], _met[partner]) = (0, false);
            }

            _partners.Clear();
        }
    }
}
