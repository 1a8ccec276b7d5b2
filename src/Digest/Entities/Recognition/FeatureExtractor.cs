using System.Runtime.CompilerServices;

namespace Digest.Entities.Recognition;

/// <summary>
/// The averaged perceptron's features, shared by the trainer (bench/Digest.Train) and the tagger so
/// both see exactly the same thing: the word, its shape, prefixes and suffixes, two words of context
/// either side, whether the line is a headline, whether the words spell a known name, how the document writes the word elsewhere, and the
/// two previous labels.
/// </summary>
internal static class FeatureExtractor
{
    /// <summary>Features that do not depend on earlier labels, per token.</summary>
    public const int StaticCount = 27;

    /// <summary>Features that depend on the previous labels, per token.</summary>
    public const int DynamicCount = 4;

    private static readonly uint Boundary = FeatureHash.Of("<s>");
    private static readonly uint BoundaryEnd = FeatureHash.Of("</s>");

    /// <summary>Fills <paramref name="into"/> (length words × <see cref="StaticCount"/>) with a sentence's static features.</summary>
    public static void Static(IReadOnlyList<string> words, DocumentEvidence evidence, uint[] into, GazetteerMatcher? gazetteer = null)
    {
        ArgumentNullException.ThrowIfNull(into);
        var sentence = new StaticFeatures(words, evidence, gazetteer);
        for (var i = 0; i < words.Count; i++)
        {
            sentence.At(i, into.AsSpan(i * StaticCount, StaticCount));
        }
    }

    /// <summary>
    /// A sentence's static features, made word by word on request: what every word needs from its
    /// neighbours (lowercase and shape hashes, gazetteer matches) is computed once up front; the tagger
    /// then asks only for the words it scores (a quarter of them: see <see cref="SequenceTagger"/>).
    /// </summary>
    public sealed class StaticFeatures
    {
        private readonly IReadOnlyList<string> _words;
        private readonly DocumentEvidence _evidence;
        private readonly uint[] _lower;
        private readonly uint[] _shape;
        private readonly string[] _lowered;
        private readonly uint[] _known;
        private readonly uint _headline;

        /// <summary>Prepares the features of <paramref name="words"/>.</summary>
        public StaticFeatures(IReadOnlyList<string> words, DocumentEvidence evidence, GazetteerMatcher? gazetteer = null)
        {
            ArgumentNullException.ThrowIfNull(words);
            ArgumentNullException.ThrowIfNull(evidence);
            _words = words;
            _evidence = evidence;
            var n = words.Count;
            _lower = new uint[n];
            _shape = new uint[n];
            _lowered = new string[n];
            var starting = gazetteer is null ? null : new List<(string[] Words, uint Code)>?[n];
            var known = t_words ??= new WordFacts[WordSlots];
            for (var i = 0; i < n; i++)
            {
                var word = words[i];
                ref var facts = ref known[word.GetHashCode() & (WordSlots - 1)];
                if (!ReferenceEquals(facts.Word, word) && facts.Word != word)
                {
                    facts = WordFacts.Of(word);
                }

                if (starting is not null)
                {
                    if (!ReferenceEquals(facts.Matcher, gazetteer))
                    {
                        facts = facts with { Matcher = gazetteer, Starting = gazetteer!.CandidatesOf(facts.Lowered) };
                    }

                    starting[i] = facts.Starting;
                }

                _lowered[i] = facts.Lowered;
                _lower[i] = facts.Lower;
                _shape[i] = facts.Shape;
            }

            _headline = WordShapes.IsHeadline(words) ? 1u : 0u;
            _known = starting is null ? new uint[n] : GazetteerMatcher.Match(_lowered, starting);
        }

        // Each thread's facts of the words it met last (a slot per hash, the latest word wins a slot): news text repeats
        // its words, and a word's lower case, the hashes of it and of its shape and its lookup among the known names'
        // first words were a pass each over every word of every sentence (measured on a cold publish of 10,000 markdown
        // articles, which recognises every body: 3 % less wall time for the first three). Which words a thread met
        // decides only what the table holds, never a feature's value.
        private const int WordSlots = 1 << 14;

        [ThreadStatic]
        private static WordFacts[]? t_words;

        // Matcher and Starting: the known names the word may start, as that matcher (the site's catalog) found them.
        private readonly record struct WordFacts(string? Word, string Lowered, uint Lower, uint Shape,
            GazetteerMatcher? Matcher = null, List<(string[] Words, uint Code)>? Starting = null)
        {
            public static WordFacts Of(string word)
            {
                Span<char> shape = stackalloc char[WordShapes.MaxShape];
                var lowered = word.ToLowerInvariant();
                return new WordFacts(word, lowered, FeatureHash.Of(lowered), FeatureHash.Of(shape[..WordShapes.Shape(word, shape)]));
            }
        }

        /// <summary>Fills <paramref name="f"/> (length <see cref="StaticCount"/>) with word <paramref name="i"/>'s features.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void At(int i, Span<uint> f)
        {
            var n = _words.Count;
            var lower = _lower;
            var shape = _shape;
            var known = _known;
            var headline = _headline;
            var w = _lowered[i];
            var prev = i > 0 ? lower[i - 1] : Boundary;
            var prev2 = i > 1 ? lower[i - 2] : Boundary;
            var next = i + 1 < n ? lower[i + 1] : BoundaryEnd;
            var next2 = i + 2 < n ? lower[i + 2] : BoundaryEnd;
            var prevShape = i > 0 ? shape[i - 1] : Boundary;
            var nextShape = i + 1 < n ? shape[i + 1] : BoundaryEnd;
            f[0] = FeatureHash.Start(0);
            f[1] = FeatureHash.Feature(1, lower[i]);
            f[2] = FeatureHash.Feature(2, shape[i]);
            f[3] = FeatureHash.Feature(3, FeatureHash.Of(w.AsSpan(0, Math.Min(1, w.Length))));
            f[4] = FeatureHash.Feature(4, FeatureHash.Of(w.AsSpan(0, Math.Min(2, w.Length))));
            f[5] = FeatureHash.Feature(5, FeatureHash.Of(w.AsSpan(0, Math.Min(3, w.Length))));
            f[6] = FeatureHash.Feature(6, FeatureHash.Of(w.AsSpan(Math.Max(0, w.Length - 1))));
            f[7] = FeatureHash.Feature(7, FeatureHash.Of(w.AsSpan(Math.Max(0, w.Length - 2))));
            f[8] = FeatureHash.Feature(8, FeatureHash.Of(w.AsSpan(Math.Max(0, w.Length - 3))));
            f[9] = FeatureHash.Feature(9, FeatureHash.Of(w.AsSpan(Math.Max(0, w.Length - 4))));
            f[10] = FeatureHash.Feature(10, prev);
            f[11] = FeatureHash.Feature(11, next);
            f[12] = FeatureHash.Feature(12, prev2);
            f[13] = FeatureHash.Feature(13, next2);
            f[14] = FeatureHash.Feature(14, prevShape);
            f[15] = FeatureHash.Feature(15, nextShape);
            f[16] = FeatureHash.Feature(16, prev, lower[i]);
            f[17] = FeatureHash.Feature(17, lower[i], next);
            f[18] = FeatureHash.Feature(18, i == 0 ? 1u : 0u, shape[i]);
            f[19] = FeatureHash.Feature(19, headline, lower[i]);
            f[20] = FeatureHash.Feature(20, headline, shape[i]);
            f[21] = FeatureHash.Feature(21, headline, _evidence.Of(_words[i]), shape[i]);
            f[22] = FeatureHash.Feature(22, prevShape, shape[i], nextShape);
            f[23] = FeatureHash.Feature(23, i == 0 ? 1u : 0u, lower[i]);
            f[24] = FeatureHash.Feature(24, known[i]);
            f[25] = FeatureHash.Feature(25, known[i], shape[i]);
            f[26] = FeatureHash.Feature(26, i > 0 ? known[i - 1] : 0u, i + 1 < n ? known[i + 1] : 0u);
        }
    }

    /// <summary>Fills <paramref name="into"/> with the label-dependent features of one token.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Dynamic(ReadOnlySpan<uint> staticFeatures, int previous, int previous2, Span<uint> into)
    {
        // Reuses the word and shape hashes already folded into the static features.
        into[0] = FeatureHash.Feature(100, (uint)previous);
        into[1] = FeatureHash.Feature(101, (uint)previous, (uint)previous2);
        into[2] = FeatureHash.Feature(102, (uint)previous, staticFeatures[1]);
        into[3] = FeatureHash.Feature(103, (uint)previous, staticFeatures[2]);
    }
}
