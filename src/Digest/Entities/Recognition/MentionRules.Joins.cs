namespace Digest.Entities.Recognition;

/// <summary>Where the tagger cut one name in two, or left a word of it out: the mentions joined or extended.</summary>
internal static partial class MentionRules
{
    // Nouns that head a name of the form "X of Y" or "X for Y" ("Bank of England", "Tour of the Netherlands", "Gulf of
    // Mexico", "Office for National Statistics").
    private static readonly HashSet<string> OfHeads = new(StringComparer.Ordinal)
    {
        "Bank", "Tour", "Church", "Republic", "Kingdom", "Battle", "University", "College", "Museum", "Ministry", "Department",
        "Council", "Court", "Institute", "Society", "Association", "Federation", "Union", "League", "Board", "Office", "House",
        "Centre", "Center", "Commission", "Committee", "Agency", "Foundation", "Organisation", "Organization", "Fund",
        "Gulf", "Bay", "Isle", "Sea", "Strait", "Straits", "Cape", "Lake", "Mount", "Port", "Tower", "Palace", "Cathedral",
    };

    // Last words of names that end with a number: stations, channels, consoles, versions ("Radio 4", "Channel 4",
    // "PlayStation 2", "Windows 95", "Euro 2004"), which the tagger, trained on 1996 news, ends before the number.
    private static readonly HashSet<string> NumberedNames = new(StringComparer.Ordinal)
    {
        "Radio", "Channel", "PlayStation", "Xbox", "Windows", "Euro", "Apollo", "Formula", "Half-Life", "Doom", "Quake", "Office",
        "Flight", "Terminal", "Route", "Chapter", "Boeing", "Airbus",
    };

    /// <summary>
    /// Joins names the tagger cut in two, one space apart: a lone nationality or place word before an
    /// organisation or other name ("Syrian" + "Democratic Forces", "U.S." + "Army"; before a person,
    /// "Australian Mark Taylor", it stays apart), two halves of one type ("Operation" + "Jazeera Storm"), and a
    /// first name and the rest after a middle initial, whatever type the tagger gave the rest ("George" + "W. Bush"); a
    /// head noun and the name it is of or for ("Tour" of the "Netherlands"). Extends a numbered name by its number ("Radio
    /// 4") and a lone organisation's head by the capitalised word before it ("General" + "Motors").
    /// </summary>
    /// <param name="text">The recognised text.</param>
    /// <param name="mentions">The mentions found so far, in order.</param>
    /// <param name="from">The first mention to look at.</param>
    /// <param name="isKnown">
    /// Whether the catalog knows a name as it stands: a nationality before an organisation known alone is its members'
    /// ("Arab" SDF fighters), not part of the name, unless the two together are known too. Null: nothing is known.
    /// </param>
    public static void JoinSplitNames(string text, List<Mention> mentions, int from, Func<string, bool>? isKnown = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        for (var k = Math.Max(from, 0); k < mentions.Count; k++)
        {
            if (NumberAfter(text, mentions[k]) is > 0 and var numberEnd)
            {
                mentions[k] = mentions[k] with { Text = text[mentions[k].Start..numberEnd], End = numberEnd };
            }

            if (WordBefore(text, mentions[k], k > 0 ? mentions[k - 1].End : 0) is > 0 and var wordStart)
            {
                mentions[k] = mentions[k] with { Text = text[wordStart..mentions[k].End], Type = EntityType.Organisation, Start = wordStart };
            }
        }

        for (var k = Math.Max(from, 0); k + 1 < mentions.Count; k++)
        {
            var (left, right) = (mentions[k], mentions[k + 1]);
            // "George" W "Bush", "Michael" J "Fox": a middle initial without its full stop (as the BBC writes it) is no
            // word to the tagger, and the name falls in two around it.
            if (left.Type == EntityType.Person && (right.Type == EntityType.Person || !right.Text.Contains(' ', StringComparison.Ordinal)) && right.Start == left.End + 3
                && text[left.End] == ' ' && char.IsAsciiLetterUpper(text[left.End + 1]) && text[left.End + 2] == ' ')
            {
                mentions[k] = new Mention(text[left.Start..right.End], EntityType.Person, left.Start, right.End, left.InHeadline);
                mentions.RemoveAt(k + 1);
                k--;
                continue;
            }

            // "Bank" of "England", "Tour" of the "Netherlands", "Office" for "National Statistics": a head noun and the
            // name it is of or for are one name, however the tagger cut them (a known place after "of the" ends its span).
            if (OfHeads.Contains(left.Text) && right.Type != EntityType.Person && text.AsSpan(left.End, right.Start - left.End) is " of " or " of the " or " for ")
            {
                mentions[k] = new Mention(text[left.Start..right.End], left.Type == EntityType.Person ? right.Type : left.Type, left.Start, right.End, left.InHeadline);
                mentions.RemoveAt(k + 1);
                k--;
                continue;
            }

            if (right.Start != left.End + 1 || text[left.End] != ' ' || left.Text.Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }

            var nationality = left.Type is EntityType.Other or EntityType.Place && right.Type is EntityType.Organisation or EntityType.Other // "U.S." + "Army"
                && !(isKnown is not null && right.Type == EntityType.Organisation && isKnown(right.Text) && !isKnown(text[left.Start..right.End]));
            var sameKind = left.Type == right.Type && left.Type != EntityType.Place; // a name cut in two; "Paris, Texas" has a comma
            // "George" + "W. Bush": a middle initial reads to the tagger like a state's abbreviation ("W. Va.").
            var middleInitial = left.Type == EntityType.Person && StartsWithInitial(right.Text);
            if (nationality || sameKind || middleInitial)
            {
                var type = middleInitial ? EntityType.Person : right.Type;
                mentions[k] = new Mention(text[left.Start..right.End], type, left.Start, right.End, left.InHeadline);
                mentions.RemoveAt(k + 1);
                k--;
            }
        }
    }

    // Where the number that ends a numbered name ends ("Radio 4", "Channel 4's", "PlayStation 2"), or -1: a number of one to
    // four digits right after a name whose last word numbers what it names, not a score or a range ("Arsenal 2-1").
    private static int NumberAfter(string text, Mention mention)
    {
        var space = mention.Text.LastIndexOf(' ');
        if (!NumberedNames.Contains(space < 0 ? mention.Text : mention.Text[(space + 1)..]) || mention.End + 1 >= text.Length || text[mention.End] != ' ')
        {
            return -1;
        }

        var end = mention.End + 1;
        while (end < text.Length && char.IsAsciiDigit(text[end]) && end - mention.End <= 4)
        {
            end++;
        }

        var digits = end - mention.End - 1;
        var next = end < text.Length ? text[end] : ' ';
        return digits is >= 1 and <= 4 && !char.IsLetterOrDigit(next) && next is not '-' and not '/' and not ':' && !(next is '.' or ',' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]))
            ? end : -1;
    }

    // Where the capitalised word that a lone organisation's head left out starts ("General" of "General Motors", which the
    // tagger reads as a rank), or -1: one word right before it, after the previous mention, not a common word.
    private static int WordBefore(string text, Mention mention, int previousEnd)
    {
        if (mention.Text.Contains(' ', StringComparison.Ordinal) || !NameHeads.IsOrganisationHead(mention.Text) || mention.Start < 2 || text[mention.Start - 1] != ' ')
        {
            return -1;
        }

        var start = mention.Start - 1;
        while (start > previousEnd && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        var word = text[start..(mention.Start - 1)];
        var before = start > 0 ? text[start - 1] : '\n';
        return word.Length > 1 && char.IsUpper(word[0]) && word.Skip(1).All(char.IsLower) && before is ' ' or '\n' or '(' or '"'
            && !NotNames.Contains(word) && !SentenceOpeners.Contains(word) && !Honorifics.Contains(word) ? start : -1;
    }

    // "W. Bush" or "W Bush": one capital, a full stop or not, a space, then a capitalised word.
    private static bool StartsWithInitial(string name) =>
        name.Length > 4 && char.IsUpper(name[0]) && ((name[1] == '.' && name[2] == ' ' && char.IsUpper(name[3])) || (name[1] == ' ' && char.IsUpper(name[2])));
}
