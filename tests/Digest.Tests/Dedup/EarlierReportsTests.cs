using Digest.Dedup;

namespace Digest.Tests.Dedup;

public sealed class EarlierReportsTests
{
    // The judging as first written: each earlier report in order, the sentence's trigrams counted in its set.
    private static (string Slug, double Share)? Reference(List<(string Slug, HashSet<ulong> Trigrams)> earlier, List<ulong> trigrams, double needed)
    {
        foreach (var (slug, set) in earlier)
        {
            var share = (double)trigrams.Count(set.Contains) / trigrams.Count;
            if (share >= needed)
            {
                return (slug, share);
            }
        }

        return null;
    }

    [Fact]
    public void The_first_report_holding_the_share_is_the_one_comparing_with_every_earlier_report_finds()
    {
        var random = new Random(7);
        var matched = 0;
        for (var story = 0; story < 300; story++)
        {
            // Few distinct trigrams, so that sentences share some with many reports and all with some.
            var range = random.Next(4, 40);
            var earlier = new EarlierReports();
            var reference = new List<(string Slug, HashSet<ulong> Trigrams)>();
            for (var report = 0; report < random.Next(1, 30); report++)
            {
                var sentence = Enumerable.Range(0, random.Next(1, 12)).Select(_ => (ulong)random.Next(range)).ToList();
                var needed = sentence.Count == 1 ? 1.0 : StoryOverlap.RepeatedShare;
                var expected = Reference(reference, sentence, needed);
                Assert.Equal(expected, earlier.FirstHolding(sentence, needed));
                matched += expected is null ? 0 : 1;

                var own = Enumerable.Range(0, random.Next(0, 25)).Select(_ => (ulong)random.Next(range)).ToHashSet();
                earlier.Add($"r{report}", own);
                reference.Add(($"r{report}", own));
            }
        }

        // Both outcomes were met often enough to mean something.
        Assert.InRange(matched, 500, 3_000);
    }
}
