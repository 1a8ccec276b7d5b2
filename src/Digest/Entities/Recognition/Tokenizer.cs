namespace Digest.Entities.Recognition;

/// <summary>
/// Splits text into tokens the way the CoNLL-2003 data the tagger learnt from is tokenised:
/// punctuation apart, possessive <c>'s</c> apart, abbreviations (U.S., Col., Jr.) and hyphenated
/// words (al-Assad, U.S.-led) whole. A hand-written scanner, not a regex, so its cost is linear.
/// </summary>
internal static class Tokenizer
{
    // Words that keep their period: titles, ranks and common abbreviations of news text.
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Sr", "Jr", "St", "Col", "Gen", "Lt", "Maj", "Capt", "Cpt", "Sgt", "Cpl",
        "Adm", "Cmdr", "Brig", "Gov", "Sen", "Rep", "Rev", "Pres", "Amb", "Inc", "Corp", "Co", "Ltd", "Bros",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No", "vs", "etc", "Mt", "Ft",
    };

    // Each thread's strings of tokens met before, shared by every token of that spelling: news text repeats
    // its words (the, said, commas, names), and a string per token was a fifth of what recognition allocated.
    // A direct-mapped table (a slot per hash, the latest spelling wins a slot) rather than a set: one array
    // read and one comparison per token. Measured in a cold 10k-seed build (perf): with a HashSet of up to
    // 65,536 words, 2.2 % of all samples were in Tokenize (two thirds of them its lookups); with this table,
    // 1.8 %; with CommunityToolkit's StringPool (a lock and a priority heap per hit), its lookups alone 4.3 %.
    // Which texts a thread saw decides what its table holds, never a token's value, so the output is the same
    // however the work was shared.
    private const int KnownSlots = 1 << 14;

    [ThreadStatic]
    private static string?[]? t_known;

    /// <summary>Tokens of <paramref name="text"/>; a line break starts a new line index.</summary>
    public static List<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>(text.Length / 5);
        var known = t_known ??= new string?[KnownSlots];
        var line = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
                i++;
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var end = IsWordChar(c) ? WordEnd(text, i) : i + 1;
            if (end == i + 1 && IsApostrophe(c) && i + 1 < text.Length && (text[i + 1] is 's' or 'S') && (i + 2 == text.Length || !char.IsLetterOrDigit(text[i + 2])))
            {
                end = i + 2; // a possessive written apart, as CoNLL does ("Clinton 's")
            }

            var span = text.AsSpan(i, end - i);
            ref var slot = ref known[string.GetHashCode(span) & (KnownSlots - 1)];
            if (slot is null || !span.SequenceEqual(slot))
            {
                slot = span.ToString();
            }

            tokens.Add(new Token(slot, i, line));
            i = end;
        }

        return tokens;
    }

    /// <summary>Index of the token starting at <paramref name="offset"/>, or -1 (tokens are in text order).</summary>
    public static int IndexAt(List<Token> tokens, int offset)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        int lo = 0, hi = tokens.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var start = tokens[mid].Start;
            if (start == offset)
            {
                return mid;
            }

            if (start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return -1;
    }

    /// <summary>Index of the token ending at <paramref name="offset"/>, or -1.</summary>
    public static int IndexEndingAt(List<Token> tokens, int offset)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        int lo = 0, hi = tokens.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var end = tokens[mid].End;
            if (end == offset)
            {
                return mid;
            }

            if (end < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return -1;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    // A word runs over letters and digits, joined by inner hyphens, apostrophes (O'Brien) and
    // periods (U.S., 3.5); a trailing period stays only on abbreviations; 's comes off.
    private static int WordEnd(string text, int start)
    {
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsWordChar(c))
            {
                i++;
                continue;
            }

            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            if (c is '-' or '&' && IsWordChar(next) && i > start)
            {
                i++;
                continue;
            }

            if (IsApostrophe(c) && char.IsLetter(next))
            {
                var after = i + 2 < text.Length ? text[i + 2] : '\0';
                if ((next is 's' or 'S') && !char.IsLetter(after))
                {
                    break; // possessive: "Dillon's" → "Dillon" + "'s"
                }

                if (next is 't' && i - 1 > start && text[i - 1] is 'n')
                {
                    return i - 1; // "don't" → "do" + "n't"
                }

                i++;
                continue;
            }

            if (c == '.' && char.IsLetter(next) && IsDottedSoFar(text, start, i))
            {
                i++;
                continue;
            }

            if (c == '.' && IsDigitGroup(text, start, i, next))
            {
                i++;
                continue;
            }

            if (c == ',' && char.IsDigit(next) && i > start && char.IsDigit(text[i - 1]))
            {
                i++;
                continue;
            }

            break;
        }

        if (i < text.Length && text[i] == '.' && KeepsPeriod(text.AsSpan(start, i - start)))
        {
            i++;
            if (i + 1 < text.Length && text[i] == '-' && IsWordChar(text[i + 1]))
            {
                return WordEnd(text, i + 1); // "U.S.-led" stays one word
            }
        }

        return i;
    }

    private static bool IsDigitGroup(string text, int start, int i, char next) =>
        char.IsDigit(next) && i > start && char.IsDigit(text[i - 1]);

    // "U.S" so far: single letters separated by periods.
    private static bool IsDottedSoFar(string text, int start, int i)
    {
        for (var k = start; k < i; k++)
        {
            var isLetterSlot = (k - start) % 2 == 0;
            if (isLetterSlot ? !char.IsLetter(text[k]) : text[k] != '.')
            {
                return false;
            }
        }

        return (i - start) % 2 == 1;
    }

    private static bool KeepsPeriod(ReadOnlySpan<char> word)
    {
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true; // an initial: "George W. Bush"
        }

        if (word.Length >= 3 && word[1] == '.' && char.IsLetter(word[0]))
        {
            return true; // "U.S" + "."
        }

        var lookup = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.Contains(word);
    }
}
