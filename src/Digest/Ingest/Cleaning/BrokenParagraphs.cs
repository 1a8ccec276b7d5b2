namespace Digest.Ingest.Cleaning;

/// <summary>
/// Joins paragraphs broken in the middle of a sentence: a line that does not end a sentence
/// followed by one that starts in lowercase, and hard-wrapped blocks (every line but the last
/// long and of similar width). Separate short lines (menus) are never joined.
/// </summary>
internal static class BrokenParagraphs
{
    private const int MinWrappedWidth = 40;

    /// <summary>Joins the lines into paragraphs.</summary>
    public static List<string> Join(IReadOnlyList<TextLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var paragraphs = new List<string>(lines.Count);
        var wrapped = WrappedBlocks(lines);
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Text;
            if (paragraphs.Count > 0 && i > 0 && (Continues(paragraphs[^1], text) || (wrapped[i] && !lines[i].AfterBlank)))
            {
                paragraphs[^1] = paragraphs[^1].EndsWith('-') && char.IsLower(text[0]) && !paragraphs[^1].EndsWith(" -", StringComparison.Ordinal)
                    ? paragraphs[^1] + text
                    : paragraphs[^1] + " " + text;
            }
            else
            {
                paragraphs.Add(text);
            }
        }

        return paragraphs;
    }

    // The previous text stops mid-sentence and the next one carries on in lowercase.
    private static bool Continues(string previous, string next) =>
        previous.Length >= MinWrappedWidth && !LineStats.EndsWithSentencePunctuation(previous) && char.IsLower(next[0]) &&
        previous[^1] is not ('"' or '”' or '’' or ')' or ']');

    private static int CutLines(IReadOnlyList<TextLine> lines, int start, int end)
    {
        var cut = 0;
        for (var i = start; i < end; i++)
        {
            cut += Truncation.IsCut(lines[i].Text) ? 1 : 0;
        }

        return cut;
    }

    // Marks the lines that belong to a hard-wrapped block (a block of ≥ 3 lines whose lines but
    // the last are all wide and within a fifth of the widest).
    private static bool[] WrappedBlocks(IReadOnlyList<TextLine> lines)
    {
        var wrapped = new bool[lines.Count];
        for (var start = 0; start < lines.Count;)
        {
            var end = start + 1;
            while (end < lines.Count && !lines[end].AfterBlank)
            {
                end++;
            }

            if (end - start >= 3)
            {
                var widest = 0;
                for (var i = start; i < end - 1; i++)
                {
                    widest = Math.Max(widest, lines[i].Text.Length);
                }

                // Teasers cut to one width ("… may soon...") look wrapped; a wrapped text's lines are not cut short.
                var isWrapped = widest >= MinWrappedWidth && CutLines(lines, start, end - 1) * 2 < end - 1 - start;
                for (var i = start; i < end - 1 && isWrapped; i++)
                {
                    isWrapped = lines[i].Text.Length * 5 >= widest * 4;
                }

                for (var i = start; i < end && isWrapped; i++)
                {
                    wrapped[i] = true;
                }
            }

            start = end;
        }

        return wrapped;
    }
}
