namespace Digest.Ingest.Cleaning;

/// <summary>Splits decoded seed text into its title line and its non-blank body lines.</summary>
public static class TextLines
{
    /// <summary>The first non-blank line as title, then every other non-blank line, whitespace normalised.</summary>
    public static (string Title, IReadOnlyList<TextLine> Lines) Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var title = "";
        var lines = new List<TextLine>();
        var afterBlank = true;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = Whitespace.Normalise(text[range]);
            if (line.Length == 0)
            {
                afterBlank = true;
                continue;
            }

            if (title.Length == 0)
            {
                title = line;
                afterBlank = true; // the title is a block of its own
                continue;
            }

            lines.Add(new TextLine(line, afterBlank));
            afterBlank = false;
        }

        return (title, lines);
    }
}
