namespace Digest.Ingest.Cleaning;

/// <summary>
/// Classifies each line of page text alone, by the furniture lexicon, its number of words and its
/// share of English function words (the jusText signal: prose has 35–50 %, menus and headline
/// lists far less). Hand-written because no boilerplate-removal package is restorable here.
/// </summary>
internal static class LineClassifier
{
    private const int MinProseWords = 7;
    private const double MinProseStopWords = 0.2;
    private const int MinUnpunctuatedProseLength = 150;

    /// <summary>Classifies each line.</summary>
    /// <param name="lines">The lines.</param>
    /// <param name="stats">Their measurements.</param>
    /// <param name="english">False for a text in another language: function-word density then says nothing.</param>
    public static LineClass[] Classify(IReadOnlyList<string> lines, IReadOnlyList<LineStats> stats, bool english)
    {
        var classes = new LineClass[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            classes[i] = Classify(lines[i], stats[i], english);
        }

        return classes;
    }

    private static LineClass Classify(string line, LineStats stats, bool english)
    {
        if (SectionBreaks.IsMatch(line) || SectionBreaks.OpensComments(line))
        {
            return LineClass.SectionBreak;
        }

        if (WidgetLines.IsMatch(line) || CopyrightLines.IsMatch(line) || ReadMoreLines.IsMatch(line) || PhotoCredits.IsMatch(line))
        {
            return LineClass.Furniture;
        }

        // A teaser cut short ("… may soon...") is another page's text, however sentence-like it reads.
        if (Truncation.IsCut(line))
        {
            return LineClass.Other;
        }

        // Article paragraphs end like sentences; teasers and headlines in sentence case do not.
        var prose = stats.Words >= MinProseWords && (!english || stats.StopWordDensity >= MinProseStopWords) &&
            (stats.EndsSentence || stats.Length >= MinUnpunctuatedProseLength) && !IsHeadline(line, stats);
        return prose ? LineClass.Prose : LineClass.Other;
    }

    // A headline (of this or another article, or a menu entry): capitalised words and no full stop.
    private static bool IsHeadline(string line, LineStats stats)
    {
        if (stats.EndsSentence)
        {
            return false;
        }

        int words = 0, capitalised = 0;
        foreach (var range in line.AsSpan().Split(' '))
        {
            var word = line.AsSpan(range).TrimStart("\"'“‘(");
            if (word.IsEmpty || !char.IsLetter(word[0]) || EnglishStopWords.Contains(word))
            {
                continue;
            }

            words++;
            capitalised += char.IsUpper(word[0]) ? 1 : 0;
        }

        return words > 0 && capitalised * 10 >= words * 7;
    }
}
