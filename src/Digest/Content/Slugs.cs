using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Digest.Content;

/// <summary>URL-safe identifiers for articles, stories, tags, sources and entities.</summary>
public static partial class Slugs
{
    /// <summary>Longest slug produced from a title; cut at a word boundary.</summary>
    public const int MaxLength = 60;

    private static readonly HashSet<string> TrailingStopWords =
        new(["a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with"], StringComparer.Ordinal);

    // Symbols that carry a word: without them "C++" and "C#" were both "c" (one tag page for two languages).
    private static readonly System.Buffers.SearchValues<char> WordSymbols = System.Buffers.SearchValues.Create("&+#%");

    /// <summary>
    /// Lowercase ASCII letters and digits joined by single hyphens; accents folded (é → e); the symbols that stand
    /// for a word spelt out (&amp; and, + plus, # sharp after a letter, % percent after a number: "C++" → c-plus-plus,
    /// "AT&amp;T" → at-and-t); cut at <see cref="MaxLength"/> on a word boundary, without a dangling stop word.
    /// Returns an empty string when nothing usable remains.
    /// </summary>
    public static string From(string text, int maxLength = MaxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lower = SpellSymbols(text).ToLowerInvariant();
        // ASCII has nothing to fold: decomposed, it is itself and holds no marks. (A tally of 10,000 reports' entities
        // slugs 54,000 names: 62-64 ms when each was folded and split by a pattern, 6 ms so.)
        var folded = System.Text.Ascii.IsValid(lower) ? lower : FoldToAscii(lower);
        // The words are the runs of ASCII letters and digits; each is a range of folded, not a string of its own.
        var words = new List<Range>();
        for (var i = 0; i < folded.Length;)
        {
            if (!char.IsAsciiLetterLower(folded[i]) && !char.IsAsciiDigit(folded[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < folded.Length && (char.IsAsciiLetterLower(folded[i]) || char.IsAsciiDigit(folded[i])))
            {
                i++;
            }

            words.Add(start..i);
        }

        var kept = new List<Range>();
        var length = 0;
        foreach (var word in words)
        {
            var wordLength = word.GetOffsetAndLength(folded.Length).Length;
            var added = length == 0 ? wordLength : wordLength + 1;
            if (length + added > maxLength)
            {
                if (kept.Count == 0)
                {
                    kept.Add(word.Start..(word.Start.Value + maxLength));
                }

                break;
            }

            kept.Add(word);
            length += added;
        }

        var stopWords = TrailingStopWords.GetAlternateLookup<ReadOnlySpan<char>>();
        while (kept.Count > 1 && kept.Count < words.Count && stopWords.Contains(folded.AsSpan(kept[^1])))
        {
            kept.RemoveAt(kept.Count - 1);
        }

        var slug = new StringBuilder(maxLength);
        foreach (var word in kept)
        {
            (slug.Length > 0 ? slug.Append('-') : slug).Append(folded.AsSpan(word));
        }

        return slug.ToString();
    }

    /// <summary>
    /// Longest slug a maintainer may write (front matter's <c>slug</c>, <c>story</c>, <c>topic</c>): a slug names a file
    /// and a folder of the site, and a file system takes at most 255 bytes in a name.
    /// </summary>
    public const int MaxWrittenLength = 200;

    /// <summary>What a slug must be, for messages: "lowercase letters, digits and single hyphens, at most 200 characters".</summary>
    public static readonly string Rule = $"lowercase letters, digits and single hyphens, at most {MaxWrittenLength} characters";

    /// <summary>True for a slug as <see cref="From"/> makes them, of at most <see cref="MaxWrittenLength"/> characters.</summary>
    public static bool IsValid(string slug) => slug.Length <= MaxWrittenLength && ValidSlug().IsMatch(slug);

    // "&" and "+" are words wherever they stand; "#" only after a letter (C#, F#: a hashtag's "#" is not read), "%" only
    // after a digit (5%, 5 %). Other symbols separate words, as before.
    private static string SpellSymbols(string text)
    {
        if (text.AsSpan().IndexOfAny(WordSymbols) < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var word = c switch
            {
                '&' => "and",
                '+' => "plus",
                '#' when i > 0 && char.IsLetter(text[i - 1]) => "sharp",
                '%' when FollowsDigit(text, i) => "percent",
                _ => null,
            };
            if (word is null)
            {
                builder.Append(c);
            }
            else
            {
                builder.Append(' ').Append(word).Append(' ');
            }
        }

        return builder.ToString();
    }

    // A digit before index i, spaces between allowed ("5 %").
    private static bool FollowsDigit(string text, int i)
    {
        var k = i - 1;
        while (k >= 0 && text[k] == ' ')
        {
            k--;
        }

        return k >= 0 && char.IsDigit(text[k]);
    }

    private static string FoldToAscii(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex ValidSlug();
}
