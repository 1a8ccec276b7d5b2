using System.Text;

namespace Digest.Ingest.Cleaning;

/// <summary>
/// An all-caps headline in the title case news sites show ("USA Asks Russia for Meeting to
/// Discuss ‘Future of Deir Ezzor’ – Russian Media"): acronyms stay capitals — words written in
/// capitals in the body, a short list of common ones, and words without vowels.
/// </summary>
public static class HeadlineCase
{
    // A set built once: SplitAny with a plain string of this many characters builds its lookup map on every call.
    private static readonly System.Buffers.SearchValues<char> WordSeparators = System.Buffers.SearchValues.Create(" \t,.;:!?()\"“”‘’'–—/-");

    private static readonly HashSet<string> MinorWords = new(
        ["a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of", "on", "or", "over", "per", "the", "to", "up", "via", "vs", "with"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> Clitics = new(["S", "T", "LL", "RE", "VE", "D", "M"], StringComparer.OrdinalIgnoreCase);

    // Acronyms a headline uses without the body spelling them; the body adds its own.
    private static readonly HashSet<string> KnownAcronyms = new(
        ["USA", "US", "UK", "UN", "EU", "NATO", "ISIS", "ISIL", "AP", "BBC", "CNN", "AFP", "NYT", "CEO", "CFO", "GDP", "FBI", "CIA", "NSA", "NASA", "IMF", "OPEC", "SDF", "SAA", "YPG", "PKK", "MP", "MPS", "NHS", "NFL", "NBA", "FIFA", "UEFA", "COVID", "AI", "TV", "DC", "LA", "NYC", "UAE", "DPRK", "IDF", "PM", "GOP", "EPA", "SEC", "FDA", "CDC", "IPO", "II", "III", "IV"],
        StringComparer.Ordinal);

    /// <summary>True when the headline is written in capitals (at least 4 letters, 80 % or more upper case).</summary>
    public static bool IsAllCaps(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        int letters = 0, upper = 0;
        foreach (var c in title)
        {
            if (char.IsLetter(c))
            {
                letters++;
                upper += char.IsUpper(c) ? 1 : 0;
            }
        }

        return letters >= 4 && upper * 5 >= letters * 4;
    }

    /// <summary>The headline in title case when it is all caps; unchanged otherwise.</summary>
    /// <param name="title">The headline.</param>
    /// <param name="bodyAcronyms">Words the body writes in capitals (acronyms it uses).</param>
    public static string Normalise(string title, IReadOnlySet<string> bodyAcronyms)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(bodyAcronyms);
        if (!IsAllCaps(title))
        {
            return title;
        }

        var builder = new StringBuilder(title.Length);
        var wordIndex = 0;
        var afterColon = false;
        for (var i = 0; i < title.Length;)
        {
            if (!char.IsLetter(title[i]))
            {
                afterColon |= title[i] is ':' or '–' or '—' or '-' && (i + 1 >= title.Length || title[i + 1] == ' ');
                builder.Append(title[i++]);
                continue;
            }

            var end = i;
            while (end < title.Length && (char.IsLetterOrDigit(title[end]) || (title[end] is '\'' or '’' && end + 1 < title.Length && char.IsLetter(title[end + 1]))))
            {
                end++;
            }

            var word = title[i..end];
            // A clitic set apart from its word ("THURSDAY 'S GAMES", as tokenised text has it) is lower case.
            var clitic = i > 0 && title[i - 1] is '\'' or '’' && (i == 1 || title[i - 2] == ' ')
                && (end == title.Length || title[end] == ' ') && Clitics.Contains(word);
            builder.Append(clitic ? word.ToLowerInvariant() : CaseWord(word, wordIndex == 0 || afterColon, bodyAcronyms));
            afterColon = false;
            wordIndex++;
            i = end;
        }

        return builder.ToString();
    }

    /// <summary>Words the text writes only in capitals (2–6 letters): its acronyms, not its capitalised datelines.</summary>
    public static IReadOnlySet<string> AcronymsIn(IEnumerable<string> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var upper = new HashSet<string>(StringComparer.Ordinal);
        var other = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var paragraph in text)
        {
            foreach (var range in paragraph.AsSpan().SplitAny(WordSeparators))
            {
                var word = paragraph.AsSpan(range);
                if (word.Length >= 2 && IsUpperWord(word))
                {
                    upper.Add(word.ToString());
                }
                else if (word.Length >= 2)
                {
                    other.Add(word.ToString());
                }
            }
        }

        upper.RemoveWhere(w => w.Length > 6 || other.Contains(w));
        return upper;
    }

    private static string CaseWord(string word, bool first, IReadOnlySet<string> bodyAcronyms)
    {
        var upper = word.ToUpperInvariant();
        var stem = upper.EndsWith("’S", StringComparison.Ordinal) || upper.EndsWith("'S", StringComparison.Ordinal) ? upper[..^2] : upper;
        if (KnownAcronyms.Contains(stem) || bodyAcronyms.Contains(stem) || (stem.Length > 1 && !stem.Any(IsVowel)))
        {
            return stem + word[stem.Length..].ToLowerInvariant();
        }

        var lower = word.ToLowerInvariant();
        if (!first && MinorWords.Contains(lower))
        {
            return lower;
        }

        return char.ToUpperInvariant(lower[0]) + lower[1..];
    }

    private static bool IsVowel(char c) => "AEIOUY".Contains(c, StringComparison.Ordinal) || (c > 127 && char.IsLetter(c));

    private static bool IsUpperWord(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }
}
