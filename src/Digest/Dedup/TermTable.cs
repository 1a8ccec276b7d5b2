namespace Digest.Dedup;

/// <summary>
/// A vector spread over the vocabulary (<see cref="Vocabulary"/>): a weight per term, zero where the vector has none, so
/// that another vector is read against it with one read per term, without a probe or a branch (an open-addressing table
/// of the vector's terms cost a mispredicted branch or two per lookup, a third of clustering the topics of 10,000
/// reports). Candidate pairs read an article's partners against it, clustering a merged cluster's neighbours.
/// </summary>
/// <param name="vocabulary">How many terms the vocabulary has.</param>
internal sealed class TermTable(int vocabulary)
{
    private readonly double[] _weights = new double[vocabulary];
    private int[] _held = [];
    private int _heldCount;

    /// <summary>Terms held.</summary>
    public int Count => _heldCount;

    /// <summary>Holds <paramref name="count"/> terms of <paramref name="terms"/> (distinct vocabulary indexes) with their weights, replacing what it held.</summary>
    public void Fill(int[] terms, double[] weights, int count)
    {
        Clear();
        for (var k = 0; k < count; k++)
        {
            _weights[terms[k]] = weights[k];
        }

        (_held, _heldCount) = (terms, count);
    }

    /// <summary>Holds the terms of <paramref name="terms"/> with their weights, widened, replacing what it held.</summary>
    public void Fill(int[] terms, float[] weights)
    {
        Clear();
        for (var k = 0; k < terms.Length; k++)
        {
            _weights[terms[k]] = weights[k];
        }

        (_held, _heldCount) = (terms, terms.Length);
    }

    /// <summary>
    /// Σ table weight × weight over the terms of <paramref name="terms"/>, added in the order of <paramref name="terms"/>:
    /// for terms ascending, the same sum, bit for bit, as walking two sorted vectors. A term the table lacks adds +0
    /// (weights are zero or positive), which leaves the sum's bits as they are.
    /// </summary>
    public double Dot(int[] terms, double[] weights, int count)
    {
        var table = _weights;
        double total = 0;
        for (var k = 0; k < count; k++)
        {
            total += table[terms[k]] * weights[k];
        }

        return total;
    }

    /// <summary>As <see cref="Dot(int[], double[], int)"/> for a vector of float weights, each widened.</summary>
    public double Dot(int[] terms, float[] weights)
    {
        var table = _weights;
        double total = 0;
        for (var k = 0; k < terms.Length; k++)
        {
            total += table[terms[k]] * weights[k];
        }

        return total;
    }

    // Back to all zeros: only the terms held were set.
    private void Clear()
    {
        for (var k = 0; k < _heldCount; k++)
        {
            _weights[_held[k]] = 0;
        }
    }
}
