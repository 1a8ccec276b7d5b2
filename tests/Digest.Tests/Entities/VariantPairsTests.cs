using Digest.Cache;
using Digest.Entities.Normalisation;

namespace Digest.Tests.Entities;

/// <summary>
/// The variant pairs of the name keys kept from one folding to the next (<see cref="VariantPairs"/>): only the buckets
/// of keys that changed are compared again, and the folding is the one that compares every bucket.
/// </summary>
public sealed class VariantPairsTests
{
    private static CorpusFolding.LocalName Name(string name, int mentions = 1) => new(name, false, mentions);

    private static readonly string[] Spellings =
    [
        "Deir Ezzor", "Dier Ezzor", "Deir el-Zour", "Deirezzor", "Raqqa", "Raqa", "Rakka", "Tom Moody", "T. Moody", "Moody",
        "Mali", "Male", "Colombo", "Colombia", "Newark", "New York", "Abu Kamal", "Abu Kamel", "Al Bukamal", "Hasakah", "Hasaka",
    ];

    // A corpus of articles naming some of the spellings, each with a few mentions.
    private static List<CorpusFolding.LocalName[]> Corpus(Random random, int articles) =>
        [.. Enumerable.Range(0, articles).Select(_ => Enumerable.Range(0, random.Next(1, 5)).Select(_ => Name(Spellings[random.Next(Spellings.Length)], random.Next(1, 4))).DistinctBy(n => n.Name).ToArray())];

    // A folding with the pairs the last one kept, and the pairs it keeps for the next.
    private static (List<string[]> Folded, VariantPairs Used, VariantPairs Next) Fold(IReadOnlyList<CorpusFolding.LocalName[]> corpus, VariantPairs kept)
    {
        var folded = CorpusFolding.Fold(corpus, kept);
        var next = BinaryCoding.Read(kept.Write(), VariantPairs.Read);
        return (folded, kept, next);
    }

    [Fact]
    public void Folding_with_kept_pairs_is_folding_that_compares_every_bucket_after_any_series_of_edits()
    {
        var random = new Random(11);
        var corpus = Corpus(random, 40);
        var kept = VariantPairs.None;
        for (var round = 0; round < 30; round++)
        {
            var (folded, used, next) = Fold(corpus, kept);
            Assert.Equal(CorpusFolding.Fold(corpus), folded);
            if (round > 0)
            {
                Assert.True(used.BucketsCompared <= 3, $"round {round}: {used.BucketsCompared} buckets compared after one article changed");
            }

            kept = next;
            // One article rewritten: names come into the corpus or leave it, and with them keys into buckets.
            corpus[random.Next(corpus.Count)] = Corpus(random, 1)[0];
            if (round % 7 == 6)
            {
                corpus.Add([Name("Brackwater " + round), Name("Deir Ezzor")]);
            }
        }
    }

    [Fact]
    public void A_folding_of_the_same_keys_compares_no_bucket_and_a_new_spelling_compares_its_own()
    {
        List<CorpusFolding.LocalName[]> corpus = [[Name("Deir Ezzor"), Name("Raqqa")], [Name("Dier Ezzor")], [Name("Raqa"), Name("Tom Moody")], [Name("T. Moody")]];
        var (_, first, kept) = Fold(corpus, VariantPairs.None);
        var (_, again, keptAgain) = Fold(corpus, kept);
        corpus.Add([Name("Raaqa")]);
        var (folded, added, _) = Fold(corpus, keptAgain);

        // Deir Ezzor and Dier Ezzor, Raqqa and Raqa, Tom Moody and T. Moody: three buckets of two keys.
        Assert.Equal(3, first.BucketsCompared);
        Assert.Equal(0, again.BucketsCompared);
        Assert.Equal(1, added.BucketsCompared);
        Assert.Equal(CorpusFolding.Fold(corpus), folded);
    }
}
