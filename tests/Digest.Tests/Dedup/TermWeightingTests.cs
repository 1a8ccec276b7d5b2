using Digest.Dedup;

namespace Digest.Tests.Dedup;

/// <summary>
/// The idf step of <see cref="TermWeighting.TextAndSharedVectors"/> (the locality probe's weighting): one report's new
/// word moves no other report's vector while the word's document frequency stays within its step.
/// </summary>
public sealed class TermWeightingTests
{
    // Term 1 is in 40 reports; the edit adds it to one more (41: the same power of 1.1, 1.1^38 ≈ 37.4 ≤ 40, 41 < 1.1^39 ≈ 41.1).
    private const int Shared = 40;

    [Fact]
    public void With_the_exact_idf_a_new_word_in_one_report_moves_every_report_that_holds_it()
    {
        var (before, after) = WeighBeforeAndAfterTheEdit(idfStep: 0);

        Assert.All(Enumerable.Range(0, Shared), i => Assert.NotEqual(before[i].Values, after[i].Values));
    }

    [Fact]
    public void With_an_idf_step_a_new_word_in_one_report_moves_only_that_report_while_its_frequency_stays_in_its_step()
    {
        var (before, after) = WeighBeforeAndAfterTheEdit(idfStep: 1.1);

        var edited = before.Length - 1;
        Assert.NotEqual(before[edited].Keys, after[edited].Keys);
        Assert.All(Enumerable.Range(0, edited), i =>
        {
            Assert.Equal(before[i].Keys, after[i].Keys);
            Assert.Equal(before[i].Values, after[i].Values);
        });
    }

    [Fact]
    public void An_idf_step_keeps_the_idf_of_words_in_few_reports_exact()
    {
        // Every frequency here is at most ExactFrequencies (4): the weights are those of the exact idf, bit for bit.
        var features = new[] { Features([1, 7]), Features([1, 8]), Features([1, 7, 9]), Features([2, 7]), Features([2, 8]) };

        var stepped = TermWeighting.TextAndSharedVectors(features, 1.5, 200, idfStep: 1.1).Text;
        var exact = TermWeighting.TextAndSharedVectors(features, 1.5, 200).Text;

        Assert.All(Enumerable.Range(0, features.Length), i => Assert.Equal(exact[i].Values, stepped[i].Values));
    }

    private static (SparseVector[] Before, SparseVector[] After) WeighBeforeAndAfterTheEdit(double idfStep)
    {
        // 40 reports hold term 1 with a word of their own; a 41st report gains term 1 beside its own word.
        var features = Enumerable.Range(0, Shared).Select(i => Features([1, (ulong)(100 + i)])).Append(Features([2, 3])).ToArray();
        var edited = (ArticleFeatures[])features.Clone();
        edited[^1] = Features([1, 2, 3]);
        return (TermWeighting.TextAndSharedVectors(features, 1.5, 200, idfStep).Text, TermWeighting.TextAndSharedVectors(edited, 1.5, 200, idfStep).Text);
    }

    private static ArticleFeatures Features(ulong[] terms) =>
        new(ExactKey: 0, WordCount: terms.Length, ShingleCount: 0, Signature: [], Terms: terms, Counts: terms.Select(_ => 1).ToArray(), Names: []);
}
