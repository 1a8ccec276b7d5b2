namespace Digest.Dedup;

/// <summary>
/// Sorts 32-bit keys ascending by their bytes, least significant first (LSD radix sort): four counting passes
/// instead of comparisons. Every article's shingle hashes are sorted to count the distinct ones (a few hundred
/// keys each), and <see cref="Array.Sort(Array)"/>'s comparison sort was nine tenths of making the shingles
/// (perf, 100,000 seeds). Written here: no package sorts primitive keys this way, and the runtime's sort compares.
/// The order of equal keys cannot show (they are the same value), so the result is exactly Array.Sort's.
/// </summary>
internal static class RadixSort
{
    // Below this a comparison sort (insertion sort for the smallest) costs less than four passes and their counts.
    private const int From = 64;

    [ThreadStatic]
    private static uint[]? t_scratch;

    /// <summary>Sorts <paramref name="keys"/> in place, ascending.</summary>
    public static void Sort(Span<uint> keys)
    {
        if (keys.Length < From)
        {
            keys.Sort();
            return;
        }

        var scratch = t_scratch is { } kept && kept.Length >= keys.Length ? kept : t_scratch = new uint[Math.Max(keys.Length, 1024)];
        Span<int> counts = stackalloc int[4 * 256];
        counts.Clear();
        foreach (var key in keys)
        {
            counts[(int)(key & 0xFF)]++;
            counts[256 + (int)((key >> 8) & 0xFF)]++;
            counts[512 + (int)((key >> 16) & 0xFF)]++;
            counts[768 + (int)(key >> 24)]++;
        }

        Span<uint> from = keys;
        Span<uint> to = scratch.AsSpan(0, keys.Length);
        for (var pass = 0; pass < 4; pass++)
        {
            var count = counts.Slice(pass * 256, 256);
            var shift = pass * 8;
            // A byte that every key shares moves nothing: the pass is skipped.
            if (count[(int)((from[0] >> shift) & 0xFF)] == keys.Length)
            {
                continue;
            }

            var offset = 0;
            for (var b = 0; b < 256; b++)
            {
                (count[b], offset) = (offset, offset + count[b]);
            }

            foreach (var key in from)
            {
                to[count[(int)((key >> shift) & 0xFF)]++] = key;
            }

            var swap = from;
            from = to;
            to = swap;
        }

        if (from != keys)
        {
            from.CopyTo(keys);
        }
    }
}
