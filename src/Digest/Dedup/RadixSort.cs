using System.Numerics;
using System.Runtime.InteropServices;

namespace Digest.Dedup;

/// <summary>
/// Sorts unsigned integer keys ascending by their bytes, least significant first (LSD radix sort): one counting pass
/// per byte instead of comparisons. Every article's shingle hashes are sorted to count the distinct ones (a few hundred
/// keys each), and <see cref="Array.Sort(Array)"/>'s comparison sort was nine tenths of making the shingles
/// (perf, 100,000 seeds). Written here: no package sorts primitive keys this way, and the runtime's sort compares (in the
/// ahead-of-time-compiled tool through a comparer's interface call per comparison, for numbers too).
/// The order of equal keys cannot show (they are the same value), so the result is exactly Array.Sort's.
/// </summary>
internal static class RadixSort
{
    // Below this a comparison sort (insertion sort for the smallest) costs less than the passes and their counts.
    private const int From = 64;

    /// <summary>Sorts <paramref name="keys"/> in place, ascending.</summary>
    public static void Sort(Span<uint> keys) => Sort<uint>(keys);

    /// <summary>Sorts <paramref name="keys"/> in place, ascending.</summary>
    public static void Sort(Span<ulong> keys) => Sort<ulong>(keys);

    /// <summary>
    /// Sorts <paramref name="values"/> in place, ascending; each must be zero or a positive finite number, whose bits read
    /// as an unsigned integer order as the numbers do (the same order as <see cref="Array.Sort(Array)"/>'s).
    /// </summary>
    public static void SortNonNegative<T>(Span<T> values)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        switch (System.Runtime.CompilerServices.Unsafe.SizeOf<T>())
        {
            case sizeof(ulong):
                Sort(MemoryMarshal.Cast<T, ulong>(values));
                break;
            case sizeof(uint):
                Sort(MemoryMarshal.Cast<T, uint>(values));
                break;
            default:
                values.Sort();
                break;
        }
    }

    private static void Sort<T>(Span<T> keys)
        where T : unmanaged, IBinaryInteger<T>, IUnsignedNumber<T>
    {
        if (keys.Length < From)
        {
            keys.Sort();
            return;
        }

        var scratch = Scratch<T>.Take(keys.Length);
        var passes = System.Runtime.CompilerServices.Unsafe.SizeOf<T>();
        Span<int> counts = stackalloc int[8 * 256];
        counts.Clear();
        foreach (var key in keys)
        {
            for (var pass = 0; pass < passes; pass++)
            {
                counts[(pass * 256) + ByteOf(key, pass * 8)]++;
            }
        }

        Span<T> from = keys;
        Span<T> to = scratch.AsSpan(0, keys.Length);
        for (var pass = 0; pass < passes; pass++)
        {
            var count = counts.Slice(pass * 256, 256);
            var shift = pass * 8;
            // A byte that every key shares moves nothing: the pass is skipped.
            if (count[ByteOf(from[0], shift)] == keys.Length)
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
                to[count[ByteOf(key, shift)]++] = key;
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

    private static int ByteOf<T>(T key, int shift)
        where T : unmanaged, IBinaryInteger<T> => int.CreateTruncating(key >>> shift) & 0xFF;

    // A buffer per thread and key type, kept between sorts.
    private static class Scratch<T>
    {
        [ThreadStatic]
        private static T[]? t_buffer;

        public static T[] Take(int length) =>
            t_buffer is { } kept && kept.Length >= length ? kept : t_buffer = new T[Math.Max(length, 1024)];
    }
}
