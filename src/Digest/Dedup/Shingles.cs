namespace Digest.Dedup;

/// <summary>
/// Word shingles: every run of <c>k</c> consecutive words, hashed. Two texts that share most of
/// their shingles share most of their wording in the same order, which is what a syndicated copy
/// is (a bag of words would also match two different reports of one event).
/// </summary>
public static class Shingles
{
    /// <summary>
    /// The distinct shingle hashes of a word-hash sequence, sorted ascending. A text shorter than
    /// <paramref name="size"/> words yields one shingle of all its words; an empty text none.
    /// </summary>
    public static uint[] Of(ReadOnlySpan<ulong> words, int size)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        if (words.IsEmpty)
        {
            return [];
        }

        var count = Math.Max(1, words.Length - size + 1);
        var hashes = new uint[count];
        for (var i = 0; i < count; i++)
        {
            var hash = 0UL;
            var end = Math.Min(words.Length, i + size);
            for (var j = i; j < end; j++)
            {
                hash = StableHash.Combine(hash, words[j]);
            }

            hashes[i] = (uint)(hash >> 32);
        }

        RadixSort.Sort(hashes);
        var distinct = 0;
        for (var i = 0; i < hashes.Length; i++)
        {
            if (i == 0 || hashes[i] != hashes[distinct - 1])
            {
                hashes[distinct++] = hashes[i];
            }
        }

        return distinct == hashes.Length ? hashes : hashes[..distinct];
    }

    /// <summary>Size of the intersection of two sorted sets.</summary>
    public static int Overlap(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        int i = 0, j = 0, common = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                common++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return common;
    }

    /// <summary>Jaccard similarity |A∩B| / |A∪B| of two sorted sets (0 when both are empty).</summary>
    public static double Jaccard(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        var common = Overlap(a, b);
        var union = a.Length + b.Length - common;
        return union == 0 ? 0 : (double)common / union;
    }

    /// <summary>Containment |A∩B| / min(|A|,|B|): how much of the shorter text lies inside the longer.</summary>
    public static double Containment(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        var smaller = Math.Min(a.Length, b.Length);
        return smaller == 0 ? 0 : (double)Overlap(a, b) / smaller;
    }
}
