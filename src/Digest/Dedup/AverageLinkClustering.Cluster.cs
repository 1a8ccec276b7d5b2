namespace Digest.Dedup;

/// <summary>One cluster of <see cref="AverageLinkClustering"/>: its members, summed vector and date range.</summary>
internal sealed partial class AverageLinkClustering
{
    private sealed class Cluster(int id, SparseVector vector, DateOnly? date)
    {
        private const int MaxTerms = 400;

        // Most clusters stay single reports: they share the report's vector; a dictionary of
        // summed weights is made only on the first merge.
        private SparseVector? _single = vector;
        private Dictionary<ulong, double>? _sum;

        public int Id { get; } = id;

        public int Version { get; private set; }

        public List<int> Members { get; } = [id];

        public DateOnly? First { get; private set; } = date;

        public DateOnly? Last { get; private set; } = date;

        public HashSet<int> Neighbours { get; } = [];

        /// <summary>|Σ|² of the summed vector, kept up to date on merges: |A + B|² = |A|² + |B|² + 2 A·B.</summary>
        public double SquaredNorm { get; private set; } = vector.Values.Sum(v => (double)v * v);

        /// <summary>Dot product of the summed vectors. Dictionary order is fixed by the (deterministic) sequence of inserts, so the sum is too.</summary>
        public double Dot(Cluster other)
        {
            if (_single is { } a && other._single is { } b)
            {
                return a.Dot(b);
            }

            if (_single is { } vector)
            {
                return DotWith(vector, other._sum!);
            }

            if (other._single is { } otherVector)
            {
                return DotWith(otherVector, _sum!);
            }

            var (small, large) = _sum!.Count <= other._sum!.Count ? (_sum, other._sum) : (other._sum, _sum);
            double total = 0;
            foreach (var (key, weight) in small)
            {
                if (large.TryGetValue(key, out var value))
                {
                    total += weight * value;
                }
            }

            return total;
        }

        public void Absorb(Cluster other, double dot)
        {
            SquaredNorm += other.SquaredNorm + 2 * dot;
            Members.AddRange(other.Members);
            var sum = _sum ?? ToDictionary(_single!);
            if (other._single is { } vector)
            {
                for (var k = 0; k < vector.Count; k++)
                {
                    sum[vector.Keys[k]] = sum.GetValueOrDefault(vector.Keys[k]) + vector.Values[k];
                }
            }
            else
            {
                foreach (var (key, value) in other._sum!)
                {
                    sum[key] = sum.GetValueOrDefault(key) + value;
                }
            }

            _single = null;
            _sum = sum;
            if (sum.Count > MaxTerms)
            {
                _sum = Prune(sum);
                SquaredNorm = _sum.Values.Sum(v => v * v);
            }

            First = Min(First, other.First);
            Last = Max(Last, other.Last);
            Version++;
        }

        private static double DotWith(SparseVector vector, Dictionary<ulong, double> sum)
        {
            double total = 0;
            for (var k = 0; k < vector.Count; k++)
            {
                if (sum.TryGetValue(vector.Keys[k], out var value))
                {
                    total += vector.Values[k] * value;
                }
            }

            return total;
        }

        private static Dictionary<ulong, double> ToDictionary(SparseVector vector)
        {
            var dictionary = new Dictionary<ulong, double>(vector.Count * 2);
            for (var k = 0; k < vector.Count; k++)
            {
                dictionary[vector.Keys[k]] = vector.Values[k];
            }

            return dictionary;
        }

        // A big cluster's summed vector keeps its heaviest terms (ties by key): its light terms,
        // each from a few members, barely move the similarity to another cluster, and an unbounded
        // vector would make every merge of a large topic slower than the last.
        private static Dictionary<ulong, double> Prune(Dictionary<ulong, double> text)
        {
            var entries = text.ToArray();
            Array.Sort(entries, (x, y) => x.Value != y.Value ? y.Value.CompareTo(x.Value) : x.Key.CompareTo(y.Key));
            var kept = new Dictionary<ulong, double>(MaxTerms);
            for (var k = 0; k < MaxTerms; k++)
            {
                kept[entries[k].Key] = entries[k].Value;
            }

            return kept;
        }

        private static DateOnly? Min(DateOnly? x, DateOnly? y) => x is null ? y : y is null ? x : x < y ? x : y;

        private static DateOnly? Max(DateOnly? x, DateOnly? y) => x is null ? y : y is null ? x : x > y ? x : y;
    }
}
