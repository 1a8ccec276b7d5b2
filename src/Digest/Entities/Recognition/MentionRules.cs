namespace Digest.Entities.Recognition;

/// <summary>
/// Rules applied to the tagger's spans: titles and ranks come off the front (Col. Ryan Dillon →
/// Ryan Dillon), possessives and stray punctuation off the ends, and weekdays, months and words
/// without a capital are not names.
/// </summary>
internal static class MentionRules
{
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Prof", "Prof.", "Sir", "Dame", "Lord", "Lady",
        "President", "Vice", "Prime", "Minister", "Chancellor", "Premier", "Secretary", "Senator", "Sen.",
        "Governor", "Gov.", "Rep.", "Representative", "Mayor", "Judge", "Justice", "Ambassador", "Envoy",
        "King", "Queen", "Prince", "Princess", "Emir", "Sheikh", "Pope", "Rev.", "Reverend", "Father", "Imam", "Ayatollah",
        "General", "Gen.", "Lt.", "Lt", "Lieutenant", "Col.", "Col", "Colonel", "Maj.", "Major", "Capt.", "Captain",
        "Sgt.", "Sergeant", "Cpl.", "Corporal", "Adm.", "Admiral", "Brig.", "Brigadier", "Cmdr.", "Commander",
        "Marshal", "Field", "Spokesman", "Spokeswoman", "Chairman", "Chief", "Director", "Coach",
    };

    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",
        "I", "A", "The", "This", "That", "He", "She", "It", "We", "They", "But", "And", "In", "On", "At", "Of",
    };

    // Titles that introduce a person even inside a span the tagger gave another type
    // ("Army Col. Ryan Dillon" → Army | Ryan Dillon).
    private static readonly HashSet<string> PersonTitles = new(StringComparer.Ordinal)
    {
        "Mr.", "Mrs.", "Ms.", "Dr.", "Col.", "Gen.", "Lt.", "Maj.", "Capt.", "Sgt.", "Cpl.", "Adm.", "Brig.", "Cmdr.",
        "Gov.", "Sen.", "Rep.", "Rev.", "President", "Colonel", "Lieutenant", "Sergeant", "Admiral", "Brigadier",
    };

    // "U.S.-led", "Kurdish-backed": the name is the part before the hyphen.
    private static readonly string[] CompoundSuffixes =
        ["-led", "-backed", "-based", "-born", "-owned", "-run", "-controlled", "-held", "-funded", "-allied", "-aligned", "-made", "-brokered", "-sponsored", "-supported"];

    private static readonly HashSet<string> Possessives = new(StringComparer.Ordinal) { "'s", "\u2019s", "'", "\u2019" };

    /// <summary>The names a tagged span holds after the rules: none, itself trimmed, or split at a title.</summary>
    public static IEnumerable<(int Start, int End, EntityType Type)> Apply(IReadOnlyList<Token> tokens, int start, int end, EntityType type)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        for (var k = start; k < end - 1; k++)
        {
            if (PersonTitles.Contains(tokens[k].Text) && char.IsUpper(tokens[k + 1].Text[0]))
            {
                var (a, b) = Trim(tokens, start, k, type);
                if (b > a)
                {
                    yield return (a, b, type);
                }

                var (c, d) = Trim(tokens, k + 1, end, EntityType.Person);
                if (d > c)
                {
                    yield return (c, d, EntityType.Person);
                }

                yield break;
            }
        }

        var (s, e) = Trim(tokens, start, end, type);
        if (e > s)
        {
            yield return (s, e, type);
        }
    }

    /// <summary>Where a name's last token ends once a compound suffix ("-led", "-backed") is cut off.</summary>
    public static int EndWithoutCompound(Token last)
    {
        foreach (var suffix in CompoundSuffixes)
        {
            if (last.Text.Length > suffix.Length + 1 && last.Text.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && char.IsUpper(last.Text[0]))
            {
                return last.End - suffix.Length;
            }
        }

        return last.End;
    }

    /// <summary>The token range of a name after the rules, or an empty range when nothing of it is a name.</summary>
    public static (int Start, int End) Trim(IReadOnlyList<Token> tokens, int start, int end, EntityType type)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        while (end > start && (Possessives.Contains(tokens[end - 1].Text) || IsPunctuation(tokens[end - 1].Text)))
        {
            end--;
        }

        while (end > start && IsPunctuation(tokens[start].Text))
        {
            start++;
        }

        // Ranks precede people; "President" alone or "General Motors" stay when nothing follows the title
        // or the tagger did not call it a person.
        while (type == EntityType.Person && end - start > 1 && Titles.Contains(tokens[start].Text))
        {
            start++;
        }

        if (end - start == 1 && NotNames.Contains(tokens[start].Text))
        {
            return (start, start);
        }

        for (var i = start; i < end; i++)
        {
            if (tokens[i].Text.Any(char.IsUpper))
            {
                return (start, end);
            }
        }

        return (start, start);
    }

    private static bool IsPunctuation(string token) => token.All(c => !char.IsLetterOrDigit(c));
}
