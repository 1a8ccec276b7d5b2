using System.Globalization;
using System.Text;

namespace Digest.Entities.Normalisation;

/// <summary>
/// Spelling-independent keys of names. Transliterated names vary in case, hyphens, the Arabic
/// article (al-, el-, ez-, written apart, joined or assimilated: "ez-Zor", "Ezzor") and vowels
/// (Zor / Zour, Deir / Dier). The key removes what varies without changing the name; the skeleton
/// (consonants, doubled letters once) finds candidates that <see cref="AreVariants"/> then checks
/// with an edit distance, so no list of known spellings is needed.
/// </summary>
internal static class NameKey
{
    // Articles and particles that transliterations write in different ways or leave out.
    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal)
    {
        "al", "el", "al'", "ez", "es", "ed", "ad", "ar", "as", "at", "az", "an", "ash", "ul", "the",
    };

    // Letters the Arabic article assimilates to ("ar-Raqqa", "ad-Dawla", "Ezzor" for "ez-Zor"); only an
    // "e"-spelt article is taken off a joined word, as "a" + double letter is common in names (Assad).
    private const string SunLetters = "tdrzsln";

    /// <summary>The key of a name: lower case, no accents or punctuation, articles and possessive dropped, words space-separated.</summary>
    public static string Of(string name)
    {
        var words = Words(name);
        var kept = new List<string>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (Articles.Contains(w) && words.Count > 1 && i + 1 < words.Count)
            {
                continue;
            }

            // "Ezzor" (ez + Zor joined), not the first word: the article assimilated to a sun letter.
            if (i > 0 && w.Length >= 5 && w[0] == 'e' && w[1] == w[2] && SunLetters.Contains(w[1], StringComparison.Ordinal))
            {
                w = w[2..];
            }

            kept.Add(w);
        }

        return string.Join(' ', kept);
    }

    /// <summary>The words of a name, lower case, without accents; periods and apostrophes vanish (U.S. → us, O'Brien → obrien).</summary>
    public static List<string> Words(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length > 2 && name[^1] is 's' && name[^2] is '\'' or '\u2019')
        {
            name = name[..^2]; // possessive
        }

        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in name)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '.' or '\'' or '\u2019' or '`')
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                current.Append(LatinLetters.Fold(char.ToLowerInvariant(c)));
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }

    /// <summary>Consonant skeleton of a key: first letter kept, later vowels dropped, doubled letters once, spaces gone.</summary>
    public static string Skeleton(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var builder = new StringBuilder(key.Length);
        foreach (var c in key)
        {
            if (c == ' ' || (builder.Length > 0 && IsVowel(c)))
            {
                continue;
            }

            if (builder.Length == 0 || builder[^1] != c)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// True when two keys spell one name: equal without spaces; or the same first letter and
    /// skeleton and then, for short names, a difference only in doubled letters (Raqa / Raqqa), for
    /// longer ones at most two edits (Deir Zor / Dier Zour) — vowels alone do not tell Mali from Male —
    /// and always the same final vowels (Colombo is not Colombia).
    /// </summary>
    public static bool AreVariants(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var x = a.Replace(" ", "", StringComparison.Ordinal);
        var y = b.Replace(" ", "", StringComparison.Ordinal);
        if (x == y)
        {
            return true;
        }

        if (x.Length == 0 || y.Length == 0 || x[0] != y[0] || Skeleton(x) != Skeleton(y) || x.Any(char.IsDigit) || Ending(x) != Ending(y))
        {
            return false;
        }

        if (Math.Min(x.Length, y.Length) < 6)
        {
            return Undoubled(x) == Undoubled(y);
        }

        return Distance.OptimalStringAlignment(x, y) <= 2;
    }

    // The vowels a name ends with: transliterations vary inside a name (Zor / Zour, Deir / Dier), while
    // a different ending makes a different name (Colombo / Colombia, Pakistan / Pakistani).
    private static string Ending(string s)
    {
        var i = s.Length;
        while (i > 0 && IsVowel(s[i - 1]))
        {
            i--;
        }

        return s[i..];
    }

    private static string Undoubled(string s)
    {
        var builder = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (builder.Length == 0 || builder[^1] != c)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
