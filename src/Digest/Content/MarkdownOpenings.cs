namespace Digest.Content;

/// <summary>
/// How far each line of markdown is opened: the columns of indents, quote marks (<c>&gt;</c>) and list markers
/// (<c>-</c>, <c>*</c>, <c>+</c>, <c>1.</c>, <c>1)</c> before a space) that come before its text. Each block a line
/// continues or opens is found from these, and Markdig matches every block still open against them, so its work on a
/// line grows with the nesting times the opening. A list nested 3,000 deep (9 MB, each level two spaces further in)
/// took it 53 s to refuse (its limit is 128 levels), 1,600 deep 10 s, lines of 1,600 quote marks 2.4 s. No option of
/// Markdig bounds this, so the opening is measured here, by hand, before Markdig reads a text: no text CommonMark reads
/// as 128 blocks or fewer needs more than <see cref="MaxColumns"/>.
/// </summary>
internal static class MarkdownOpenings
{
    /// <summary>
    /// The widest opening read as markdown: 10 MB of lines opened this far, quote marks or list levels, take Markdig 1.6
    /// about 2 s to refuse (linear in the size); lines of 512 quote marks 9 s.
    /// </summary>
    public const int MaxColumns = 256;

    /// <summary>The first line (from 1) of <paramref name="text"/> opened by more than <see cref="MaxColumns"/> columns, or null.</summary>
    public static int? FirstTooWide(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var line = 1;
        for (var start = 0; start < text.Length; line++)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            if (Columns(text.AsSpan(start, end - start)) > MaxColumns)
            {
                return line;
            }

            start = end + 1;
        }

        return null;
    }

    // The columns before the line's text (a tab to the next stop of four), counted up to just past the limit.
    private static int Columns(ReadOnlySpan<char> line)
    {
        var columns = 0;
        var i = 0;
        while (i < line.Length && columns <= MaxColumns)
        {
            var c = line[i];
            if (c is ' ' or '>')
            {
                columns++;
                i++;
            }
            else if (c == '\t')
            {
                columns += 4 - (columns % 4);
                i++;
            }
            else if (c is '-' or '*' or '+' && IsSpace(line, i + 1))
            {
                columns++;
                i++;
            }
            else if (char.IsAsciiDigit(c) && OrderedMarker(line[i..]) is > 0 and var length)
            {
                columns += length;
                i += length;
            }
            else
            {
                break;
            }
        }

        return columns;
    }

    // The length of an ordered list's marker (one to nine digits, then '.' or ')', then a space) at the start, or 0.
    private static int OrderedMarker(ReadOnlySpan<char> rest)
    {
        var digits = 0;
        while (digits < rest.Length && digits < 10 && char.IsAsciiDigit(rest[digits]))
        {
            digits++;
        }

        return digits is >= 1 and <= 9 && digits < rest.Length && rest[digits] is '.' or ')' && IsSpace(rest, digits + 1) ? digits + 1 : 0;
    }

    private static bool IsSpace(ReadOnlySpan<char> line, int at) => at < line.Length && line[at] is ' ' or '\t';
}
