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
    // punctuation to be backslash-escaped, so escaping more than needed is harmless); ^ is the
    // pipeline's superscript (EmphasisExtras).
    private const string InlineSpecials = "\\`*_[]<>&|~!{}^";

    // Doubled, these mark inserted (++) and highlighted (==) text in EmphasisExtras; alone they are
    // ordinary ("C+", "a = b") and stay unescaped, so the markdown reads as the text did.
    private const string DoubledSpecials = "+=";

    // Vectorised lookup: ingest escapes every paragraph of every seed.
    private static readonly SearchValues<char> Specials = SearchValues.Create(InlineSpecials);

    /// <summary>Escapes one paragraph of plain text (no line breaks expected; any are folded to spaces).</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var flat = (IsFlat(text) ? text : Whitespace().Replace(text, " ")).Trim();
        var escaped = flat.AsSpan().ContainsAny(Specials) || HasDoubled(flat) ? EscapeInline(flat) : flat;
        return NeutraliseBlockStart(escaped);
    }

    /// <summary>
    /// Escapes what would make a line of escaped text start a block: a heading (#), a bullet (- +), a setext
    /// underline (=) or an ordered list marker, which the pipeline's ListExtras also takes in letters and roman
    /// numerals ("12.", "3)", "A. Gurusinha", "iv)"). The text is returned as it is when it starts none.
    /// </summary>
    public static string NeutraliseBlockStart(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        if (markdown.Length > 0 && "#-+=".Contains(markdown[0], StringComparison.Ordinal))
        {
            return "\\" + markdown;
        }

        var ordered = OrderedListMarker().Match(markdown);
        return ordered.Success ? markdown.Insert(ordered.Groups[1].Length, "\\") : markdown;
    }

    /// <summary>True when a line would start a block that <see cref="NeutraliseBlockStart"/> neutralises (it is not escaped yet).</summary>
    public static bool StartsBlock(ReadOnlySpan<char> line) =>
        line.Length > 0 && ("#-+=".Contains(line[0]) || OrderedListMarker().IsMatch(line));

    /// <summary>True when text holds a doubled + or = that <see cref="Escape"/> would escape (inserted or highlighted text).</summary>
    public static bool HasDoubled(ReadOnlySpan<char> text) =>
        text.Contains("++", StringComparison.Ordinal) || text.Contains("==", StringComparison.Ordinal);

    private static string EscapeInline(string flat)
    {
        var builder = new StringBuilder(flat.Length + 16);
        for (var i = 0; i < flat.Length; i++)
        {
            var c = flat[i];
            if (Specials.Contains(c) || (DoubledSpecials.Contains(c, StringComparison.Ordinal) && IsDoubled(flat, i)))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static bool IsDoubled(string text, int i) =>
        (i > 0 && text[i - 1] == text[i]) || (i + 1 < text.Length && text[i + 1] == text[i]);

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

    // Digits as CommonMark has them (any "12." is escaped, as it always was); a letter or a run of roman
    // numerals only before a space or the end, as ListExtras needs ("U.S." and "Mr." start no list).
    [GeneratedRegex(@"^(\d{1,9}(?=[.)])|(?:[A-Za-z]|[ivxlcdm]+|[IVXLCDM]+)(?=[.)](?:\s|$)))")]
    private static partial Regex OrderedListMarker();
}
