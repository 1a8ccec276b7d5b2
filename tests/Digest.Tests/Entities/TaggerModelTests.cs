using Digest.Entities.Recognition;

namespace Digest.Tests.Entities;

public sealed class TaggerModelTests
{
    [Fact]
    public void Score_adds_the_weights_of_known_features_and_ignores_the_rest()
    {
        // Many features, so probes run past occupied slots; hash 0 is a feature too.
        var rows = new Dictionary<uint, int>();
        var weights = new List<short>();
        for (uint hash = 0; hash < 5000; hash++)
        {
            rows[hash * 7919] = (int)hash;
            weights.AddRange(Enumerable.Range(0, NerTags.Count).Select(t => (short)((hash % 13) + t)));
        }

        var model = new TaggerModel(rows, [.. weights]);
        uint[] features = [0, 7919 * 4, 7919 * 4999, 123457, 7919 * 4];
        var scores = new int[NerTags.Count];
        model.Score(features, scores);

        // Features 0, 4 (twice) and 4999 are known; 123457 is not.
        var expected = Enumerable.Range(0, NerTags.Count).Select(t => (0 + t) + 2 * ((4 % 13) + t) + ((4999 % 13) + t)).ToArray();
        Assert.Equal(expected, scores);
    }
}
