using System.Text;

namespace Digest.Dedup;

/// <summary>
/// An article body (markdown as ingest writes it: escaped paragraphs separated by blank lines) as
/// plain-text paragraphs, furniture dropped. Cheap on purpose: it runs on every article of a
/// 100,000-article corpus, where a full markdown parse would dominate the stage's time.
/// </summary>
internal static class PlainText
{
    /// <summary>The content paragraphs of a markdown body.</summary>
    public static List<string> Paragraphs(string body)
    {
        var paragraphs = new List<string>();
        foreach (var block in body.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var text = Unescape(block);
            if (!Furniture.Is(text))
            {
                paragraphs.Add(text);
            }
        }

        return paragraphs;
    }

    // Drops markdown backslash escapes and block markers; keeps the words.
    private static string Unescape(string block)
    {
        if (!block.Contains('\\', StringComparison.Ordinal) && !block.Contains('\n', StringComparison.Ordinal))
        {
            return block.TrimStart(BlockMarkers);
        }

        var builder = new StringBuilder(block.Length);
        for (var i = 0; i < block.Length; i++)
        {
            var c = block[i];
            if (c == '\\' && i + 1 < block.Length && char.IsPunctuation(block[i + 1]) | char.IsSymbol(block[i + 1]))
            {
                continue;
            }

            builder.Append(c == '\n' ? ' ' : c);
        }

        return builder.ToString().TrimStart(BlockMarkers);
    }

    private static readonly char[] BlockMarkers = ['#', '>', ' ', '-', '*'];
}
