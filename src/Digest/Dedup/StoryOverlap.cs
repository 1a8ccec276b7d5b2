using System.Text.RegularExpressions;

namespace Digest.Dedup;

/// <summary>
/// Overlap inside a story: for each report, which sentences repeat what a report earlier in
/// canonical order already said (the same quote, the same fact near-verbatim), so a story page can
/// de-emphasise them and list what each report adds. A sentence is repeated when at least
/// <see cref="RepeatedShare"/> of its word trigrams occur in one earlier report; trigrams, not
/// single words, because a repeated passage repeats wording, while two reports of one event share
/// most of their vocabulary anyway.
/// </summary>
public static partial class StoryOverlap
{
    /// <summary>Share of a sentence's trigrams that must occur in an earlier report for it to count as repeated.</summary>
    public const double RepeatedShare = 0.5;

    // Sentences of fewer words are judged by all their words (one trigram is too easy to share).
    private const int ShortSentence = 5;

    /// <summary>
    /// Analyses the reports of one story in the order given, which should be canonical order
    /// (<see cref="CanonicalRule.Order"/>): the first report repeats nothing; each later one is
    /// compared with all before it.
    /// </summary>
    public static IReadOnlyList<ReportOverlap> Analyse(IReadOnlyList<Article> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var earlier = new List<(string Slug, HashSet<ulong> Trigrams)>();
        var result = new List<ReportOverlap>(reports.Count);
        for (var r = 0; r < reports.Count; r++)
        {
            var report = reports[r];
            // Trigrams are compared with earlier reports' and kept for later ones: the first report's are
            // only kept, the last one's only compared, and a lone report needs none.
            var judged = earlier.Count > 0;
            var kept = r < reports.Count - 1;
            var passages = new List<Passage>();
            var own = new HashSet<ulong>();
            var paragraphs = report.Body.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.TrimEntries);
            for (var p = 0; p < paragraphs.Length; p++)
            {
                if (paragraphs[p].Length == 0)
                {
                    continue;
                }

                foreach (var sentence in Sentences(PlainText.Paragraphs(paragraphs[p]).FirstOrDefault() ?? ""))
                {
                    if (!judged && !kept)
                    {
                        passages.Add(new Passage(p, sentence, null, 0));
                        continue;
                    }

                    var trigrams = Trigrams(sentence);
                    if (kept)
                    {
                        own.UnionWith(trigrams);
                    }

                    passages.Add(judged ? Judge(p, sentence, trigrams, earlier) : new Passage(p, sentence, null, 0));
                }
            }

            earlier.Add((report.Slug, own));
            result.Add(new ReportOverlap(report, passages));
        }

        return result;
    }

    private static Passage Judge(int paragraph, string sentence, List<ulong> trigrams, List<(string Slug, HashSet<ulong> Trigrams)> earlier)
    {
        if (trigrams.Count == 0)
        {
            return new Passage(paragraph, sentence, null, 0);
        }

        var needed = trigrams.Count == 1 ? 1.0 : RepeatedShare;
        foreach (var (slug, set) in earlier)
        {
            var share = (double)trigrams.Count(set.Contains) / trigrams.Count;
            if (share >= needed)
            {
                return new Passage(paragraph, sentence, slug, share);
            }
        }

        return new Passage(paragraph, sentence, null, 0);
    }

    private static List<ulong> Trigrams(string sentence)
    {
        var words = new List<ulong>();
        Words.Hashes(sentence, words);
        if (words.Count < ShortSentence)
        {
            // One "trigram" of the whole short sentence: repeated only when said word for word.
            var whole = (ulong)words.Count;
            foreach (var word in words)
            {
                whole = StableHash.Combine(whole, word);
            }

            return words.Count == 0 ? [] : [whole];
        }

        var trigrams = new List<ulong>(words.Count - 2);
        for (var i = 0; i + 2 < words.Count; i++)
        {
            trigrams.Add(StableHash.Combine(StableHash.Combine(StableHash.Combine(3, words[i]), words[i + 1]), words[i + 2]));
        }

        return trigrams;
    }

    /// <summary>Splits plain text into sentences at ., ! or ? followed by a space and a capital, digit or quote.</summary>
    internal static IEnumerable<string> Sentences(string text) =>
        SentenceEnd().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0);

    [GeneratedRegex(@"(?<=[.!?][""”’')\]]?)\s+(?=[\p{Lu}\d""“‘'(\[])")]
    private static partial Regex SentenceEnd();
}
