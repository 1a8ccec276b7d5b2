using Digest.Dedup;

namespace Digest.Tests.Dedup;

/// <summary>
/// The shortcuts of clustering's summed vectors give exactly what the plain computation gives: merges are
/// decided by comparing these numbers, so a last-bit difference could change a story.
/// </summary>
public sealed class ClusterVectorTests
{
    // Distinct keys ascending with weights; small key ranges make many common terms, key 0 comes up too.
    private static (ulong[] Keys, double[] Weights) Vector(Random random, int count, int keyRange)
    {
        var keys = new SortedSet<ulong>();
        while (keys.Count < count)
        {
            keys.Add(random.Next(6) == 0 ? (ulong)random.NextInt64() : (ulong)random.Next(keyRange));
        }

        return ([.. keys], [.. keys.Select(_ => random.NextDouble() * 3)]);
    }

    // The sum of products over common keys, walking both sorted vectors.
    private static double Walk(ulong[] a, double[] x, ulong[] b, double[] y)
    {
        double total = 0;
        for (int i = 0, j = 0; i < a.Length && j < b.Length;)
        {
            if (a[i] == b[j])
            {
                total += x[i++] * y[j++];
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

        return total;
    }

    // Distinct vocabulary indexes ascending below vocabulary, with weights: a small vocabulary makes many common terms.
    private static (int[] Terms, double[] Weights) Terms(Random random, int count, int vocabulary)
    {
        var terms = new SortedSet<int>();
        while (terms.Count < count)
        {
            terms.Add(random.Next(vocabulary));
        }

        return ([.. terms], [.. terms.Select(_ => random.NextDouble() * 3)]);
    }

    [Fact]
    public void A_table_lookup_gives_the_sorted_walks_dot_product_bit_for_bit()
    {
        const int vocabulary = 1200;
        var random = new Random(7);
        var table = new TermTable(vocabulary);
        for (var round = 0; round < 400; round++)
        {
            // Sizes up and down, so a table refilled smaller than before must forget the larger vector's terms.
            var (a, x) = Terms(random, random.Next(1, round % 3 == 0 ? 900 : 60), vocabulary);
            var (b, y) = Terms(random, random.Next(1, 400), vocabulary);
            table.Fill(a, x, a.Length);
            var expected = Walk([.. a.Select(t => (ulong)t)], x, [.. b.Select(t => (ulong)t)], y);
            var actual = table.Dot(b, y, b.Length);
            Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(actual));
            Assert.Equal(a.Length, table.Count);
        }
    }

    [Fact]
    public void The_vocabulary_numbers_each_term_by_its_rank_among_all_distinct_terms()
    {
        var random = new Random(5);
        for (var round = 0; round < 30; round++)
        {
            // Hashes spread evenly, and in some rounds many sharing their leading bits (long runs to scan).
            var crowded = round % 3 == 0;
            var pool = Enumerable.Range(0, random.Next(1, 3000))
                .Select(_ => crowded && random.Next(2) == 0 ? (ulong)random.Next(5000) : (ulong)random.NextInt64() * 2 + (ulong)random.Next(2))
                .ToArray();
            var vectors = Enumerable.Range(0, random.Next(0, 200)).Select(_ =>
            {
                var keys = Enumerable.Range(0, random.Next(0, 80)).Select(_ => pool[random.Next(pool.Length)]).Distinct().Order().ToArray();
                return new SparseVector(keys, [.. keys.Select(_ => 1f)]);
            }).ToArray();

            var (terms, count) = Vocabulary.Of(vectors);

            var distinct = vectors.SelectMany(v => v.Keys).Distinct().Order().ToList();
            Assert.Equal(distinct.Count, count);
            for (var i = 0; i < vectors.Length; i++)
            {
                Assert.Equal(vectors[i].Keys.Select(key => distinct.BinarySearch(key)), terms[i]);
            }
        }
    }

    [Fact]
    public void The_heaviest_terms_are_kept_ties_by_key_in_key_order_with_their_squares_summed_heaviest_first()
    {
        var random = new Random(11);
        for (var round = 0; round < 200; round++)
        {
            var count = random.Next(2, 900);
            var (keys, weights) = Vector(random, count, 2000);
            // Ties: a few weights drawn from a handful of values.
            for (var k = 0; k < count; k++)
            {
                if (random.Next(3) == 0)
                {
                    weights[k] = random.Next(4) * 0.25;
                }
            }

            var keep = random.Next(1, count);
            var heaviestFirst = keys.Zip(weights).OrderByDescending(t => t.Second).ThenBy(t => t.First).Take(keep).ToArray();
            var expected = heaviestFirst.OrderBy(t => t.First).ToArray();
            double expectedNorm = 0;
            foreach (var (_, weight) in heaviestFirst)
            {
                expectedNorm += weight * weight;
            }

            // Terms past count (a merge's arrays are longer than its terms) are not looked at.
            var (keptKeys, keptWeights, squaredNorm) = AverageLinkClustering.Heaviest<ulong>([.. keys, 99, 98], [.. weights, 1e9, 1e9], count, keep);
            Assert.Equal(expected.Select(t => t.First), keptKeys);
            Assert.Equal(expected.Select(t => t.Second), keptWeights);
            Assert.Equal(BitConverter.DoubleToInt64Bits(expectedNorm), BitConverter.DoubleToInt64Bits(squaredNorm));
        }
    }

    [Fact]
    public void A_normalised_vector_keeps_its_heaviest_terms_ties_by_key_at_unit_length()
    {
        var random = new Random(19);
        for (var round = 0; round < 200; round++)
        {
            var (keys, doubles) = Vector(random, random.Next(1, 300), 5000);
            // Ties, as equal term counts and document frequencies give: weights drawn from a handful of values.
            var weights = doubles.Select(w => random.Next(2) == 0 ? random.Next(1, 4) * 1.5f : (float)w).ToArray();
            var top = random.Next(1, 120);
            var kept = keys.Zip(weights).OrderByDescending(t => t.Second).ThenBy(t => t.First).Take(top).OrderBy(t => t.First).ToArray();
            var norm = Math.Sqrt(kept.Sum(t => (double)t.Second * t.Second));

            var vector = SparseVector.Normalised((ulong[])keys.Clone(), (float[])weights.Clone(), top);

            Assert.Equal(kept.Select(t => t.First), vector.Keys);
            Assert.Equal(kept.Select(t => (float)(t.Second / norm)), vector.Values);
        }
    }

    [Fact]
    public void The_index_takes_each_vectors_heaviest_terms_ties_by_key()
    {
        var random = new Random(13);
        for (var round = 0; round < 300; round++)
        {
            var (keys, weights) = Vector(random, random.Next(0, 90), 1000);
            var values = weights.Select(w => random.Next(3) == 0 ? 0.5f : (float)w).ToArray();
            var vector = new SparseVector(keys, values);
            var expected = keys.Zip(values).OrderByDescending(t => t.Second).ThenBy(t => t.First).Take(CandidatePairs.IndexedTerms);
            Assert.Equal(expected.Select(t => (t.First, t.Second)), CandidatePairs.HeaviestTerms(vector));
        }
    }

    [Fact]
    public void A_sparse_vectors_dot_product_is_the_sum_over_common_terms_in_key_order()
    {
        var random = new Random(17);
        for (var round = 0; round < 300; round++)
        {
            var (a, x) = Vector(random, random.Next(0, 120), 300);
            var (b, y) = Vector(random, random.Next(0, 120), 300);
            var (fx, fy) = (x.Select(v => (float)v).ToArray(), y.Select(v => (float)v).ToArray());
            var expected = Walk(a, [.. fx.Select(v => (double)v)], b, [.. fy.Select(v => (double)v)]);
            var actual = new SparseVector(a, fx).Dot(new SparseVector(b, fy));
            Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(actual));
        }
    }

    [Fact]
    public void Candidate_pairs_carry_the_walks_dot_product_of_their_vectors()
    {
        var random = new Random(13);
        // Reports over a small shared vocabulary and a month of days, so many pairs meet in the index.
        var vectors = Enumerable.Range(0, 300).Select(_ =>
        {
            var keys = Enumerable.Range(0, random.Next(1, 60)).Select(_ => (ulong)random.Next(400) * 0x9E3779B97F4A7C15UL).Distinct().Order().ToArray();
            return SparseVector.Normalised(keys, [.. keys.Select(_ => (float)(0.1 + random.NextDouble()))], 40);
        }).ToArray();
        var dates = vectors.Select(_ => (DateOnly?)new DateOnly(2024, 1, 1).AddDays(random.Next(30))).ToArray();

        var pairs = CandidatePairs.Find(vectors, Vocabulary.Of(vectors), dates, 0.05, 7);

        Assert.True(pairs.Count > 300, $"{pairs.Count} pairs");
        foreach (var (a, b, similarity) in pairs)
        {
            Assert.True(a < b);
            Assert.Equal((float)vectors[a].Dot(vectors[b]), similarity);
            Assert.True(Math.Abs(dates[a]!.Value.DayNumber - dates[b]!.Value.DayNumber) <= 7);
        }
    }
}
