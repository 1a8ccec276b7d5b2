namespace Digest.Dedup;

/// <summary>A cluster's summed vector spread over the vocabulary, for scoring it against each of its neighbours after a merge.</summary>
internal sealed partial class AverageLinkClustering
{
    // A weight per term of the vocabulary, zero where the cluster has none: a term of the neighbour is looked up by
    // one read, without a probe or a branch (an open-addressing table of the cluster's terms cost a mispredicted
    // branch or two per lookup, a third of clustering the topics of 10,000 reports).
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
            for (var k = 0; k < _heldCount; k++)
            {
                _weights[_held[k]] = 0;
            }

            for (var k = 0; k < count; k++)
            {
                _weights[terms[k]] = weights[k];
            }

            (_held, _heldCount) = (terms, count);
        }

        /// <summary>
        /// Σ table weight × weight over the terms of <paramref name="terms"/>, added in the order of <paramref name="terms"/>:
        /// for terms ascending, the same sum, bit for bit, as walking two sorted vectors. A term the table lacks adds
        /// +0 (weights are zero or positive), which leaves the sum's bits as they are.
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
    }
}
