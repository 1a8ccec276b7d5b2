using Digest.Text;

namespace Digest.Ingest.Cleaning;

/// <summary>Splits decoded seed text into its title line and its non-blank body lines.</summary>
public static class TextLines
{
    /// <summary>The longest first line read as a headline; a longer one is the article's first paragraph.</summary>
    public const int MaxTitleLength = 300;

    /// <summary>How long a headline made from a first line that is a paragraph may be.</summary>
    public const int MadeTitleLength = 120;

    /// <summary>
    /// The first non-blank line as title, then every other non-blank line, whitespace normalised. A first line
    /// longer than <see cref="MaxTitleLength"/> is a seed without a headline: its opening words, cut at a word,
    /// are the title, and the line stays in the body (no text is lost, and no front matter grows past what can be read).
    /// </summary>
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
                afterBlank = true; // the title is a block of its own
                if (line.Length <= MaxTitleLength)
                {
                    title = line;
                    continue;
                }

                title = Excerpts.Of(line, MadeTitleLength);
            }

            lines.Add(new TextLine(line, afterBlank));
            afterBlank = false;
        }

        return (title, lines);
    }
}
