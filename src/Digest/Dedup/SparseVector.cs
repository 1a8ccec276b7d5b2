namespace Digest.Dedup;

/// <summary>A sparse vector keyed by term hash, keys ascending.</summary>
internal sealed class SparseVector(ulong[] keys, float[] values)
{
    public static SparseVector Empty { get; } = new([], []);

    public ulong[] Keys { get; } = keys;

    public float[] Values { get; } = values;

    public int Count => Keys.Length;

    /// <summary>
    /// Builds a vector from weights (keys ascending, as given; both arrays may be reused; weights zero or positive);
    /// keeps the <paramref name="top"/> heaviest (ties to the smaller key), scaled to unit length.
    /// </summary>
    public static SparseVector Normalised(ulong[] keys, float[] weights, int top)
    {
        if (keys.Length == 0)
        {
            return Empty;
        }

        if (keys.Length > top)
        {
            (keys, weights, _) = TopTerms.Of(keys, weights, keys.Length, top);
        }

        double sum = 0;
        foreach (var weight in weights)
        {
            sum += (double)weight * weight;
        }

        var norm = Math.Sqrt(sum);
        var values = new float[weights.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            values[i] = norm > 0 ? (float)(weights[i] / norm) : 0;
        }

        return new SparseVector(keys, values);
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
