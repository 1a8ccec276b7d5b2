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
        var earlier = new EarlierReports();
        var result = new List<ReportOverlap>(reports.Count);
        // One sentence's words and trigrams at a time, in lists kept for the story's every sentence (made per
        // sentence, they were most of what a story's analysis allocated).
        var words = new List<ulong>();
        var trigrams = new List<ulong>();
        for (var r = 0; r < reports.Count; r++)
        {
            var report = reports[r];
            // Trigrams are compared with earlier reports' and kept for later ones: the first report's are
            // only kept, the last one's only compared, and a lone report needs none.
            var judged = r > 0;
            var kept = r < reports.Count - 1;
            var passages = new List<Passage>();
            // About a trigram for every six characters of text: sized once rather than grown by copies.
            var own = kept ? new HashSet<ulong>(report.Body.Length / 6) : [];
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

                    Trigrams(sentence, words, trigrams);
                    if (kept)
                    {
                        own.UnionWith(trigrams);
                    }

                    passages.Add(judged ? Judge(p, sentence, trigrams, earlier) : new Passage(p, sentence, null, 0));
                }
            }

            earlier.Add(report.Slug, own);
            result.Add(new ReportOverlap(report, passages));
        }

        return result;
    }

    // The sentence repeats the first earlier report (in canonical order) that holds at least the needed share of its
    // trigrams (each counted as often as the sentence has it), if any.
    private static Passage Judge(int paragraph, string sentence, List<ulong> trigrams, EarlierReports earlier)
    {
        if (trigrams.Count == 0)
        {
            return new Passage(paragraph, sentence, null, 0);
        }

        var needed = trigrams.Count == 1 ? 1.0 : RepeatedShare;
        return earlier.FirstHolding(trigrams, needed) is ({ } slug, var share)
            ? new Passage(paragraph, sentence, slug, share)
            : new Passage(paragraph, sentence, null, 0);
    }

    // The sentence's word trigrams into trigrams (words: scratch for its words' hashes).
    private static void Trigrams(string sentence, List<ulong> words, List<ulong> trigrams)
    {
        words.Clear();
        trigrams.Clear();
        Words.Hashes(sentence, words);
        if (words.Count < ShortSentence)
        {
            // One "trigram" of the whole short sentence: repeated only when said word for word.
            var whole = (ulong)words.Count;
            foreach (var word in words)
            {
                whole = StableHash.Combine(whole, word);
            }

            if (words.Count > 0)
            {
                trigrams.Add(whole);
            }

            return;
        }

        for (var i = 0; i + 2 < words.Count; i++)
        {
            trigrams.Add(StableHash.Combine(StableHash.Combine(StableHash.Combine(3, words[i]), words[i + 1]), words[i + 2]));
        }
    }

    /// <summary>Splits plain text into sentences at ., ! or ? followed by a space and a capital, digit or quote.</summary>
    internal static IEnumerable<string> Sentences(string text) =>
        SentenceEnd().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0);

    [GeneratedRegex(@"(?<=[.!?][""”’')\]]?)\s+(?=[\p{Lu}\d""“‘'(\[])")]
    private static partial Regex SentenceEnd();
}
