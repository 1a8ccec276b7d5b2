namespace Digest.Ingest.Cleaning;

/// <summary>
/// Sections in another script appended to an article (a Cyrillic site footer under an English
/// report). The article's script is the one of most of its letters; a line written mostly in
/// another script is dropped. A text wholly in one script keeps every line, whatever the script.
/// </summary>
internal static class ForeignScript
{
    /// <summary>True when the line's letters are mostly outside the article's dominant script.</summary>
    /// <param name="line">The line's measurements.</param>
    /// <param name="articleIsLatin">True when most letters of the article are Latin.</param>
    public static bool IsForeign(LineStats line, bool articleIsLatin)
    {
        if (line.Letters == 0)
        {
            return false;
        }

        var latinShare = (double)line.LatinLetters / line.Letters;
        return articleIsLatin ? latinShare < 0.5 : latinShare > 0.5;
    }

    /// <summary>True when most letters of the given lines are Latin.</summary>
    public static bool IsMostlyLatin(IEnumerable<LineStats> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        long letters = 0, latin = 0;
        foreach (var line in lines)
        {
            letters += line.Letters;
            latin += line.LatinLetters;
        }

        return letters == 0 || latin * 2 >= letters;
    }
}
