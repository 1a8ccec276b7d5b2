namespace Digest.Dedup;

/// <summary>
/// MinHash signatures, written in the project because no MinHash/LSH package restores here
/// (DESIGN.md). One-permutation hashing (Li, Owen and Zhang 2012) with optimal densification
/// (Shrivastava 2017): each shingle is hashed once and lands in one of <c>k</c> bins, each bin keeps
/// its minimum, and an empty bin borrows the value of a bin picked by a seeded probe sequence.
/// The probability that two signatures agree in a bin is their Jaccard similarity, as with
/// <c>k</c> independent permutations, at 1/k of the cost: the whole stage hashes each shingle once.
/// </summary>
public static class MinHash
{
    /// <summary>The signature of a set of shingle hashes; <paramref name="size"/> bins.</summary>
    public static uint[] Signature(ReadOnlySpan<uint> shingles, int size)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        var bins = new uint[size];
        var filled = new bool[size];
        foreach (var shingle in shingles)
        {
            var hash = StableHash.Mix(shingle | ((ulong)shingle << 32));
            var bin = (int)((hash >> 32) * (ulong)size >> 32);
            var value = (uint)hash;
            if (!filled[bin] || value < bins[bin])
            {
                bins[bin] = value;
                filled[bin] = true;
            }
        }

        if (shingles.IsEmpty)
        {
            return bins;
        }

        // Optimal densification: an empty bin copies the first filled bin of its own probe
        // sequence, so two sets that agree on the filled bins also agree on the borrowed ones.
        var result = (uint[])bins.Clone();
        for (var i = 0; i < size; i++)
        {
            if (filled[i])
            {
                continue;
            }

            for (var attempt = 1UL; ; attempt++)
            {
                var probe = (int)((StableHash.Mix(((ulong)i << 32) | attempt) >> 32) * (ulong)size >> 32);
                if (filled[probe])
                {
                    result[i] = bins[probe];
                    break;
                }
            }
        }

        return result;
    }

    /// <summary>The share of bins on which two signatures agree: an estimate of the sets' Jaccard similarity.</summary>
    public static double Estimate(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        var same = 0;
        for (var i = 0; i < a.Length; i++)
        {
            same += a[i] == b[i] ? 1 : 0;
        }

        return a.Length == 0 ? 0 : (double)same / a.Length;
    }
}
