namespace Digest.Entities.Recognition;

/// <summary>Where one tagged span holds two names, or a name and a common word: the token that parts them.</summary>
internal static partial class MentionRules
{
    // Small words that names hold inside them besides the connectors: "Organisation for Security and Cooperation in
    // Europe", "Stratford-upon-Avon", "Bosnia y Herzegovina".
    private static readonly HashSet<string> InsideNames = new(StringComparer.Ordinal)
    {
        "in", "on", "at", "to", "upon", "under", "y", "e", "et", "des", "dei", "dello", "della", "degli", "delle", "zu", "am", "an", "a", "den",
        "ten", "ter", "op", "het", "lo", "las", "los", "do", "das", "af", "av", "st",
    };

    // The token that parts a span into two names (and belongs to neither), or -1 when the span is one name.
    private static int PartingToken(IReadOnlyList<Token> tokens, int start, int end)
    {
        // A common word in lower case inside a span is no part of a name: "American Olympic champion Gail Devers" holds
        // two ("of", "de", "bin" and the like are names' own).
        for (var k = start + 1; k < end - 1; k++)
        {
            if (IsLowerWord(tokens[k].Text) && !Connectors.Contains(tokens[k].Text) && !InsideNames.Contains(tokens[k].Text) && tokens[k].Text.All(char.IsLetter))
            {
                return k;
            }
        }

        // A possessive inside a span parts the owner from the name of two words or more it owns: "Everton 's Duncan
        // Ferguson", "Baltimore 's Eddie Murray"; not a name's own "McDonald 's Corp", "People 's Daily", "Moody 's
        // Investors Service", "Lloyd 's of London" or a plural's "Cup Winners ' Cup".
        for (var k = start + 1; k < end - 2; k++)
        {
            if (tokens[k].Text is "'s" or "\u2019s" && char.IsUpper(tokens[k + 1].Text[0]) && !NameHeads.CompanySuffixes.Contains(tokens[k + 1].Text)
                && !NameHeads.Bodies.Contains(tokens[end - 1].Text) && !NameHeads.CompanySuffixes.Contains(tokens[end - 1].Text))
            {
                return k;
            }
        }

        // Two names the tagger read as one: "Zenon Poznyak and Sergei Naumchik", "Banc One and First Chicago" — each side
        // of two words or more, none of them lower case, the second not ending as a body's name does ("Food and Drug
        // Administration", "Bill and Hillary Clinton", "Department of Health and Human Services" and "London
        // International Financial Futures and Options Exchange" are left whole).
        for (var k = start + 2; k < end - 2; k++)
        {
            if (tokens[k].Text != "and")
            {
                continue;
            }

            var lower = false;
            for (var j = start; j < end; j++)
            {
                lower |= j != k && IsLowerWord(tokens[j].Text);
            }

            return !lower && !NameHeads.Bodies.Contains(tokens[end - 1].Text) ? k : -1;
        }

        return -1;
    }

    // The names on either side of token k (which belongs to neither), each trimmed.
    // Each side is parted again where it holds another parting token: "Ben Stiller comedy Meet The Parents stars Robert
    // De Niro" is three names, not "Ben Stiller" and the rest.
    private static IEnumerable<(int Start, int End, EntityType Type)> SplitAt(IReadOnlyList<Token> tokens, int start, int k, int end, EntityType type)
    {
        foreach (var (from, to) in new[] { Trim(tokens, start, k, type), Trim(tokens, k + 1, end, type) })
        {
            if (to <= from)
            {
                continue;
            }

            if (PartingToken(tokens, from, to) is var next and >= 0)
            {
                foreach (var part in SplitAt(tokens, from, next, to, type))
                {
                    yield return part;
                }
            }
            else
            {
                yield return (from, to, type);
            }
        }
    }
}
