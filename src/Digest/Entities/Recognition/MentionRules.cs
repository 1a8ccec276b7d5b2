using System.Text.RegularExpressions;

namespace Digest.Entities.Recognition;

/// <summary>
/// Rules applied to the tagger's spans: titles and ranks come off the front (Col. Ryan Dillon →
/// Ryan Dillon) or split a span (Army Col. Ryan Dillon → Army | Ryan Dillon), possessives,
/// lower-case words and stray punctuation come off the ends, compound suffixes off the last word
/// (U.S.-led → U.S.), and weekdays, months, common words and words without a capital are not names.
/// </summary>
internal static partial class MentionRules
{
    // Church titles, emperors and hyphenated ranks: titles before a name, and offices that part a span before one.
    private static readonly string[] HighOffices =
        ["Cardinal", "Archbishop", "Monsignor", "Emperor", "Lieutenant-Colonel", "Lieutenant-General", "Major-General"];

    private static readonly HashSet<string> Titles = new(HighOffices, StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Prof", "Prof.", "Sir", "Dame", "Lord", "Lady",
        "President", "Vice", "Prime", "Minister", "Chancellor", "Premier", "Secretary", "Senator", "Sen.",
        "Governor", "Gov.", "Rep.", "Representative", "Mayor", "Judge", "Justice", "Ambassador", "Envoy",
        "King", "Queen", "Prince", "Princess", "Emir", "Sheikh", "Pope", "Rev.", "Reverend", "Father", "Imam", "Ayatollah",
        "General", "Gen.", "Lt.", "Lt", "Lieutenant", "Col.", "Col", "Colonel", "Maj.", "Major", "Capt.", "Captain",
        "Sgt.", "Sergeant", "Cpl.", "Corporal", "Adm.", "Admiral", "Brig.", "Brigadier", "Cmdr.", "Commander",
        "Marshal", "Field", "Spokesman", "Spokeswoman", "Chairman", "Chief", "Director", "Coach",
        "Executive", "CEO", "Chair", "Chairwoman", "Founder", "Co-founder", "Commissioner", "Empress",
    };

    // Ranks that introduce a person even inside a span the tagger gave another type, and make what comes just
    // before them the force they belong to ("Army Col. Ryan Dillon" → Army | Ryan Dillon).
    private static readonly HashSet<string> PersonTitles = new(StringComparer.Ordinal)
    {
        "Mr.", "Mrs.", "Ms.", "Dr.", "Col.", "Gen.", "Lt.", "Maj.", "Capt.", "Sgt.", "Cpl.", "Adm.", "Brig.", "Cmdr.",
        "Gov.", "Sen.", "Rep.", "Rev.", "President", "Colonel", "Lieutenant", "Sergeant", "Admiral", "Brigadier",
    };

    // Offices that split a span between the body a person leads and the person ("Facebook CEO Mark Zuckerberg",
    // "Fed Chair Jerome Powell", "Tesla Inc. Chief Executive Elon Musk"). Unlike ranks, a name just before a
    // span ("Trump" Chief of Staff …) keeps its type.
    private static readonly HashSet<string> SpanTitles = new(PersonTitles.Concat(HighOffices), StringComparer.Ordinal)
    {
        "CEO", "Chief", "Chair", "Chairman", "Chairwoman", "Founder", "Co-founder", "Director", "Coach", "Spokesman", "Spokeswoman",
        "Minister", "Secretary", "Commissioner", "Ambassador", "Envoy", "Governor", "Senator", "Mayor",
        "Sir", "Dame", // a knighthood inside a span ("Beatle Sir Paul McCartney")
    };

    // Words that name a storm's kind before its name.
    private static readonly HashSet<string> Storms = new(StringComparer.Ordinal) { "Hurricane", "Typhoon", "Cyclone", "Storm" };

    // Capitalised at the start of a sentence or in a headline, never a name on their own.
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",
        "Inc.", "Inc", "Ltd.", "Ltd", "Corp.", "Corp", "Co.", "Jr.", "Sr.", "Plc", "LLC",
        "a", "an", "the", "this", "that", "these", "those", "i", "he", "she", "it", "we", "they", "you", "his", "her", "its", "our", "their",
        "but", "and", "or", "nor", "so", "yet", "if", "as", "because", "while", "when", "where", "after", "before", "since", "until",
        "in", "on", "at", "of", "for", "from", "to", "by", "with", "without", "about", "against", "between", "into", "through",
        "during", "over", "under", "among", "around", "despite", "toward", "towards", "according", "amid",
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might",
        "not", "no", "yes", "all", "some", "any", "each", "every", "both", "other", "such", "more", "most", "many", "much",
        "there", "here", "then", "now", "also", "however", "meanwhile", "still", "today", "yesterday", "tomorrow",
        "what", "who", "which", "why", "how", "source", "sources", "update", "updated", "read", "more", "photo", "video",
        "middle", "upper", "lower", "central", "greater", "northern", "southern", "eastern", "western", // a name's first word, cut off
        "oh", "hey", "ok", "okay", "yeah", "wow", "please", "thanks", "well", "do", "does", "did", // a quote's or a post's opening
        "we're", "we’re", "i'm", "i’m", "it's", "it’s", "you're", "you’re", "they're", "they’re", "that's", "that’s", "there's", "there’s",
        "here's", "here’s", "let's", "let’s",
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", // "Third one-day international"
        // Abbreviations that are common nouns, capitalised as abbreviations are: "a new PC", "10 AM" (time zones, "GMT", are
        // names in CoNLL-2003 annotation).
        "TV", "DVD", "CD", "PC", "ID", "GPS", "SMS", "USB", "HD", "LCD", "MP3", "PIN", "ATM", "DNA", "GDP", "VAT", "IPO", "CEO",
        "CFO", "COO", "CTO", "MP", "MEP", "MSP", "AM", "PM", "a.m.", "p.m.",
    };

    // Words that open a sentence before a name but are never its first word ("Those Uber ads", "Enter South Dakota").
    private static readonly HashSet<string> SentenceOpeners = new(StringComparer.Ordinal)
    {
        "The", "Those", "These", "Enter", "Meet", "When", "While", "If", "But", "And", "Because", "Although", "Though", "Unlike",
    };

    /// <summary>True for a word that, opening a sentence, belongs to the sentence rather than to the name after it.</summary>
    public static bool OpensSentenceOnly(string word) => SentenceOpeners.Contains(word);

    /// <summary>True for a capitalised word that is no given name: a common word, a sentence's opener or a title ("In", "When", "Mr").</summary>
    public static bool IsNoGivenName(string word) => NotNames.Contains(word) || SentenceOpeners.Contains(word) || Titles.Contains(word);

    /// <summary>
    /// True when the text from <paramref name="from"/> to <paramref name="to"/> is part of a web address, a handle or a
    /// hashtag ("pic.twitter.com/KQLpngeTbO", "@AmyKup", "#MethWeAreOnIt"): a handle or hashtag starts with its sign, and
    /// an address is a run without spaces that holds "://", "www." or a domain before a "/" (so that names joined by a
    /// slash, "Nielsen//NetRatings", "In-Stat/MDR", stay names).
    /// </summary>
    public static bool IsInAddress(string text, int from, int to)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (from > 0 && text[from - 1] is '@' or '#')
        {
            return true;
        }

        var start = from;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }

        var end = to;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        var run = text.AsSpan(start, end - start);
        return run.Contains("www.", StringComparison.OrdinalIgnoreCase) ||
            (run.Contains('/') && (run.Contains("://", StringComparison.Ordinal) || DomainThenPath().IsMatch(run)));
    }

    // "twitter.com/", "example.co.uk/": a host name's last label, then a path.
    [GeneratedRegex(@"\.[a-z]{2,6}/", RegexOptions.CultureInvariant)]
    private static partial Regex DomainThenPath();

    // Dates that can trail a name ("Deir el-Zour on Tuesday"); months that are also given names (May, June) are left out.
    private static readonly HashSet<string> Dates = new(StringComparer.Ordinal)
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "January", "February", "September", "October", "November", "December",
    };

    // Lower-case words that join the words of a name rather than end it.
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal)
    {
        "al", "el", "bin", "ibn", "bint", "de", "da", "di", "del", "der", "van", "von", "la", "le", "du", "dos", "of", "the", "and", "for",
    };

    // Forms of address, before a person's name only.
    private static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal) { "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr." };

    // Lower-case particles that may open a name ("al Assad", "de Gaulle", "bin Laden").
    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
    {
        "al", "el", "bin", "ibn", "bint", "de", "da", "di", "del", "der", "van", "von", "la", "le", "du", "dos",
    };

    // "U.S.-led", "Kurdish-backed": the name is the part before the hyphen. Also any "-…ed".
    private static readonly string[] CompoundSuffixes =
        ["-led", "-run", "-held", "-made", "-born", "-based", "-owned", "-backed", "-controlled", "-funded", "-allied", "-aligned"];

    // "counter-Islamic State", "pro-Assad": a lower-case prefix is not part of the name.
    private static readonly string[] Prefixes = ["counter-", "pro-", "anti-", "non-", "ex-", "post-", "pre-", "neo-", "mid-", "all-", "trans-", "pan-"];

    // Roles held in a club, a company or a party, written after its name in lower case.
    private static readonly HashSet<string> MemberRoles = new(StringComparer.Ordinal)
    {
        "boss", "bosses", "manager", "coach", "striker", "midfielder", "defender", "goalkeeper", "keeper", "winger",
        "chairman", "chairwoman", "shareholders", "spokesman", "spokeswoman", "executives", "squad", "backbenchers", "MPs",
    };

    private static readonly HashSet<string> Possessives = new(StringComparer.Ordinal) { "'s", "\u2019s", "'", "\u2019" };

    /// <summary>The names a tagged span holds after the rules: none, itself trimmed, or split at a title.</summary>
    public static IEnumerable<(int Start, int End, EntityType Type)> Apply(IReadOnlyList<Token> tokens, int start, int end, EntityType type) =>
        Spans(tokens, start, end, type).Select(span => IsPlace(tokens, span.Start, span.End, span.Type) ? span with { Type = EntityType.Place } : span);

    private static IEnumerable<(int Start, int End, EntityType Type)> Spans(IReadOnlyList<Token> tokens, int start, int end, EntityType type)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (type == EntityType.Person && end < tokens.Count && (PersonTitles.Contains(tokens[end].Text) || MemberRoles.Contains(tokens[end].Text)))
        {
            // "Army" Col. Ryan Dillon: the force a rank belongs to; "Chelsea" boss Jose Mourinho, "Sony" shareholders: the
            // club or company a role is held in (a person's name is not followed by "boss" or "striker").
            type = EntityType.Organisation;
        }

        // A lone capitalised word after an ordinal is a count of something, not a name: "the 21st Century", "19th Century".
        if (end - start == 1 && start > 0 && IsOrdinal(tokens[start - 1].Text))
        {
            yield break;
        }

        // A named storm is an event, its kind part of its name: "Hurricane Dorian", not a person "Dorian".
        if (start > 0 && Storms.Contains(tokens[start - 1].Text) && tokens[start - 1].Line == tokens[start].Line)
        {
            start--;
        }

        if (Storms.Contains(tokens[start].Text) && end - start > 1)
        {
            type = EntityType.Other;
        }

        // "General Motors", "General Electric Company" read to the tagger as a rank and a surname; a company's or a
        // body's last word says what the span is, and its first word stays.
        if (type == EntityType.Person && end - start > 1 && Titles.Contains(tokens[start].Text) && NameHeads.IsOrganisationHead(tokens[end - 1].Text))
        {
            type = EntityType.Organisation;
        }

        for (var k = start; k < end - 1; k++)
        {
            if (SpanTitles.Contains(tokens[k].Text) && char.IsUpper(tokens[k + 1].Text[0]))
            {
                // What precedes a rank is its holder's force or office ("Army" Col. …), not a person.
                var before = type == EntityType.Person ? EntityType.Organisation : type;
                var (a, b) = Trim(tokens, start, k, before);
                if (b > a)
                {
                    yield return (a, b, before);
                }

                var (c, d) = Trim(tokens, k + 1, end, EntityType.Person);
                if (d > c)
                {
                    yield return (c, d, EntityType.Person);
                }

                yield break;
            }
        }

        if (PartingToken(tokens, start, end) is var parting and >= 0)
        {
            foreach (var part in SplitAt(tokens, start, parting, end, type))
            {
                yield return part;
            }

            yield break;
        }

        var (s, e) = Trim(tokens, start, end, type);
        if (e > s)
        {
            yield return (s, e, type);
        }
    }

    /// <summary>The token range of a name after the rules, or an empty range when nothing of it is a name.</summary>
    public static (int Start, int End) Trim(IReadOnlyList<Token> tokens, int start, int end, EntityType type)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        // A rank at the end is the next line's person's ("… US Army Col." | "Ryan Dillon said"), never the name's.
        while (end > start && (Possessives.Contains(tokens[end - 1].Text) || IsPunctuation(tokens[end - 1].Text) || IsLowerWord(tokens[end - 1].Text)
            || Dates.Contains(tokens[end - 1].Text) || (end - start > 1 && PersonTitles.Contains(tokens[end - 1].Text))
            || IsFigures(tokens[end - 1].Text)))
        {
            end--;
        }

        while (end > start && (IsPunctuation(tokens[start].Text) || (IsLowerWord(tokens[start].Text) && !NameParticles.Contains(tokens[start].Text))))
        {
            start++;
        }

        // Ranks precede people; a title alone ("President") is no name; an honorific is never a name's, whatever the
        // tagger took the span for ("Mr Blair"). A title followed by "of" is the name's own ("Prince of Wales",
        // "Lord of the Rings"): without it, what is left names something else.
        while (end > start && Titles.Contains(tokens[start].Text) && (type == EntityType.Person || end - start == 1 || Honorifics.Contains(tokens[start].Text))
            && !(end - start > 2 && IsLowerWord(tokens[start + 1].Text)))
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

    /// <summary>True for a recognised name worth keeping: Latin script (the tagger knows no other), letters, not a lone connector.</summary>
    public static bool IsName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var letters = 0;
        foreach (var c in name)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (c > '\u024f')
                {
                    return false;
                }
            }
        }

        return letters >= 2 && !Connectors.Contains(name.ToLowerInvariant()) && !NotNames.Contains(name) && !IsPartyAndState(name)
            && !IsAbbreviationPlural(name);
    }

    // "PCs", "DVDs", "MPs": an abbreviation with a plural s counts things; a name is not counted so.
    private static bool IsAbbreviationPlural(string name)
    {
        if (name.Length < 3 || name[^1] != 's')
        {
            return false;
        }

        foreach (var c in name.AsSpan(0, name.Length - 1))
        {
            if (!char.IsAsciiLetterUpper(c) && !char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return char.IsAsciiLetterUpper(name[0]) && char.IsAsciiLetterUpper(name[1]);
    }

    // "D-Minn.", "R-Texas": a legislator's party and state after the name, not a name ("D-Day" is one).
    private static bool IsPartyAndState(string name) =>
        name.Length > 3 && name[0] is 'D' or 'R' or 'I' && name[1] == '-' && States.Contains(name[2..].TrimEnd('.'));

    // US states as the AP abbreviates them, and those it writes out.
    private static readonly HashSet<string> States = new(StringComparer.Ordinal)
    {
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md", "Mass", "Mich", "Minn",
        "Miss", "Mo", "Mont", "Neb", "Nev", "N.H", "N.J", "N.M", "N.Y", "N.C", "N.D", "Okla", "Ore", "Pa", "R.I", "S.C", "S.D", "Tenn",
        "Vt", "Va", "Wash", "W.Va", "Wis", "Wyo", "Alaska", "Hawaii", "Idaho", "Iowa", "Maine", "Ohio", "Texas", "Utah",
    };

    /// <summary>Where a name's first token starts once a lower-case prefix ("counter-", "pro-") is cut off.</summary>
    public static int StartWithoutPrefix(Token first)
    {
        foreach (var prefix in Prefixes)
        {
            if (first.Text.Length > prefix.Length + 1 && first.Text.StartsWith(prefix, StringComparison.Ordinal) && char.IsUpper(first.Text[prefix.Length]))
            {
                return first.Start + prefix.Length;
            }
        }

        return first.Start;
    }

    /// <summary>Where a name's last token ends once a compound suffix ("-led", "-backed", "-manufactured") is cut off.</summary>
    public static int EndWithoutCompound(Token last)
    {
        var hyphen = last.Text.LastIndexOf('-');
        if (hyphen <= 0 || hyphen == last.Text.Length - 1 || !char.IsUpper(last.Text[0]))
        {
            return last.End;
        }

        var suffix = last.Text[hyphen..];
        var lower = suffix.Skip(1).All(char.IsLower);
        var known = CompoundSuffixes.Contains(suffix, StringComparer.OrdinalIgnoreCase);
        return known || (lower && suffix.Length > 4 && suffix.EndsWith("ed", StringComparison.Ordinal)) ? last.Start + hyphen : last.End;
    }

    private static bool IsPunctuation(string token) => token.All(c => !char.IsLetterOrDigit(c));

    // "21st", "3rd", "19th".
    private static bool IsOrdinal(string token) =>
        token.Length >= 3 && token.AsSpan(token.Length - 2) is "st" or "nd" or "rd" or "th"
        && !token.AsSpan(0, token.Length - 2).ContainsAnyExceptInRange('0', '9');

    // A score or a bowler's figures after a name ("Waqar Younis 9-0-54-1", "McCague 4-55"): numbers joined by hyphens,
    // never a name's end ("Trofej Beograd 96" keeps its year).
    private static bool IsFigures(string token) =>
        token.Length >= 3 && char.IsAsciiDigit(token[0]) && char.IsAsciiDigit(token[^1]) && token.Contains('-', StringComparison.Ordinal)
        && token.All(c => char.IsAsciiDigit(c) || c is '-' or '.');

    private static bool IsLowerWord(string token) => token.Length > 0 && char.IsLower(token[0]) && !token.Contains('-', StringComparison.Ordinal);
}
