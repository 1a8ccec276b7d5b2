using Digest.Publish;

namespace Digest.Tests.Publish;

/// <summary>The companions an entity page lists: the most often named with it, ties by name.</summary>
public sealed class EntityIndexTests
{
    [Theory]
    [InlineData(0, 12)]
    [InlineData(5, 12)]
    [InlineData(40, 12)]
    [InlineData(3000, 12)]
    [InlineData(300, 1)]
    public void The_most_named_are_those_a_full_ordering_puts_first(int companions, int keep)
    {
        var random = new Random(companions + keep);
        var entities = 4000;
        // Few distinct counts, so that many tie and the name decides.
        var counts = Enumerable.Range(0, entities).Select(_ => random.Next(1, 6)).ToArray();
        var nameRank = Enumerable.Range(0, entities).OrderBy(_ => random.Next()).ToArray();
        var touched = Enumerable.Range(0, entities).OrderBy(_ => random.Next()).Take(companions).ToList();

        var expected = touched.OrderByDescending(c => counts[c]).ThenBy(c => nameRank[c]).Take(keep).ToList();

        Assert.Equal(expected, EntityIndex.MostNamed(touched, counts, nameRank, keep));
    }
}
