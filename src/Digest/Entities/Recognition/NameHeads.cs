namespace Digest.Entities.Recognition;

/// <summary>
/// What the last word of a name of several words says it is: "Downing Street" a place, "Leeds University" an
/// organisation, whatever sentences made the tagger read them as ("Downing Street said …" reads as a person
/// speaking), "Six Nations" an event. Also the days a calendar names, which are never people ("Christmas").
/// </summary>
internal static class NameHeads
{
    /// <summary>Last words of the name of a body (a council, a party, a bank).</summary>
    public static readonly HashSet<string> Bodies = new(StringComparer.Ordinal)
    {
        "Exchange", "Association", "Council", "Commission", "Committee", "Board", "Authority", "Federation", "Union", "Institute",
        "Society", "Foundation", "Fund", "Agency", "Organisation", "Organization", "Ministry", "Department", "Bureau", "Office",
        "Service", "Services", "Administration", "Party", "Front", "Movement", "League", "Alliance", "Court", "Bank", "Trust",
        "Industry", "Industries", "Affairs", "Development", "Technology", "Sciences", "Arts", "Research", "Army", "Forces", "Navy",
        "Police", "Guard",
    };

    /// <summary>What follows a company's name ("McDonald's Corp").</summary>
    public static readonly HashSet<string> CompanySuffixes = new(StringComparer.Ordinal)
    {
        "Corp", "Corp.", "Corporation", "Company", "Inc", "Inc.", "Co", "Co.", "Ltd", "Ltd.", "Plc", "PLC", "LLC", "Group", "Holdings", "Restaurants",
    };

    // Last words of the name of an organisation that are not a body's (schools, clubs, carriers), football clubs' among
    // them ("Man Utd", "Blackburn Rovers"; not "City" or "Town", which end places' names too).
    private static readonly HashSet<string> Organisations = new(StringComparer.Ordinal)
    {
        "University", "College", "School", "Academy", "Hospital", "Club", "Airlines", "Airways", "Motors", "Studios", "Records",
        "FC", "United", "Utd", "Rovers", "Wanderers", "Athletic", "Albion", "Hotspur",
    };

    // Last words of the name of a place that are not surnames too ("Lake", "Bay", "Lane" are: Ricki Lake, Michael Bay).
    private static readonly HashSet<string> Places = new(StringComparer.Ordinal)
    {
        "Street", "Road", "Avenue", "Square", "Boulevard", "Airport", "River", "Mountains", "Islands", "Valley", "Ocean",
        "Peninsula", "Desert", "Canal", "Province", "County",
    };

    // Last words of the name of an event or a prize: competitions, games, festivals ("Six Nations", "Australian Open",
    // "Academy Awards"), which the tagger, trained on 1996 news, reads as people when it does not know them.
    private static readonly HashSet<string> Events = new(StringComparer.Ordinal)
    {
        "Cup", "Open", "Games", "Olympics", "Championship", "Championships", "Nations", "Awards", "Prix", "Trophy", "Festival",
        "Marathon", "Rally", "Series", "Classic", "Tournament", "Show", "Expo", "Summit", "Conference", "Slam",
    };

    // Heads of bodies that are surnames too, so they type nothing (Margaret Court).
    private static readonly HashSet<string> Surnames = new(StringComparer.Ordinal) { "Court", "Guard", "Front", "Trust", "Bank" };

    // Days a calendar names.
    private static readonly HashSet<string> Holidays = new(StringComparer.OrdinalIgnoreCase)
    {
        "Christmas", "Christmas Day", "Christmas Eve", "Boxing Day", "Easter", "Good Friday", "New Year", "New Year's Day",
        "New Year's Eve", "Thanksgiving", "Halloween", "Ramadan", "Eid", "Hanukkah", "Diwali", "Passover", "Yom Kippur",
    };

    // Last words of a body's name that no place's name ends with (a "Union", a "Federation", a "Bank", a "Front" can
    // be one: Soviet Union, Russian Federation, West Bank, Western Front), so they overrule a place the tagger read
    // ("UK Independence Party").
    private static readonly HashSet<string> OnlyBodies = new(StringComparer.Ordinal)
    {
        "Party", "Commission", "Committee", "Council", "Association", "Ministry", "Department", "Agency",
        "Institute", "Society", "Foundation", "Authority", "Bureau", "Administration", "Organisation", "Organization",
        "University", "College", "Academy", "Club", "Airlines", "Airways",
    };

    /// <summary>True for a word that ends the names of bodies and organisations ("Office", "Council", "University").</summary>
    public static bool IsBodyWord(string word) => Bodies.Contains(word) || Organisations.Contains(word);

    /// <summary>True when the name's last word says it names an organisation and no place (<see cref="OnlyBodies"/>, company suffixes).</summary>
    public static bool IsOrganisation(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var space = name.LastIndexOf(' ');
        return space > 0 && (OnlyBodies.Contains(name[(space + 1)..]) || CompanySuffixes.Contains(name[(space + 1)..]));
    }

    // Prizes known by one name ("the Oscars", "a Bafta"). Not "Oscar" or "Emmy" alone: footballers and others go by such
    // a given name alone (CoNLL-2003's Oscar is a Brazilian player); PrizeNames reads those by what follows them.
    private static readonly HashSet<string> Awards = new(StringComparer.Ordinal)
    {
        "Oscars", "Grammy", "Grammys", "Emmys", "Bafta", "Baftas", "Golden Globe", "Golden Globes", "Pulitzer", "Nobel",
    };

    /// <summary>
    /// True for a day a calendar names ("Christmas", "New Year") or a prize known by one name ("Oscar", "Bafta"): never a
    /// person, place or organisation, whatever the tagger read.
    /// </summary>
    public static bool IsAlwaysOther(string name) => Holidays.Contains(name) || Awards.Contains(name);

    /// <summary>The type the name's last word (or the name, for a holiday or a prize) gives it, or null when it gives none.</summary>
    public static EntityType? TypeOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (IsAlwaysOther(name))
        {
            return EntityType.Other;
        }

        var space = name.LastIndexOf(' ');
        if (space < 0)
        {
            return null;
        }

        var last = name[(space + 1)..];
        return Places.Contains(last) ? EntityType.Place
            : IsOrganisationHead(last) ? EntityType.Organisation
            : Events.Contains(last) ? EntityType.Other
            : null;
    }

    /// <summary>True for a last word that makes a name an organisation's ("Motors", "Council", "Ltd"), a surname aside ("Court").</summary>
    public static bool IsOrganisationHead(string word) =>
        (Bodies.Contains(word) && !Surnames.Contains(word)) || CompanySuffixes.Contains(word) || Organisations.Contains(word);
}
