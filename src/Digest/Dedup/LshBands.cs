namespace Digest.Dedup;

/// <summary>
/// Locality-sensitive hashing by banding: a signature of <c>b·r</c> bins is cut into <c>b</c> bands
/// of <c>r</c> rows; two documents are candidates when all rows of at least one band agree. With
/// Jaccard similarity <c>s</c> that happens with probability <c>1 − (1 − s^r)^b</c>, an S-curve
/// whose threshold is near <c>(1/b)^(1/r)</c>. Each band is a sort of n keys, so the search costs
/// O(b·n log n) instead of the n²/2 comparisons of all pairs.
/// </summary>
public static class LshBands
{
    /// <summary>
    /// Candidate pairs (i &lt; j), distinct and sorted. A bucket larger than
    /// <paramref name="maxBucket"/> (one boilerplate text shared by thousands of documents) yields
    /// only the pairs of each member with the bucket's first member and its neighbour, so one
    /// bucket cannot make the search quadratic; the groups it joins are still connected.
    /// </summary>
    public static List<(int A, int B)> Candidates(IReadOnlyList<uint[]> signatures, int bands, int rows, int maxBucket = 64)
    {
        ArgumentNullException.ThrowIfNull(signatures);
        var n = signatures.Count;
        var perBand = new List<(int, int)>[bands];
        Parallel.For(0, bands, Parallelism.PerCore, band =>
        {
            var keys = new ulong[n];
            var docs = new int[n];
            for (var d = 0; d < n; d++)
            {
                var key = (ulong)band + 1;
                var signature = signatures[d];
                for (var r = band * rows; r < (band + 1) * rows && r < signature.Length; r++)
                {
                    key = StableHash.Combine(key, signature[r]);
                }

                (keys[d], docs[d]) = (key, d);
            }

            // Keys sorted as primitives with their documents alongside, then each bucket's documents in
            // order: the order of sorting (key, document) pairs, without comparing tuples field by field.
            Array.Sort(keys, docs);
            var pairs = new List<(int, int)>();
            for (var start = 0; start < n;)
            {
                var end = start + 1;
                while (end < n && keys[end] == keys[start])
                {
                    end++;
                }

                if (end - start > 1)
                {
                    Array.Sort(docs, start, end - start);
                    AddBucket(docs.AsSpan(start, end - start), maxBucket, pairs);
                }

                start = end;
            }

            perBand[band] = pairs;
        });

        var all = new List<(int A, int B)>();
        foreach (var pairs in perBand)
        {
            all.AddRange(pairs);
        }

        all.Sort();
        var distinct = new List<(int A, int B)>(all.Count);
        foreach (var pair in all)
        {
            if (distinct.Count == 0 || distinct[^1] != pair)
            {
                distinct.Add(pair);
            }
        }

        return distinct;
    }

    // The pairs of one bucket's documents (ascending).
    private static void AddBucket(Span<int> bucket, int maxBucket, List<(int, int)> pairs)
    {
        if (bucket.Length <= maxBucket)
        {
            for (var i = 0; i < bucket.Length; i++)
            {
                for (var j = i + 1; j < bucket.Length; j++)
                {
                    pairs.Add((bucket[i], bucket[j]));
                }
            }

            return;
        }

        for (var i = 1; i < bucket.Length; i++)
        {
            pairs.Add((bucket[0], bucket[i]));
            if (i > 1)
            {
                pairs.Add((bucket[i - 1], bucket[i]));
            }
        }
    }
}
