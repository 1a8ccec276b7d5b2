using System.Text.RegularExpressions;

namespace Digest.Ingest.Cleaning;

/// <summary>
/// Puts the missing space back between sentences glued by copy-paste ("north of Deir Ezzor.On
/// September 18" → "Ezzor. On September 18"). Conservative on purpose: the word before the stop
/// must end in two lowercase letters (so "U.S.Army", "e.g.The", "3.5" and "Mr.Smith" stay as they
/// are) and tokens that look like URLs or domains are left alone.
/// </summary>
internal static partial class RunTogetherSentences
{
    /// <summary>The text with glued sentence boundaries separated by one space.</summary>
    public static string Repair(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return HasGluedStop(text) ? GluedBoundary().Replace(text, m => LooksLikeUrl(text, m.Index) ? "" : " ") : text;
    }

    // Most paragraphs have no stop directly followed by a capital: skip the regex for them.
    private static bool HasGluedStop(string text)
    {
        for (var i = text.AsSpan().IndexOfAny('.', '!', '?'); i >= 0 && i + 1 < text.Length; i++)
        {
            if (text[i] is '.' or '!' or '?' && text[i + 1] is not ' ' && (char.IsUpper(text[i + 1]) || (i + 2 < text.Length && char.IsUpper(text[i + 2]))))
            {
                return true;
            }
        }

        return false;
    }

    // True when the boundary at index lies inside a URL or a domain name such as example.Com/path.
    private static bool LooksLikeUrl(string text, int index)
    {
        var start = text.LastIndexOf(' ', Math.Max(0, index - 1)) + 1;
        var end = text.IndexOf(' ', index);
        var token = text.AsSpan(start, (end < 0 ? text.Length : end) - start);
        return token.Contains("://", StringComparison.Ordinal) || token.StartsWith("www.", StringComparison.OrdinalIgnoreCase) || token.Contains('@') || token.Contains('/');
    }

    // Two lowercase letters, sentence punctuation, optional closing quote | capital + lowercase (optionally after an opening quote).
    [GeneratedRegex(@"(?<=\p{Ll}\p{Ll}[.!?][""”’]?)(?=[""“‘]?\p{Lu}\p{Ll})")]
    private static partial Regex GluedBoundary();
}
