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

    [Fact]
    public void A_model_read_back_from_what_Write_wrote_scores_as_the_weights_it_was_given()
    {
        var features = Enumerable.Range(0, 3000)
            .Select(i => ((uint)(i * 104729 % 1000003), Enumerable.Range(0, NerTags.Count).Select(t => (short)((i * 31 % 200) - 100 + t)).ToArray()))
            .ToList();
        using var file = new MemoryStream();
        TaggerModel.Write(file, features);
        file.Position = 0;

        var model = TaggerModel.Read(file);

        Assert.Equal(features.Count, model.FeatureCount);
        foreach (var (hash, weights) in features.Where((_, i) => i % 97 == 0))
        {
            var scores = new int[NerTags.Count];
            model.Score([hash], scores);
            Assert.Equal(weights.Select(w => (int)w), scores);
        }
    }

    [Fact]
    public void A_model_cut_short_is_refused()
    {
        using var file = new MemoryStream();
        TaggerModel.Write(file, [(5u, new short[NerTags.Count]), (9u, new short[NerTags.Count])]);
        var inflated = Inflate(file.ToArray());
        using var cut = new MemoryStream();
        using (var deflate = new System.IO.Compression.DeflateStream(cut, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            deflate.Write(inflated, 0, inflated.Length - 2);
        }

        cut.Position = 0;
        Assert.Throws<InvalidDataException>(() => TaggerModel.Read(cut));
    }

    private static byte[] Inflate(byte[] deflated)
    {
        using var deflate = new System.IO.Compression.DeflateStream(new MemoryStream(deflated), System.IO.Compression.CompressionMode.Decompress);
        using var inflated = new MemoryStream();
        deflate.CopyTo(inflated);
        return inflated.ToArray();
    }
}
