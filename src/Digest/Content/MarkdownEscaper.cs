using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace Digest.Content;

/// <summary>
/// Turns plain text into markdown that renders as exactly that text: inline syntax characters are
/// backslash-escaped and block syntax at the start of a line is neutralised. Ingest uses it for
/// every paragraph taken from a seed, so a seed can never inject markup.
/// </summary>
public static partial class MarkdownEscaper
{
    // Characters that start inline constructs anywhere in a line (CommonMark allows any ASCII
    // punctuation to be backslash-escaped, so escaping more than needed is harmless).
    private const string InlineSpecials = "\\`*_[]<>&|~!{}";

    // Vectorised lookup: ingest escapes every paragraph of every seed.
    private static readonly SearchValues<char> Specials = SearchValues.Create(InlineSpecials);

    /// <summary>Escapes one paragraph of plain text (no line breaks expected; any are folded to spaces).</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var flat = (IsFlat(text) ? text : Whitespace().Replace(text, " ")).Trim();
        var escaped = flat;
        if (flat.AsSpan().ContainsAny(Specials))
        {
            var builder = new StringBuilder(flat.Length + 16);
            foreach (var c in flat)
            {
                if (Specials.Contains(c))
                {
                    builder.Append('\\');
                }

                builder.Append(c);
            }

            escaped = builder.ToString();
        }

        // Block constructs are recognised only at the start of a line: headings (#), quotes (>),
        // list bullets (- + *), setext underlines (=, -), ordered list markers (1. or 1)).
        var ordered = OrderedListMarker().Match(escaped);
        if (ordered.Success)
        {
            return escaped.Insert(ordered.Groups[1].Length, "\\");
        }

        return escaped.Length > 0 && "#-+=".Contains(escaped[0], StringComparison.Ordinal) ? "\\" + escaped : escaped;
    }

    // True when the only whitespace is single spaces: the usual paragraph needs no regex pass.
    private static bool IsFlat(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || (i + 1 < text.Length && text[i + 1] == ' ')))
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^(\d{1,9})[.)]")]
    private static partial Regex OrderedListMarker();
}
