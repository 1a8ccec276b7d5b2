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

    /// <summary>
    /// Lowercase ASCII letters and digits joined by single hyphens; accents folded (é → e);
    /// cut at <see cref="MaxLength"/> on a word boundary, without a dangling stop word.
    /// Returns an empty string when nothing usable remains.
    /// </summary>
    public static string From(string text, int maxLength = MaxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = FoldToAscii(text.ToLowerInvariant());
        var words = NonAlphanumeric().Split(folded).Where(w => w.Length > 0).ToList();
        var kept = new List<string>();
        var length = 0;
        foreach (var word in words)
        {
            var added = length == 0 ? word.Length : word.Length + 1;
            if (length + added > maxLength)
            {
                if (kept.Count == 0)
                {
                    kept.Add(word[..maxLength]);
                }

                break;
            }

            kept.Add(word);
            length += added;
        }

        while (kept.Count > 1 && kept.Count < words.Count && TrailingStopWords.Contains(kept[^1]))
        {
            kept.RemoveAt(kept.Count - 1);
        }

        return string.Join('-', kept);
    }

    /// <summary>True for a slug as <see cref="From"/> makes them.</summary>
    public static bool IsValid(string slug) => ValidSlug().IsMatch(slug);

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

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonAlphanumeric();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex ValidSlug();
}
