using Digest.Dedup;

namespace Digest.Tests.Dedup;

public sealed class MinHashTests
{
    private static uint[] ShinglesOf(string text)
    {
        var words = new List<ulong>();
        Words.Hashes(text, words);
        return Shingles.Of([.. words], 5);
    }

    [Fact]
    public void Equal_sets_have_equal_signatures()
    {
        var shingles = ShinglesOf(DedupFixtures.Words(300, seed: 1));
        Assert.Equal(MinHash.Signature(shingles, 126), MinHash.Signature(shingles, 126));
    }

    [Theory]
    [InlineData(0.9)]
    [InlineData(0.5)]
    [InlineData(0.2)]
    public void The_estimate_is_close_to_the_true_jaccard(double keep)
    {
        var errors = new List<double>();
        for (var seed = 0; seed < 20; seed++)
        {
            var random = new Random(seed);
            var a = Enumerable.Range(0, 2000).Select(_ => (uint)random.Next()).Distinct().Order().ToArray();
            var b = a.Where(_ => random.NextDouble() < keep).Concat(Enumerable.Range(0, 300).Select(_ => (uint)random.Next())).Distinct().Order().ToArray();
            var estimate = MinHash.Estimate(MinHash.Signature(a, 126), MinHash.Signature(b, 126));
            errors.Add(Math.Abs(estimate - Shingles.Jaccard(a, b)));
        }

        // Standard error of a 126-bin estimate is at most 0.045; the mean error is well below it.
        Assert.True(errors.Average() < 0.05, $"mean error {errors.Average():0.000}");
    }
}
