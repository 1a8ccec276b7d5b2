using Digest.Dedup;

namespace Digest.Tests.Dedup;

public sealed class LshBandsTests
{
    private static uint[] ShinglesOf(string text)
    {
        var words = new List<ulong>();
        Words.Hashes(text, words);
        return Shingles.Of([.. words], 5);
    }

    // A near copy: about one word in forty replaced, a sentence cut from the end.
    private static string Edit(string text, int seed)
    {
        var random = new Random(seed);
        var words = text.Split(' ').ToList();
        for (var i = 0; i < words.Count; i++)
        {
            if (random.Next(40) == 0)
            {
                words[i] = "edited";
            }
        }

        return string.Join(' ', words.Take(words.Count - 15));
    }

    [Fact]
    public void Constructed_near_copies_are_all_candidates_and_unrelated_texts_are_not()
    {
        const int originals = 200;
        var signatures = new List<uint[]>();
        for (var i = 0; i < originals; i++)
        {
            var text = DedupFixtures.Words(350, seed: 1000 + i);
            signatures.Add(MinHash.Signature(ShinglesOf(text), 126));
            signatures.Add(MinHash.Signature(ShinglesOf(Edit(text, seed: i)), 126));
        }

        var candidates = LshBands.Candidates(signatures, bands: 42, rows: 3).ToHashSet();
        var found = Enumerable.Range(0, originals).Count(i => candidates.Contains((2 * i, 2 * i + 1)));
        var unrelated = candidates.Count(c => c.A / 2 != c.B / 2);
        Assert.Equal(originals, found);
        Assert.True(unrelated < originals / 10, $"{unrelated} unrelated candidate pairs");
    }

    [Fact]
    public void Candidates_are_distinct_ordered_pairs()
    {
        var signature = MinHash.Signature(ShinglesOf(DedupFixtures.Words(100, seed: 3)), 126);
        var candidates = LshBands.Candidates([signature, signature, signature], bands: 42, rows: 3);
        Assert.Equal([(0, 1), (0, 2), (1, 2)], candidates);
    }

    [Fact]
    public void An_oversized_bucket_links_each_member_to_its_first_and_its_predecessor_in_document_order()
    {
        // Sixty copies of one text among sixty other texts: in every band the copies share a bucket larger than
        // the bound. The pairs must follow document order whatever order the sort left the bucket in.
        var copy = MinHash.Signature(ShinglesOf(DedupFixtures.Words(120, seed: 5)), 126);
        var signatures = new List<uint[]>();
        var copies = new List<int>();
        for (var i = 0; i < 120; i++)
        {
            if (i % 3 != 1 || copies.Count < 60 && i % 2 == 0)
            {
                copies.Add(signatures.Count);
                signatures.Add(copy);
            }
            else
            {
                signatures.Add(MinHash.Signature(ShinglesOf(DedupFixtures.Words(120, seed: 100 + i)), 126));
            }
        }

        var expected = copies.Skip(1).Select(c => (copies[0], c))
            .Concat(copies.Skip(2).Select((c, k) => (copies[k + 1], c)))
            .Distinct().Order().ToList();
        var candidates = LshBands.Candidates(signatures, bands: 42, rows: 3, maxBucket: 8);
        Assert.Equal(expected, candidates.Where(p => copies.Contains(p.A) && copies.Contains(p.B)).ToList());
    }
}
