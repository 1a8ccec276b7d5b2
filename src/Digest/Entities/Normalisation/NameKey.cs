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

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ArticleWords = Articles.GetAlternateLookup<ReadOnlySpan<char>>();

    // Letters the Arabic article assimilates to ("ar-Raqqa", "ad-Dawla", "Ezzor" for "ez-Zor"); only an
    // "e"-spelt article is taken off a joined word, as "a" + double letter is common in names (Assad).
    private const string SunLetters = "tdrzsln";

    /// <summary>The key of a name: lower case, no accents or punctuation, articles and possessive dropped, words space-separated.</summary>
    public static string Of(string name)
    {
        // Keys are made for every mention of every article: the words stay ranges of one buffer, and only the key becomes a string.
        var letters = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        var ranges = name.Length <= 256 ? stackalloc Range[name.Length / 2 + 1] : new Range[name.Length / 2 + 1];
        var count = WordRanges(name, letters, ranges);
        var key = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        var length = 0;
        for (var i = 0; i < count; i++)
        {
            ReadOnlySpan<char> w = letters[ranges[i]];
            if (count > 1 && i + 1 < count && ArticleWords.Contains(w))
            {
                continue;
            }

            // "Ezzor" (ez + Zor joined), not the first word: the article assimilated to a sun letter.
            if (i > 0 && w.Length >= 5 && w[0] == 'e' && w[1] == w[2] && SunLetters.Contains(w[1], StringComparison.Ordinal))
            {
                w = w[2..];
            }

            if (length > 0)
            {
                key[length++] = ' ';
            }

            w.CopyTo(key[length..]);
            length += w.Length;
        }

        return new string(key[..length]);
    }

    /// <summary>The words of a name, lower case, without accents; periods and apostrophes vanish (U.S. → us, O'Brien → obrien).</summary>
    public static List<string> Words(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var letters = new char[name.Length];
        var ranges = new Range[name.Length / 2 + 1];
        var count = WordRanges(name, letters, ranges);
        var words = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            words.Add(new string(letters.AsSpan(ranges[i])));
        }

        return words;
    }

    /// <summary>How many words <see cref="Words"/> finds, without making them.</summary>
    public static int WordCount(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var letters = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        var ranges = name.Length <= 256 ? stackalloc Range[name.Length / 2 + 1] : new Range[name.Length / 2 + 1];
        return WordRanges(name, letters, ranges);
    }

    // The words of a name (as Words) written into letters, each word's place in ranges; returns how many.
    // A word takes at least one letter and a separator, so name.Length / 2 + 1 ranges always suffice.
    private static int WordRanges(string name, Span<char> letters, Span<Range> ranges)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length > 2 && name[^1] is 's' && name[^2] is '\'' or '\u2019')
        {
            name = name[..^2]; // possessive
        }

        var count = 0;
        var length = 0;
        var start = 0;
        foreach (var c in name)
        {
            if (c is '.' or '\'' or '\u2019' or '`' || (c > 127 && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark))
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                letters[length++] = c < 128 ? char.ToLowerInvariant(c) : LatinLetters.Fold(char.ToLowerInvariant(c));
            }
            else if (length > start)
            {
                ranges[count++] = start..length;
                start = length;
            }
        }

        if (length > start)
        {
            ranges[count++] = start..length;
        }

        return count;
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
        // Most pairs differ in their first letter or skeleton: those are told apart without making a string.
        if (EqualIgnoringSpaces(a, b))
        {
            return true;
        }

        // A name of two words and one of a single word are spelt alike only when they are the same letters ("Deir Ezzor",
        // "Deirezzor", above): "Newark" is not "New York".
        if (!SameSkeleton(a, b) || a.Count(c => c == ' ') != b.Count(c => c == ' '))
        {
            return false;
        }

        var x = a.Replace(" ", "", StringComparison.Ordinal);
        var y = b.Replace(" ", "", StringComparison.Ordinal);
        if (x.Length == 0 || y.Length == 0 || x[0] != y[0] || x.Any(char.IsDigit) || Ending(x) != Ending(y))
        {
            return false;
        }

        if (Math.Min(x.Length, y.Length) < 6)
        {
            return Undoubled(x) == Undoubled(y);
        }

        return Distance.OptimalStringAlignment(x, y) <= 2;
    }

    private static bool EqualIgnoringSpaces(string a, string b)
    {
        int i = 0, j = 0;
        while (true)
        {
            while (i < a.Length && a[i] == ' ')
            {
                i++;
            }

            while (j < b.Length && b[j] == ' ')
            {
                j++;
            }

            if (i == a.Length || j == b.Length)
            {
                return i == a.Length && j == b.Length;
            }

            if (a[i++] != b[j++])
            {
                return false;
            }
        }
    }

    // Skeleton(a) == Skeleton(b), letter by letter, without making either (the skeleton's first letter is the key's).
    private static bool SameSkeleton(string a, string b)
    {
        var x = new SkeletonLetters(a);
        var y = new SkeletonLetters(b);
        while (true)
        {
            var more = x.MoveNext();
            if (more != y.MoveNext())
            {
                return false;
            }

            if (!more)
            {
                return true;
            }

            if (x.Current != y.Current)
            {
                return false;
            }
        }
    }

    // The letters Skeleton appends, one at a time.
    private struct SkeletonLetters(string key)
    {
        private int _next;
        private bool _started;

        public char Current { get; private set; }

        public bool MoveNext()
        {
            while (_next < key.Length)
            {
                var c = key[_next++];
                if (c == ' ' || (_started && IsVowel(c)))
                {
                    continue;
                }

                if (!_started || Current != c)
                {
                    _started = true;
                    Current = c;
                    return true;
                }
            }

            return false;
        }
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
