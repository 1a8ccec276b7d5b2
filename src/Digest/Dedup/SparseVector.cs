namespace Digest.Dedup;

/// <summary>A sparse vector keyed by term hash, keys ascending.</summary>
internal sealed class SparseVector(ulong[] keys, float[] values)
{
    public static SparseVector Empty { get; } = new([], []);

    public ulong[] Keys { get; } = keys;

    public float[] Values { get; } = values;

    public int Count => Keys.Length;

    /// <summary>
    /// Builds a vector from weights (keys ascending; weights zero or positive): keeps the <paramref name="top"/>
    /// heaviest (ties to the smaller key), scaled to unit length, in arrays of its own.
    /// </summary>
    public static SparseVector Normalised(ulong[] keys, float[] weights, int top) =>
        Normalised(keys, weights, keys.Length, top, new float[keys.Length]);

    /// <summary>
    /// As <see cref="Normalised(ulong[], float[], int)"/> over the first <paramref name="count"/> terms, which stay the
    /// caller's. <paramref name="sorted"/> is a buffer of at least <paramref name="count"/> weights to sort them in.
    /// </summary>
    public static SparseVector Normalised(ulong[] keys, float[] weights, int count, int top, float[] sorted)
    {
        if (count == 0)
        {
            return Empty;
        }

        return count > top
            ? UnitLength(TopTerms.Of(keys, weights, count, top, sorted))
            : UnitLength((keys.AsSpan(0, count).ToArray(), weights.AsSpan(0, count).ToArray()));
    }

    // The vector of these terms, its weights (its own array) scaled to unit length in place.
    private static SparseVector UnitLength((ulong[] Keys, float[] Weights) terms)
    {
        var (keys, weights) = terms;
        double sum = 0;
        foreach (var weight in weights)
        {
            sum += (double)weight * weight;
        }

        var norm = Math.Sqrt(sum);
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = norm > 0 ? (float)(weights[i] / norm) : 0;
        }

        return new SparseVector(keys, weights);
    }

    public double Dot(SparseVector other)
    {
        double sum = 0;
        int i = 0, j = 0;
        var a = Keys;
        var b = other.Keys;
        var (x, y) = (Values, other.Values);
        while (i < a.Length && j < b.Length)
        {
            var (ka, kb) = (a[i], b[j]);
            if (ka == kb)
            {
                sum += (double)x[i] * y[j];
            }

            // Both step on a common term; otherwise the smaller key steps (without a branch to mispredict).
            i += ka <= kb ? 1 : 0;
            j += kb <= ka ? 1 : 0;
        }

        return sum;
    }
}
