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

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Vectors_are_those_of_the_plain_formula_bit_for_bit(int seed)
    {
        var features = RandomFeatures(seed);

        var (text, shared) = TermWeighting.TextAndSharedVectors(features, 1.5, 200);

        var df = features.SelectMany(f => f.Terms).CountBy(t => t).ToDictionary();
        for (var i = 0; i < features.Length; i++)
        {
            var f = features[i];
            var weights = f.Terms.Select((t, k) => (float)((1.0 + Math.Log(f.Counts![k])) * (Math.Log((features.Length + 1.0 + 200) / (df[t] + 1.0)) + 1.0)
                * (f.Names.Contains(t) ? 1.5 : 1.0))).ToArray();
            AssertVector(Plain(f.Terms, weights), text[i]);
            var kept = Enumerable.Range(0, f.Terms.Length).Where(k => df[f.Terms[k]] >= 2).ToArray();
            AssertVector(Plain([.. kept.Select(k => f.Terms[k])], [.. kept.Select(k => weights[k])]), shared[i]);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void The_vocabularies_weighing_numbers_are_those_of_the_vectors_and_the_vectors_are_as_without_them(int seed)
    {
        var features = RandomFeatures(seed);

        var (text, textTerms, shared, sharedTerms) = TermWeighting.VectorsAndVocabularies(features, 1.5, 200);

        var (alone, aloneShared) = TermWeighting.TextAndSharedVectors(features, 1.5, 200);
        Assert.All(Enumerable.Range(0, features.Length), i =>
        {
            AssertVector((alone[i].Keys, alone[i].Values), text[i]);
            AssertVector((aloneShared[i].Keys, aloneShared[i].Values), shared[i]);
        });
        AssertVocabulary(Vocabulary.Of(text), textTerms);
        AssertVocabulary(Vocabulary.Of(shared), sharedTerms);
    }

    [Fact]
    public void Reports_without_terms_give_empty_vocabularies()
    {
        var (text, textTerms, _, sharedTerms) = TermWeighting.VectorsAndVocabularies([Features([]), Features([])], 1.5, 200);

        Assert.All(text, v => Assert.Empty(v.Keys));
        Assert.Equal(0, textTerms.Count);
        Assert.Equal(0, sharedTerms.Count);
        Assert.All(textTerms.Terms, Assert.Empty);
    }

    private static void AssertVocabulary(Vocabulary expected, Vocabulary actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        Assert.Equal(expected.Terms.Length, actual.Terms.Length);
        Assert.All(Enumerable.Range(0, expected.Terms.Length), i => Assert.Equal(expected.Terms[i], actual.Terms[i]));
    }

    // Reports of 1 to 300 terms (vectors keep 80), drawn from a small vocabulary with a few very common terms (many
    // reports, so runs of one hash with many copies) and hashes spread over all 64 bits as term hashes are; and one
    // report without terms.
    private static ArticleFeatures[] RandomFeatures(int seed)
    {
        var random = new Random(seed);
        var vocabulary = Enumerable.Range(0, 3_000).Select(_ => (ulong)random.NextInt64(long.MinValue, long.MaxValue)).ToArray();
        return Enumerable.Range(0, 400).Select(_ =>
        {
            var terms = Enumerable.Range(0, random.Next(1, 300)).Select(_ => vocabulary[random.Next(random.Next(2) == 0 ? 20 : vocabulary.Length)])
                .Distinct().Order().ToArray();
            var names = terms.Where(_ => random.Next(8) == 0).ToArray();
            return new ArticleFeatures(ExactKey: 0, WordCount: terms.Length, ShingleCount: 0, Signature: [], Terms: terms,
                Counts: [.. terms.Select(_ => random.Next(1, 9))], Names: names);
        }).Append(Features([])).ToArray();
    }

    // The 80 heaviest terms (ties to the smaller hash), in hash order, scaled to unit length: the formula as written.
    private static (ulong[] Keys, float[] Values) Plain(ulong[] keys, float[] weights)
    {
        var top = Enumerable.Range(0, keys.Length).OrderByDescending(k => weights[k]).ThenBy(k => keys[k]).Take(TermWeighting.TermsPerVector).Order().ToArray();
        var norm = Math.Sqrt(top.Sum(k => (double)weights[k] * weights[k]));
        return ([.. top.Select(k => keys[k])], [.. top.Select(k => norm > 0 ? (float)(weights[k] / norm) : 0)]);
    }

    private static void AssertVector((ulong[] Keys, float[] Values) expected, SparseVector actual)
    {
        Assert.Equal(expected.Keys, actual.Keys);
        Assert.Equal(expected.Values, actual.Values);
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
