namespace Digest.Dedup;

/// <summary>A sparse vector keyed by term hash, keys ascending.</summary>
internal sealed class SparseVector(ulong[] keys, float[] values)
{
    public static SparseVector Empty { get; } = new([], []);

    public ulong[] Keys { get; } = keys;

    public float[] Values { get; } = values;

    public int Count => Keys.Length;

    /// <summary>Builds a vector from unordered weights; keeps the <paramref name="top"/> heaviest, scaled to unit length.</summary>
    public static SparseVector Normalised(List<KeyValuePair<ulong, float>> weights, int top)
    {
        if (weights.Count == 0)
        {
            return Empty;
        }

        if (weights.Count > top)
        {
            // Heaviest first; ties by key so the cut is deterministic.
            weights.Sort((a, b) => b.Value != a.Value ? b.Value.CompareTo(a.Value) : a.Key.CompareTo(b.Key));
            weights.RemoveRange(top, weights.Count - top);
        }

        weights.Sort((a, b) => a.Key.CompareTo(b.Key));
        var norm = Math.Sqrt(weights.Sum(w => (double)w.Value * w.Value));
        var keys = new ulong[weights.Count];
        var values = new float[weights.Count];
        for (var i = 0; i < weights.Count; i++)
        {
            keys[i] = weights[i].Key;
            values[i] = norm > 0 ? (float)(weights[i].Value / norm) : 0;
        }

        return new SparseVector(keys, values);
    }

    public double Dot(SparseVector other)
    {
        double sum = 0;
        int i = 0, j = 0;
        var a = Keys;
        var b = other.Keys;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                sum += (double)Values[i] * other.Values[j];
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

        return sum;
    }
}
