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
        ArgumentNullException.ThrowIfNull(vectors);
        var index = TermIndex.Of(Array.ConvertAll(vectors, v => v.Keys));
        var terms = new int[vectors.Length][];
        Parallel.For(0, vectors.Length, Parallelism.PerCore, i =>
        {
            var keys = vectors[i].Keys;
            var indexes = new int[keys.Length];
            for (var k = 0; k < keys.Length; k++)
            {
                indexes[k] = index.IndexOf(keys[k]);
            }

            terms[i] = indexes;
        });
        return new Vocabulary(terms, index.Count);
    }
}
