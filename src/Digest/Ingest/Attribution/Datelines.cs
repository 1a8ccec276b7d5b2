using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Digest.Ingest.Attribution;

/// <summary>
/// The dateline that opens a report: a place in capitals, an optional credit in parentheses and a
/// dash ("BEIRUT (AP) —", "DAMASCUS, SYRIA (8:35 P.M.) –", "WASHINGTON, D.C. --", "LONDON, Aug 30 (Reuters) -"),
/// or a credit alone ("(CNN) --", "(Reuters) -"); or a stamp line of its own, a place in capitals and a date
/// ("LONDON 1996-08-30", "NAIROBI, Aug. 30, 1996"), which cleaning takes out of the text with other date stamps.
/// </summary>
public static partial class Datelines
{
    /// <summary>Reads the dateline at the start of <paramref name="paragraph"/>.</summary>
    /// <param name="paragraph">A paragraph of the article.</param>
    /// <param name="place">The place, e.g. "BEIRUT"; null when only a credit opens it.</param>
    /// <param name="credit">The credit in parentheses, e.g. "AP"; null when none (times like "8:35 P.M." are not credits).</param>
    public static bool TryParse(string paragraph, out string? place, out string? credit)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        place = null;
        credit = null;
        var match = Dateline().Match(paragraph);
        if (!match.Success)
        {
            return false;
        }

        place = match.Groups["place"].Success ? match.Groups["place"].Value.Trim().TrimEnd(',') : null;
        foreach (Capture capture in match.Groups["credit"].Captures)
        {
            var text = capture.Value.Trim();
            if (!char.IsDigit(text[0]))
            {
                credit = text;
                break;
            }
        }

        return place is not null || credit is not null;
    }

    /// <summary>
    /// Reads a dateline written as a line of its own: a place in capitals and a date, nothing else
    /// ("LONDON 1996-08-30", "NAIROBI, Aug. 30, 1996"). Labels and weekdays in capitals ("UPDATED 2019-11-20",
    /// "THURSDAY, SEPTEMBER 21, 2017") are not places.
    /// </summary>
    /// <param name="line">A line of the seed.</param>
    /// <param name="place">The place, e.g. "LONDON".</param>
    public static bool TryParseStamp(string line, [NotNullWhen(true)] out string? place)
    {
        ArgumentNullException.ThrowIfNull(line);
        place = null;
        if (line.Length > MaxStampLength)
        {
            return false;
        }

        var match = Stamp().Match(line.Trim());
        if (!match.Success || !Dates.IsDate(match.Groups["date"].Value))
        {
            return false;
        }

        var found = match.Groups["place"].Value;
        if (found.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Any(w => NotPlaces.Contains(w.TrimEnd('.', ':'))))
        {
            return false;
        }

        place = SpaceBeforeComma().Replace(found, ",");
        return true;
    }

    // A stamp line is short ("PORT-AU-PRINCE, HAITI, Jan. 13, 2010" is 35 characters): longer lines are text.
    private const int MaxStampLength = 80;

    // Words in capitals that open date stamps without being where a report was filed.
    private static readonly HashSet<string> NotPlaces = new(StringComparer.OrdinalIgnoreCase)
    {
        "UPDATED", "UPDATE", "PUBLISHED", "POSTED", "LAST", "MODIFIED", "DATE", "FILED", "CREATED", "EDITED", "AS", "OF", "ON", "AT",
        "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY", "TODAY",
        "JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER",
        "JAN", "FEB", "MAR", "APR", "JUN", "JUL", "AUG", "SEP", "SEPT", "OCT", "NOV", "DEC",
    };

    // Place: words in capitals (with commas, dots, apostrophes, hyphens), optionally ", Country" in
    // any case, optionally a date without its year (", Aug 30"); then up to two parenthesised credits or
    // times; then a dash (or two hyphens).
    [GeneratedRegex(
        "^(?<place>" + CapitalWords + @"(?:,\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)?)?(?:,\s*\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2})?\s*(?:\((?<credit>[^()]{1,40})\)\s*){0,2}(?:—|–|--|-)\s",
        RegexOptions.CultureInvariant)]
    private static partial Regex Dateline();

    // A place in capitals as above, its ", COUNTRY" or ", Country" after it ("WIGAN, England"; not a month: "NAIROBI,
    // Aug. 30" has none), a comma or space, then the rest of the line (a date, checked by Dates).
    [GeneratedRegex(
        "^(?<place>" + CapitalWords + "(?:\\s*,\\s*(?:" + CapitalWords + "|" + TitleWords + @"))?)\s*[,\s]\s*(?<date>\S.*)$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Stamp();

    // Words in title case, not a month's name or abbreviation: "England", "New South Wales".
    private const string TitleWords =
        @"(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s)\p{Lu}\p{Ll}[\p{L}.'’-]*(?:\s+\p{Lu}\p{Ll}[\p{L}.'’-]*)*";

    // "WIGAN , England" as a tokenised text writes it.
    [GeneratedRegex(@"\s+,")]
    private static partial Regex SpaceBeforeComma();

    // Words in capitals (with dots, apostrophes, hyphens), the first of two letters or more: "WASHINGTON", "ST.-DENIS".
    private const string CapitalWords = @"\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]*)*";
}
