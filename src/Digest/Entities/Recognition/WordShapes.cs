namespace Digest.Entities.Recognition;

/// <summary>Orthographic facts about words that the tagger's features and the rules share.</summary>
internal static class WordShapes
{
    /// <summary>
    /// The word's short shape: upper → X, lower → x, digit → d, others as written, runs collapsed
    /// ("McDonald" → XxXx, "U.S." → X.X., "al-Assad" → x-Xx).
    /// </summary>
    public static string Shape(string word)
    {
        Span<char> buffer = stackalloc char[MaxShape];
        return new string(buffer[..Shape(word, buffer)]);
    }

    /// <summary>Longest shape kept (longer shapes are cut here).</summary>
    public const int MaxShape = 32;

    /// <summary>Writes the shape of <see cref="Shape(string)"/> into <paramref name="into"/> (at least <see cref="MaxShape"/> long, or the shape is cut); its length.</summary>
    public static int Shape(string word, Span<char> into)
    {
        ArgumentNullException.ThrowIfNull(word);
        var buffer = into[..Math.Min(Math.Min(word.Length, MaxShape), into.Length)];
        var n = 0;
        foreach (var c in word)
        {
            var s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if ((n == 0 || buffer[n - 1] != s) && n < buffer.Length)
            {
                buffer[n++] = s;
            }
        }

        return n;
    }

    /// <summary>
    /// The word as the tagger's training text would write it: typographic quotes, apostrophes and
    /// dashes in plain ASCII (the CoNLL text has "'s", never "’s").
    /// </summary>
    public static string Plain(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (System.Text.Ascii.IsValid(word))
        {
            return word;
        }

        return word
            .Replace('\u2019', '\'').Replace('\u2018', '\'')
            .Replace('\u201c', '"').Replace('\u201d', '"')
            .Replace('\u2013', '-').Replace('\u2014', '-');
    }

    /// <summary>True when a line is written in capitals throughout, as headlines and datelines are.</summary>
    public static bool IsHeadline(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var letters = 0;
        foreach (var w in words)
        {
            foreach (var c in w)
            {
                if (char.IsLower(c))
                {
                    return false;
                }

                if (char.IsLetter(c))
                {
                    letters++;
                }
            }
        }

        return letters >= 2;
    }

    /// <summary>True when at least two of the words are small words of English written with a capital ("Is", "For", "On"): headline case.</summary>
    public static bool CapitalisesSmallWords(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var small = 0;
        foreach (var w in words)
        {
            // Most words are in lower case or longer than any of them: no hashing for those.
            small += w.Length >= 2 && w.Length <= LongestSmallWord && char.IsAsciiLetterUpper(w[0]) && CapitalisedSmallWords.Contains(w) ? 1 : 0;
        }

        return small >= 2;
    }

    // Small words that names do not capitalise (unlike "The" of "The Hague" or "Of" in a name written in capitals).
    private static readonly HashSet<string> CapitalisedSmallWords = new(StringComparer.Ordinal)
    {
        "Is", "Are", "Was", "Were", "For", "On", "In", "To", "An", "With", "At", "By", "From", "Into", "As", "It", "Its",
        "Be", "Has", "Have", "Will", "But", "Not", "How", "Why", "What", "Your", "You", "Can", "Could", "Should", "Just",
    };

    private static readonly int LongestSmallWord = CapitalisedSmallWords.Max(w => w.Length);

    // Prepositions of four letters or more that title case leaves in lower case ("Take over at Top", "Talks with Iran"),
    // as ingest's headline case writes an all-caps title.
    private static readonly HashSet<string> LowerInTitles = new(StringComparer.Ordinal) { "from", "into", "over", "with", "onto", "upon" };

    /// <summary>
    /// True for headline capitalisation ("Syria Army Liberates More Areas in Deir Ez-zor"): every word
    /// of four letters or more starts upper-case (title case's long prepositions aside), and there are at least three of them.
    /// </summary>
    public static bool IsTitleCase(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var longWords = 0;
        foreach (var w in words)
        {
            if (w.Length >= 4 && char.IsLetter(w[0]) && !LowerInTitles.Contains(w))
            {
                if (!char.IsUpper(w[0]))
                {
                    return false;
                }

                longWords++;
            }
        }

        return longWords >= 3;
    }
}
