using System.Buffers;
using System.Numerics;

namespace Digest.Dedup;

/// <summary>
/// The terms of a set of vectors, numbered: each vector's terms as indexes into the distinct terms of all of them sorted
/// by hash. The indexes ascend as the hashes do, so sums taken in term order are the same as over the hashes. With them
/// a vector can be spread over a table of <see cref="Count"/> weights and another read against it, a read per term,
/// without a probe or a branch (candidate pairs, clustering).
/// </summary>
/// <param name="Terms">Each vector's terms, in the vector's order.</param>
/// <param name="Count">How many distinct terms there are.</param>
internal sealed record Vocabulary(int[][] Terms, int Count)
{
    /// <summary>Numbers the terms of <paramref name="vectors"/>.</summary>
    public static Vocabulary Of(SparseVector[] vectors)
    {
        var distinct = Distinct(vectors);
        // Where each run of terms with the same leading bits starts (about one term a run): the hashes are
        // spread evenly, so a term is found by a read and a short scan. A dictionary of the terms, tried first,
        // was a large-object allocation that set off a full collection at 10,000 reports.
        var bits = Math.Max(1, BitOperations.Log2((uint)Math.Max(1, distinct.Length)));
        var shift = 64 - bits;
        var start = new int[(1 << bits) + 1];
        foreach (var term in distinct)
        {
            start[(int)(term >> shift) + 1]++;
        }

        for (var b = 1; b < start.Length; b++)
        {
            start[b] += start[b - 1];
        }

        var terms = new int[vectors.Length][];
        Parallel.For(0, vectors.Length, Parallelism.PerCore, i =>
        {
            var keys = vectors[i].Keys;
            var indexes = new int[keys.Length];
            for (var k = 0; k < keys.Length; k++)
            {
                var at = start[(int)(keys[k] >> shift)];
                while (distinct[at] != keys[k])
                {
                    at++;
                }

                indexes[k] = at;
            }

            terms[i] = indexes;
        });
        return new Vocabulary(terms, distinct.Length);
    }

    // A run is a few terms: sorted in place without a call per comparison (Span.Sort on each was most of this step).
    private static void InsertionSort(Span<ulong> run)
    {
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

    // The distinct terms of all vectors, ascending: spread into runs by their leading bits (one counting pass and
    // one that places them), each run sorted on its own (a handful of terms) with its repeats dropped. Gathered in a
    // pooled buffer: a new one would be a large-object allocation, which sets off full collections.
    private static ulong[] Distinct(SparseVector[] vectors)
    {
        var total = 0;
        foreach (var vector in vectors)
        {
            total += vector.Count;
        }

        var bits = Math.Clamp(BitOperations.Log2((uint)Math.Max(1, total / 4)), 1, 20);
        var shift = 64 - bits;
        var next = new int[(1 << bits) + 1];
        foreach (var vector in vectors)
        {
            foreach (var key in vector.Keys)
            {
                next[(int)(key >> shift) + 1]++;
            }
        }

        for (var b = 1; b < next.Length; b++)
        {
            next[b] += next[b - 1];
        }

        var all = ArrayPool<ulong>.Shared.Rent(total);
        try
        {
            foreach (var vector in vectors)
            {
                foreach (var key in vector.Keys)
                {
                    all[next[(int)(key >> shift)]++] = key;
                }
            }

            // Each run now ends where the next begins (next[b] is run b's end); kept terms are written over the
            // ones read, never ahead of them.
            var distinct = 0;
            for (int b = 0, from = 0; b < next.Length - 1; from = next[b++])
            {
                var run = all.AsSpan(from, next[b] - from);
                InsertionSort(run);
                foreach (var key in run)
                {
                    if (distinct == 0 || all[distinct - 1] != key)
                    {
                        all[distinct++] = key;
                    }
                }
            }

            return all.AsSpan(0, distinct).ToArray();
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(all);
        }
    }
}
