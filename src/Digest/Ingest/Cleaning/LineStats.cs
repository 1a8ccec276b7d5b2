namespace Digest.Ingest.Cleaning;

/// <summary>
/// What the classifier needs to know about one line, computed in a single pass without
/// allocating (ingest sees thousands of lines per second).
/// </summary>
/// <param name="Length">Characters, trimmed.</param>
/// <param name="Words">Runs of letters or digits.</param>
/// <param name="StopWords">Words that are English function words.</param>
/// <param name="Letters">Letters of any script.</param>
/// <param name="LatinLetters">Letters of the Latin script.</param>
/// <param name="EndsSentence">Ends with sentence punctuation (optionally followed by a closing quote or bracket).</param>
internal readonly record struct LineStats(int Length, int Words, int StopWords, int Letters, int LatinLetters, bool EndsSentence)
{
    /// <summary>Share of English function words among the words.</summary>
    public double StopWordDensity => Words == 0 ? 0 : (double)StopWords / Words;

    /// <summary>Measures <paramref name="line"/>.</summary>
    public static LineStats Of(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        int words = 0, stop = 0, letters = 0, latin = 0;
        var start = -1;
        for (var i = 0; i <= line.Length; i++)
        {
            var c = i < line.Length ? line[i] : ' ';
            var inWord = char.IsLetterOrDigit(c) || (start >= 0 && c == '\'' && i + 1 < line.Length && char.IsLetter(line[i + 1]));
            if (char.IsLetter(c))
            {
                letters++;
                if (c < 0x250)
                {
                    latin++;
                }
            }

            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words++;
                if (i - start <= EnglishStopWords.MaxLength && EnglishStopWords.Contains(line[start..i]))
                {
                    stop++;
                }

                start = -1;
            }
        }

        return new LineStats(line.Length, words, stop, letters, latin, EndsWithSentencePunctuation(line));
    }

    /// <summary>True when the text ends like a sentence: . ! ? … possibly inside closing quotes or brackets.</summary>
    public static bool EndsWithSentencePunctuation(ReadOnlySpan<char> text)
    {
        text = text.TrimEnd().TrimEnd("\"'”’)]»");
        return text.Length > 0 && text[^1] is '.' or '!' or '?' or '…' or ':';
    }
}
