namespace Digest.Dedup;

/// <summary>
/// Pairs of articles worth comparing for stories and topics, without comparing all pairs: an
/// inverted index over each article's heaviest terms, each posting list in date order, and each
/// article compared only with its <see cref="Window"/> nearest neighbours in date order on each of
/// its terms. Reports of one event are close in time and share their most distinctive words, so
/// they meet in some window; the cost is O(n · terms · window), linear in n.
/// </summary>
internal static class CandidatePairs
{
    /// <summary>Heaviest terms of an article that go into the index.</summary>
    public const int IndexedTerms = 12;

    /// <summary>Neighbours on each side in a posting list.</summary>
    public const int Window = 48;

    /// <summary>Most promising partners (by partial dot product) scored in full per article.</summary>
    public const int Scored = 40;

    /// <summary>Pairs (i &lt; j) whose similarity reaches <paramref name="floor"/>, with it; sorted by pair.</summary>
    public static List<(int A, int B, float Similarity)> Find(
        SparseVector[] text, DateOnly?[] dates, double floor, int maxDays)
    {
        var n = text.Length;
        var postings = BuildPostings(text, dates);
        var found = new List<(int, int, float)>[n];
        Parallel.For(0, n, () => new Dictionary<int, float>(), (i, _, partial) =>
        {
            partial.Clear();
            foreach (var (term, weight) in HeaviestTerms(text[i]))
            {
                var list = postings[term];
                var position = Array.BinarySearch(list.Order, (DayOf(dates[i]), i));
                var from = Math.Max(0, position - Window);
                var to = Math.Min(list.Docs.Length - 1, position + Window);
                for (var q = from; q <= to; q++)
                {
                    var j = list.Docs[q];
                    if (j > i)
                    {
                        partial[j] = partial.GetValueOrDefault(j) + weight * list.Weights[q];
                    }
                }
            }

            var best = partial.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Take(Scored);
            var pairs = new List<(int, int, float)>();
            foreach (var (j, _) in best)
            {
                if (Similarity.GapDays(dates[i], dates[i], dates[j], dates[j]) > maxDays)
                {
                    continue;
                }

                var similarity = text[i].Dot(text[j]);
                if (similarity >= floor)
                {
                    pairs.Add((i, j, (float)similarity));
                }
            }

            pairs.Sort();
            found[i] = pairs;
            return partial;
        }, _ => { });

        var all = new List<(int A, int B, float Similarity)>();
        foreach (var pairs in found)
        {
            all.AddRange(pairs);
        }

        return all;
    }

    private static IEnumerable<(ulong Term, float Weight)> HeaviestTerms(SparseVector vector)
    {
        var indices = Enumerable.Range(0, vector.Count)
            .OrderByDescending(k => vector.Values[k]).ThenBy(k => vector.Keys[k]).Take(IndexedTerms);
        return indices.Select(k => (vector.Keys[k], vector.Values[k]));
    }

    private static int DayOf(DateOnly? date) => date?.DayNumber ?? int.MaxValue;

    private static Dictionary<ulong, Posting> BuildPostings(SparseVector[] text, DateOnly?[] dates)
    {
        var lists = new Dictionary<ulong, List<(int Day, int Doc, float Weight)>>();
        for (var i = 0; i < text.Length; i++)
        {
            foreach (var (term, weight) in HeaviestTerms(text[i]))
            {
                if (!lists.TryGetValue(term, out var list))
                {
                    lists[term] = list = [];
                }

                list.Add((DayOf(dates[i]), i, weight));
            }
        }

        var postings = new Dictionary<ulong, Posting>(lists.Count);
        foreach (var (term, list) in lists)
        {
            list.Sort((a, b) => a.Day != b.Day ? a.Day.CompareTo(b.Day) : a.Doc.CompareTo(b.Doc));
            postings[term] = new Posting(
                list.Select(e => (e.Day, e.Doc)).ToArray(),
                list.Select(e => e.Doc).ToArray(),
                list.Select(e => e.Weight).ToArray());
        }

        return postings;
    }

    private sealed record Posting((int Day, int Doc)[] Order, int[] Docs, float[] Weights);
}
