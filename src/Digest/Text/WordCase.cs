namespace Digest.Text;

/// <summary>Names written in capitals, put in the case a page shows ("LEICESTERSHIRE" → "Leicestershire").</summary>
public static class WordCase
{
    /// <summary>
    /// <paramref name="text"/> with each run of letters at least <paramref name="minLetters"/> long kept to its first letter
    /// in capitals and the rest lower case; shorter runs (acronyms: NATO, UK) are left as written, and so is a run
    /// followed by a full stop when <paramref name="keepAbbreviations"/> is set ("D.C.", "Calif.").
    /// </summary>
    public static string CapitalsToTitle(string text, int minLetters, bool keepAbbreviations = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var chars = text.ToCharArray();
        var wordStart = 0;
        for (var i = 0; i <= chars.Length; i++)
        {
            if (i < chars.Length && char.IsLetter(chars[i]))
            {
                continue;
            }

            var abbreviation = keepAbbreviations && i < chars.Length && chars[i] == '.';
            if (i - wordStart >= minLetters && !abbreviation)
            {
                for (var k = wordStart + 1; k < i; k++)
                {
                    chars[k] = char.ToLowerInvariant(chars[k]);
                }
            }

            wordStart = i + 1;
        }

        return new string(chars);
    }
}
