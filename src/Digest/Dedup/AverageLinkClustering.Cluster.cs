namespace Digest.Dedup;

/// <summary>One cluster of <see cref="AverageLinkClustering"/>: its members, summed vector and date range.</summary>
internal sealed partial class AverageLinkClustering
{
    private sealed class Cluster(int id, int[] terms, float[] values, DateOnly? date)
    {
        public const int MaxTerms = 400;

        // The summed vector as terms ascending with their weights (a report's own float weights widened:
        // products are taken in double either way). Terms are indexes into the clustering's vocabulary, which
        // is in term-hash order, so they ascend as the hashes do. Sorted arrays make a dot product one walk
        // along both and a merge one pass that writes the new sum in order.
        private int[] _keys = terms;
        private double[] _weights = Array.ConvertAll(values, v => (double)v);
        private int _count = terms.Length;

        public int Id { get; } = id;

        public int Version { get; private set; }

        /// <summary>The items of the cluster, in no particular order.</summary>
        public List<int> Members { get; private set; } = [id];

        public DateOnly? First { get; private set; } = date;

        public DateOnly? Last { get; private set; } = date;

        public HashSet<int> Neighbours { get; } = [];

        /// <summary>|Σ|² of the summed vector, kept up to date on merges: |A + B|² = |A|² + |B|² + 2 A·B.</summary>
        public double SquaredNorm { get; private set; } = values.Sum(v => (double)v * v);

        /// <summary>Dot product of the summed vectors, term by term in ascending order (so the same every run).</summary>
        public double Dot(Cluster other)
        {
            var (a, x, m) = (_keys, _weights, _count);
            var (b, y, n) = (other._keys, other._weights, other._count);
            double total = 0;
            int i = 0, j = 0;
            while (i < m && j < n)
            {
                var (ka, kb) = (a[i], b[j]);
                if (ka == kb)
                {
                    total += x[i] * y[j];
                }

                // Both step on a common term; otherwise the smaller key steps (without a branch to mispredict).
                i += ka <= kb ? 1 : 0;
                j += kb <= ka ? 1 : 0;
            }

            return total;
        }

        /// <summary>Puts the summed vector into <paramref name="table"/>.</summary>
        public void FillTable(TermTable table) => table.Fill(_keys, _weights, _count);

        /// <summary>The dot product with the summed vector held in <paramref name="table"/>: the same value as <see cref="Dot(Cluster)"/> with that cluster.</summary>
        public double Dot(TermTable table) => table.Dot(_keys, _weights, _count);

        public void Absorb(Cluster other, double dot, SumScratch sum)
        {
            SquaredNorm += other.SquaredNorm + 2 * dot;
            // The smaller list joins the larger (a big topic absorbed by a report of a smaller id would
            // otherwise be copied whole on every such merge).
            if (other.Members.Count > Members.Count)
            {
                other.Members.AddRange(Members);
                Members = other.Members;
            }
            else
            {
                Members.AddRange(other.Members);
            }

            // The sum is made in the scratch arrays and only what is kept is copied out of them (a merge allocated the
            // sum, the sorted weights and the kept terms: a third of what the topics' merges allocated).
            var count = SumWith(other, sum.Room(_count + other._count));
            if (count > MaxTerms)
            {
                (_keys, _weights, var squaredNorm) = Heaviest(sum.Keys, sum.Weights, count, MaxTerms, sum.Sorted);
                count = MaxTerms;
                SquaredNorm = squaredNorm;
            }
            else
            {
                _keys = sum.Keys[..count];
                _weights = sum.Weights[..count];
            }

            _count = count;
            First = Min(First, other.First);
            Last = Max(Last, other.Last);
            Version++;
        }

        // This sum plus the other's, term by term, into sum's arrays: a term of both is this weight plus the other's. Returns the count of terms.
        private int SumWith(Cluster other, SumScratch sum)
        {
            var (a, x, m) = (_keys, _weights, _count);
            var (b, y, l) = (other._keys, other._weights, other._count);
            var (keys, weights) = (sum.Keys, sum.Weights);
            int i = 0, j = 0, n = 0;
            while (i < m || j < l)
            {
                if (j == l || (i < m && a[i] < b[j]))
                {
                    (keys[n], weights[n]) = (a[i], x[i]);
                    i++;
                }
                else if (i == m || b[j] < a[i])
                {
                    (keys[n], weights[n]) = (b[j], y[j]);
                    j++;
                }
                else
                {
                    (keys[n], weights[n]) = (a[i], x[i] + y[j]);
                    i++;
                    j++;
                }

                n++;
            }

            return n;
        }

        private static DateOnly? Min(DateOnly? x, DateOnly? y) => x is null ? y : y is null ? x : x < y ? x : y;

        private static DateOnly? Max(DateOnly? x, DateOnly? y) => x is null ? y : y is null ? x : x > y ? x : y;
    }

    // The arrays a merge sums two vectors in, and sorts the sum's weights in, grown as needed and kept from merge to merge.
    private sealed class SumScratch
    {
        public int[] Keys { get; private set; } = new int[2 * Cluster.MaxTerms];

        public double[] Weights { get; private set; } = new double[2 * Cluster.MaxTerms];

        public double[] Sorted { get; private set; } = new double[2 * Cluster.MaxTerms];

        // This, with room for length terms.
        public SumScratch Room(int length)
        {
            if (Keys.Length < length)
            {
                (Keys, Weights, Sorted) = (new int[length], new double[length], new double[length]);
            }

            return this;
        }
    }
}
