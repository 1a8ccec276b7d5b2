namespace Digest.Entities.Recognition;

/// <summary>
/// The place of a dateline that stood on a line of its own ("LONDON 1996-08-30"): cleaning took the line out of
/// the text, attribution kept the place (<see cref="Article.Dateline"/>), and recognition reads it on a line after
/// the title. Where a report was filed is a place whatever the tagger makes of a lone word in capitals.
/// </summary>
internal static class DatelinePlaces
{
    /// <summary>
    /// <paramref name="mentions"/> with the dateline at <paramref name="start"/> of <paramref name="text"/> read as
    /// places: one per part before and after a comma ("NAIROBI, KENYA"), an abbreviation after it ("D.C.", "NY")
    /// left to the place before, and whatever the tagger found there replaced.
    /// </summary>
    public static List<Mention> Apply(string text, int start, string dateline, List<Mention> mentions)
    {
        var end = start + dateline.Length;
        var places = new List<Mention>();
        var partStart = start;
        for (var i = start; i <= end; i++)
        {
            if (i < end && text[i] != ',')
            {
                continue;
            }

            var (from, to) = Trimmed(text, partStart, i);
            var part = text[from..to];
            var abbreviation = part.Contains('.', StringComparison.Ordinal) || part.Count(char.IsLetter) <= 2;
            if (part.Count(char.IsLetter) >= 2 && !(places.Count > 0 && abbreviation))
            {
                places.Add(new Mention(TitleCase(part), EntityType.Place, from, to, InHeadline: true));
            }

            partStart = i + 1;
        }

        var result = new List<Mention>(mentions.Count + places.Count);
        result.AddRange(mentions.Where(m => m.End <= start));
        result.AddRange(places);
        result.AddRange(mentions.Where(m => m.Start >= end));
        return result;
    }

    private static (int From, int To) Trimmed(string text, int from, int to)
    {
        while (from < to && char.IsWhiteSpace(text[from]))
        {
            from++;
        }

        while (to > from && char.IsWhiteSpace(text[to - 1]))
        {
            to--;
        }

        return (from, to);
    }

    /// <summary>
    /// A dateline as a name: "NEW YORK" → "New York", "PORT-AU-PRINCE" → "Port-Au-Prince"; a word with dots or of two
    /// letters stays as it is ("U.S.", "UK"). (Mentions in capitals display better in the body's own spelling when it
    /// has one: LocalEntity.)
    /// </summary>
    public static string TitleCase(string name) => Text.WordCase.CapitalsToTitle(name, minLetters: 3, keepAbbreviations: true);
}
