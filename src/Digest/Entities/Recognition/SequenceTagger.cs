using System.Runtime.CompilerServices;

namespace Digest.Entities.Recognition;

/// <summary>Greedy left-to-right decoding of a sentence with the perceptron, as it was trained.</summary>
internal static class SequenceTagger
{
    /// <summary>The best label of each word, each chosen knowing the two before it.</summary>
    public static int[] Tag(IReadOnlyList<string> words, DocumentEvidence evidence, TaggerModel model, GazetteerMatcher? gazetteer = null)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(model);
        var n = words.Count;
        var tags = new int[n];
        if (n == 0)
        {
            return tags;
        }

        var sentence = new FeatureExtractor.StaticFeatures(words, evidence, gazetteer);
        Span<uint> own = stackalloc uint[FeatureExtractor.StaticCount];
        Span<uint> dynamic = stackalloc uint[FeatureExtractor.DynamicCount];
        Span<int> scores = stackalloc int[NerTags.Count];
        for (var i = 0; i < n; i++)
        {
            var previous = i > 0 ? tags[i - 1] : NerTags.Outside;
            if (previous == NerTags.Outside && !HasCapital(words[i]) && !(StartsWithDigit(words[i]) && i + 1 < n && HasCapital(words[i + 1])))
            {
                // A word without a capital almost never starts a name (48 of 158,000 in CoNLL-2003's
                // training text); skipping it spares three quarters of the scoring. A number before a
                // capitalised word can ("1860 Munich", "1,000 Lakes Rally"): the model was trained on every word.
                continue;
            }

            sentence.At(i, own);
            FeatureExtractor.Dynamic(own, previous, i > 1 ? tags[i - 2] : NerTags.Outside, dynamic);
            scores.Clear();
            model.Score(own, scores);
            model.Score(dynamic, scores);
            tags[i] = Best(scores, previous);
        }

        return tags;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool HasCapital(string word)
    {
        foreach (var c in word)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsWithDigit(string word) => word.Length > 0 && char.IsAsciiDigit(word[0]);

    /// <summary>The highest-scoring label that may follow <paramref name="previous"/> (inside only continues its own type).</summary>
    public static int Best(ReadOnlySpan<int> scores, int previous)
    {
        var best = NerTags.Outside;
        for (var t = 1; t < scores.Length; t++)
        {
            if (scores[t] > scores[best] && Allowed(t, previous))
            {
                best = t;
            }
        }

        return best;
    }

    /// <summary>True when label <paramref name="tag"/> may follow <paramref name="previous"/>.</summary>
    public static bool Allowed(int tag, int previous) =>
        tag == NerTags.Outside || NerTags.IsBegin(tag) || NerTags.BeginOf(previous) == NerTags.BeginOf(tag);
}
