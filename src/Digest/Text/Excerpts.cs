namespace Digest.Text;

/// <summary>Short plain-text openings of article bodies (lists, feeds) and of headlines too long to be one.</summary>
public static class Excerpts
{
    /// <summary>
    /// <paramref name="text"/> as one line: each run of whitespace (line breaks too) made one space, none at either
    /// end. A maintainer's summary written over several lines of YAML reads as the paragraph it is.
    /// </summary>
    public static string Flat(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Join(' ', text.Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The first sentences of <paramref name="plainText"/>, up to about <paramref name="maxLength"/> characters, cut at a word.</summary>
    public static string Of(string plainText, int maxLength = 240)
    {
        ArgumentNullException.ThrowIfNull(plainText);
        // The text with each run of whitespace made one space, read only as far as the cut needs
        // (one character past maxLength tells whether there is more): bodies run to many kilobytes.
        var flat = new System.Text.StringBuilder(maxLength + 1);
        var space = false;
        foreach (var c in plainText)
        {
            if (c is '\n' or '\r' or '\t' or ' ')
            {
                space = flat.Length > 0;
                continue;
            }

            flat.Append(' ', space ? 1 : 0).Append(c);
            space = false;
            if (flat.Length > maxLength)
            {
                break;
            }
        }

        if (flat.Length <= maxLength)
        {
            return flat.ToString();
        }

        var text = flat.ToString();
        var cut = text.LastIndexOf(' ', maxLength);
        return text[..(cut > maxLength / 2 ? cut : maxLength)].TrimEnd(',', ';', ':', '-', '–') + "…";
    }
}
