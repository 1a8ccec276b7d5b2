namespace Digest.Dedup;

/// <summary>A cluster's summed vector as a hash table, for scoring it against each of its neighbours after a merge.</summary>
internal sealed partial class AverageLinkClustering
{
    // Open addressing with linear probing over a power-of-two table, at most half full; key 0 marks an empty slot
    // (a term whose hash is 0 is kept aside). Written by hand: Dictionary<ulong, double> costs a bucket and an
    // entry read per lookup, which is what made lookups slower than a walk along both sorted vectors.
    internal sealed class TermTable
    {
        private ulong[] _keys = new ulong[1024];
        private double[] _weights = new double[1024];
        private int _mask = 1023;
        private bool _hasZero;
        private double _zeroWeight;

        /// <summary>Terms held.</summary>
        public int Count { get; private set; }

        /// <summary>Holds <paramref name="count"/> terms of <paramref name="keys"/> (distinct) with their weights, replacing what it held.</summary>
        public void Fill(ulong[] keys, double[] weights, int count)
        {
            var size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, count * 2));
            if (size > _keys.Length)
            {
                _keys = new ulong[size];
                _weights = new double[size];
            }
            else
            {
                Array.Clear(_keys, 0, size);
            }

            _mask = size - 1;
            _hasZero = false;
            Count = count;
            for (var k = 0; k < count; k++)
            {
                var key = keys[k];
                if (key == 0)
                {
                    (_hasZero, _zeroWeight) = (true, weights[k]);
                    continue;
                }

                var i = (int)key & _mask;
                while (_keys[i] != 0)
                {
                    i = (i + 1) & _mask;
                }

                (_keys[i], _weights[i]) = (key, weights[k]);
            }
        }

        /// <summary>
        /// Σ table weight × weight over the terms of <paramref name="keys"/> the table holds, added in the order of
        /// <paramref name="keys"/>: for keys ascending, the same sum, bit for bit, as walking two sorted vectors.
        /// </summary>
        public double Dot(ulong[] keys, double[] weights, int count)
        {
            double total = 0;
            for (var k = 0; k < count; k++)
            {
                var key = keys[k];
                if (key == 0)
                {
                    if (_hasZero)
                    {
                        total += _zeroWeight * weights[k];
                    }

                    continue;
                }

                for (var i = (int)key & _mask; _keys[i] != 0; i = (i + 1) & _mask)
                {
                    if (_keys[i] == key)
                    {
                        total += _weights[i] * weights[k];
                        break;
                    }
                }
            }

            return total;
        }
    }
}
