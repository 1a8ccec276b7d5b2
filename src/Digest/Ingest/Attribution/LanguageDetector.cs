using Digest.Ingest.Cleaning;

namespace Digest.Ingest.Attribution;

/// <summary>
/// The article's language (ISO 639-1): English when its share of English function words is that of
/// prose; otherwise the script decides (Cyrillic, Greek, Arabic, Hebrew, CJK) or a few function words
/// of the large Latin-script languages; "und" (undetermined) when nothing is sure.
/// Hand-written: no language-identification package is restorable here.
/// </summary>
public static class LanguageDetector
{
    /// <summary>The code given when nothing is sure.</summary>
    public const string Undetermined = "und";

    /// <summary>English prose has 35–50 % function words; a page with menus still well above this.</summary>
    private const double EnglishThreshold = 0.18;

    // Enough words to tell a language; a long page decides no better with more.
    private const int MaxWords = 600;
    // A set built once: SplitAny with a plain string of this many characters builds its lookup map on every call.
    private static readonly System.Buffers.SearchValues<char> Separators = System.Buffers.SearchValues.Create(" \t\n,.;:!?()\"“”‘’«»–—/");

    private static readonly (string Code, HashSet<string> Words)[] LatinLanguages =
    [
        ("de", Set("der", "die", "das", "und", "ist", "nicht", "ein", "eine", "mit", "den", "von", "zu", "auf", "sich", "auch", "dem", "für", "wird")),
        ("fr", Set("le", "la", "les", "et", "est", "une", "des", "du", "pas", "que", "qui", "dans", "pour", "sur", "au", "avec", "sont", "il")),
        ("es", Set("el", "la", "los", "las", "y", "es", "una", "del", "que", "en", "por", "con", "para", "se", "su", "como", "pero", "al")),
        ("it", Set("il", "lo", "la", "gli", "le", "e", "è", "una", "del", "che", "di", "per", "con", "non", "sono", "della", "nel", "anche")),
        ("pt", Set("o", "os", "as", "e", "é", "um", "uma", "do", "da", "que", "em", "para", "com", "não", "por", "dos", "mais", "foi")),
        ("nl", Set("de", "het", "een", "en", "is", "niet", "van", "dat", "op", "met", "voor", "zijn", "ook", "aan", "er", "naar", "wordt", "bij")),
    ];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>>[] LatinLookups =
        LatinLanguages.Select(l => l.Words.GetAlternateLookup<ReadOnlySpan<char>>()).ToArray();

    /// <summary>Detects the language of the given paragraphs.</summary>
    public static string Detect(IEnumerable<string> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        int words = 0, english = 0, letters = 0, latin = 0, ukrainian = 0;
        var scripts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var paragraph in paragraphs)
        {
            if (words >= MaxWords)
            {
                break;
            }

            foreach (var range in paragraph.AsSpan().SplitAny(Separators))
            {
                var word = paragraph.AsSpan(range);
                if (word.IsEmpty)
                {
                    continue;
                }

                words++;
                if (word.Length > EnglishStopWords.MaxLength)
                {
                    continue; // no function word of any listed language is that long
                }

                english += EnglishStopWords.Contains(word) ? 1 : 0;
            }

            foreach (var c in paragraph)
            {
                if (!char.IsLetter(c))
                {
                    continue;
                }

                letters++;
                if (c < 0x250)
                {
                    latin++;
                }
                else if (c is 'і' or 'ї' or 'є' or 'ґ' or 'І' or 'Ї' or 'Є' or 'Ґ')
                {
                    ukrainian++;
                    scripts[Cyrillic] = scripts.GetValueOrDefault(Cyrillic) + 1;
                }
                else if (ScriptOf(c) is { } script)
                {
                    scripts[script] = scripts.GetValueOrDefault(script) + 1;
                }
            }
        }

        if (letters > 0 && latin * 2 < letters)
        {
            if (scripts.Count == 0)
            {
                return Undetermined;
            }

            var (script, count) = scripts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First();
            // Ukrainian writes і, ї, є and ґ, which Russian does not have.
            return script == Cyrillic ? (ukrainian * 200 >= count ? "uk" : "ru") : script;
        }

        if (words == 0)
        {
            return Undetermined;
        }

        if ((double)english / words >= EnglishThreshold)
        {
            return "en";
        }

        return OtherLatinLanguage(paragraphs, words);
    }

    // Second pass, only for Latin-script text that is not English: whose function words are these?
    private static string OtherLatinLanguage(IEnumerable<string> paragraphs, int words)
    {
        var counts = new int[LatinLanguages.Length];
        var seen = 0;
        foreach (var paragraph in paragraphs)
        {
            foreach (var range in paragraph.AsSpan().SplitAny(Separators))
            {
                var word = paragraph.AsSpan(range);
                if (word.IsEmpty || seen++ > words || word.Length > EnglishStopWords.MaxLength)
                {
                    continue;
                }

                for (var l = 0; l < LatinLanguages.Length; l++)
                {
                    counts[l] += LatinLookups[l].Contains(word) ? 1 : 0;
                }
            }

            if (seen > words)
            {
                break; // the first pass counted this many words; compare like with like
            }
        }

        var best = Array.IndexOf(counts, counts.Max());
        return counts[best] >= words * 0.15 ? LatinLanguages[best].Code : Undetermined;
    }

    private const string Cyrillic = "cyrl";

    // The language a script implies when one script dominates (Cyrillic is told apart below).
    private static string? ScriptOf(char c) => c switch
    {
        >= '\u0400' and <= '\u04FF' => Cyrillic,
        >= '\u0370' and <= '\u03FF' => "el",
        >= '\u0590' and <= '\u05FF' => "he",
        >= '\u0600' and <= '\u06FF' => "ar",
        >= '\u3040' and <= '\u30FF' => "ja",
        >= '\uAC00' and <= '\uD7AF' => "ko",
        >= '\u4E00' and <= '\u9FFF' => "zh",
        _ => null,
    };

    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.OrdinalIgnoreCase);
}
