using System.Numerics;

namespace Digest.Dedup;

/// <summary>
/// The distinct terms of several lists of term hashes, ascending, each with how many lists hold it; a term's place is
/// found by one read and a short scan. The hashes are spread evenly, so the terms are spread into runs by their leading
/// bits (one counting pass and one that places them) and each run is sorted on its own: no comparison sort of all of
/// them, and no dictionary (looking each term of every report up in a dictionary of document frequencies was two fifths
/// of weighing the reports, perf at 10,000). Written by hand: no package indexes 64-bit hashes so.
/// </summary>
internal sealed class TermIndex
{
    // Runs longer than this (a common term's copies with another's) are sorted by Span.Sort: an insertion sort of two
    // interleaved terms held by thousands of lists each would take millions of steps.
    private const int InsertionSortUpTo = 32;

    private readonly ulong[] _terms;

    // How many lists hold each term, by its place (the array may run past the last term).
    private readonly int[] _lists;
    private readonly int[] _start;
    private readonly int _shift;

    private TermIndex(ulong[] terms, int[] lists)
    {
        _terms = terms;
        _lists = lists;
        // Where each run of terms with the same leading bits starts (about one term a run).
        var bits = Math.Max(1, BitOperations.Log2((uint)Math.Max(1, terms.Length)));
        _shift = 64 - bits;
        _start = new int[(1 << bits) + 1];
        foreach (var term in terms)
        {
            _start[(int)(term >> _shift) + 1]++;
        }

        for (var b = 1; b < _start.Length; b++)
        {
            _start[b] += _start[b - 1];
        }
    }

    /// <summary>How many distinct terms there are.</summary>
    public int Count => _terms.Length;

    /// <summary>Indexes the terms of <paramref name="lists"/> (the terms of each list distinct).</summary>
    public static TermIndex Of(IReadOnlyList<ulong[]> lists)
    {
        ArgumentNullException.ThrowIfNull(lists);
        var total = 0;
        foreach (var list in lists)
        {
            total += list.Length;
        }

        var bits = Math.Clamp(BitOperations.Log2((uint)Math.Max(1, total / 4)), 1, 20);
        var shift = 64 - bits;
        var next = new int[(1 << bits) + 1];
        foreach (var list in lists)
        {
            foreach (var term in list)
            {
                next[(int)(term >> shift) + 1]++;
            }
        }

        for (var b = 1; b < next.Length; b++)
        {
            next[b] += next[b - 1];
        }

        // Every term of every list is placed in one buffer, left to the collector afterwards: a pooled one stays held by
        // the pool for the rest of the build (160 MB at 100,000 reports, through publish: the peak memory rose by as much).
        // The counts go into an array grown as distinct terms are found: a common term is in thousands of lists, so there
        // are far fewer of them than terms.
        var all = GC.AllocateUninitializedArray<ulong>(total);
        var counts = new int[Math.Max(16, total / 8)];
        foreach (var list in lists)
        {
            foreach (var term in list)
            {
                all[next[(int)(term >> shift)]++] = term;
            }
        }

        // Each run now ends where the next begins (next[b] is run b's end); distinct terms are written over the
        // ones read, never ahead of them.
        var distinct = 0;
        for (int b = 0, from = 0; b < next.Length - 1; from = next[b++])
        {
            var run = all.AsSpan(from, next[b] - from);
            Sort(run);
            foreach (var term in run)
            {
                if (distinct > 0 && all[distinct - 1] == term)
                {
                    counts[distinct - 1]++;
                }
                else
                {
                    if (distinct == counts.Length)
                    {
                        Array.Resize(ref counts, 2 * counts.Length);
                    }

                    all[distinct] = term;
                    counts[distinct++] = 1;
                }
            }
        }

        return new TermIndex(all.AsSpan(0, distinct).ToArray(), counts);
    }

    /// <summary>The place of <paramref name="term"/> among the distinct terms, ascending; the term must be one of them.</summary>
    public int IndexOf(ulong term)
    {
        var at = _start[(int)(term >> _shift)];
        while (_terms[at] != term)
        {
            at++;
        }

        return at;
    }

    /// <summary>How many of the lists hold the term at <paramref name="index"/> (its document frequency).</summary>
    public int ListsHolding(int index) => _lists[index];

    // A run is mostly a few terms: sorted in place without a call per comparison (Span.Sort on each was most of
    // numbering a vocabulary); a long one by Span.Sort.
    private static void Sort(Span<ulong> run)
    {
        if (run.Length > InsertionSortUpTo)
        {
            run.Sort();
            return;
        }

        for (var i = 1; i < run.Length; i++)
        {
            var key = run[i];
            var j = i - 1;
            while (j >= 0 && run[j] > key)
            {
                run[j + 1] = run[j];
                j--;
            }

            run[j + 1] = key;
        }
    }
}
