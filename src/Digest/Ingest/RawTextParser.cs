using System.Text.RegularExpressions;

namespace Digest.Ingest;

/// <summary>
/// Splits the seed text format (title line, blank line, paragraphs separated by blank lines) into
/// a <see cref="RawText"/>. Tolerant: a missing blank line after the title or single line breaks
/// inside paragraphs still parse.
/// </summary>
public static partial class RawTextParser
{
    /// <summary>Parses decoded seed text.</summary>
    public static RawText Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var first = Array.FindIndex(lines, l => !string.IsNullOrWhiteSpace(l));
        var title = first < 0 ? "" : Collapse(lines[first]);
        var paragraphs = new List<string>();
        var current = new List<string>();
        for (var i = first + 1; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                Flush(current, paragraphs);
            }
            else
            {
                current.Add(lines[i].Trim());
            }
        }

        Flush(current, paragraphs);
        return new RawText(title, paragraphs);
    }

    private static void Flush(List<string> current, List<string> paragraphs)
    {
        if (current.Count > 0)
        {
            paragraphs.Add(Collapse(string.Join(' ', current)));
            current.Clear();
        }
    }

    private static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
