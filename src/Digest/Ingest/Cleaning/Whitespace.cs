using System.Text.RegularExpressions;

namespace Digest.Ingest.Cleaning;

/// <summary>Stray whitespace: no-break and zero-width spaces, tabs and runs of spaces become one space.</summary>
internal static partial class Whitespace
{
    /// <summary>The line with its whitespace normalised and trimmed; words are never changed.</summary>
    public static string Normalise(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var zeroWidthFree = line.AsSpan().IndexOfAny('\u200B', '\u200C', '\uFEFF') >= 0 || line.Contains('\u200D', StringComparison.Ordinal)
            ? ZeroWidth().Replace(line, "")
            : line;
        return Runs().Replace(zeroWidthFree, " ").Trim();
    }

    [GeneratedRegex("[\u200B\u200C\u200D\uFEFF\u00AD]")]
    private static partial Regex ZeroWidth();

    // \s covers tabs, no-break spaces and the other Unicode spaces.
    [GeneratedRegex(@"\s{2,}|[\t\u00A0\u2000-\u200A\u202F\u205F\u3000]")]
    private static partial Regex Runs();
}
