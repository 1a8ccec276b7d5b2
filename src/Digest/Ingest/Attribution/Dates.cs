using System.Globalization;
using System.Text.RegularExpressions;

namespace Digest.Ingest.Attribution;

/// <summary>
/// Explicit dates in the common formats of news text: ISO (2017-09-21, 2017-09-21T10:00Z),
/// day-month-year with - . / ("21-09-2017", after a label in any language), US month/day/year
/// with slashes, and month names ("September 21, 2017", "Sept. 21 2017", "21 September 2017").
/// A date needs a year: "on Thursday" or "September 5" give nothing — a date is never invented.
/// </summary>
public static partial class Dates
{
    private static readonly string[] MonthNames =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>The first explicit date in <paramref name="text"/>.</summary>
    public static DateOnly? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (Match match in AnyDate().Matches(text))
        {
            if (ToDate(match) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>
    /// True when the line is a date line: a date with at most a short label or weekday around it
    /// ("дата публікації: 21-09-2017", "Published: Sept. 21, 2017 10:15 am", "Thursday 21 September 2017").
    /// </summary>
    public static bool IsDateLine(string line, out DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(line);
        date = default;
        if (line.Length > 80)
        {
            return false;
        }

        var match = AnyDate().Match(line);
        if (!match.Success || ToDate(match) is not { } found)
        {
            return false;
        }

        var rest = line.Length - match.Length;
        date = found;
        return rest <= 40;
    }

    /// <summary>True when <paramref name="text"/> is one explicit date and nothing else ("1996-08-30", "Aug. 30, 1996").</summary>
    public static bool IsDate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        var match = AnyDate().Match(trimmed);
        return match.Success && match.Index == 0 && match.Length == trimmed.Length && ToDate(match) is not null;
    }

    /// <summary>Parses an HTML metadata date (ISO 8601, possibly with time and zone) to the date it names.</summary>
    public static DateOnly? ParseIso(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var match = IsoDate().Match(value);
        return match.Success ? Make(match.Groups["y"].Value, match.Groups["m"].Value, match.Groups["d"].Value) : null;
    }

    private static DateOnly? ToDate(Match m)
    {
        if (m.Groups["iy"].Success)
        {
            return Make(m.Groups["iy"].Value, m.Groups["im"].Value, m.Groups["id"].Value);
        }

        if (m.Groups["ny"].Success)
        {
            var a = m.Groups["na"].Value;
            var b = m.Groups["nb"].Value;
            // Slashes are US month/day unless the first number cannot be a month; dashes and dots are day-month.
            var us = m.Groups["sep"].Value == "/" && int.Parse(a, CultureInfo.InvariantCulture) <= 12;
            return us ? Make(m.Groups["ny"].Value, a, b) : Make(m.Groups["ny"].Value, b, a);
        }

        var month = Array.IndexOf(MonthNames, m.Groups["mon"].Value[..3].ToLowerInvariant()) + 1;
        var day = m.Groups["d1"].Success ? m.Groups["d1"].Value : m.Groups["d2"].Value;
        return month == 0 ? null : Make(m.Groups["y"].Value, month.ToString(CultureInfo.InvariantCulture), day);
    }

    private static DateOnly? Make(string year, string month, string day)
    {
        if (!int.TryParse(year, CultureInfo.InvariantCulture, out var y) || !int.TryParse(month, CultureInfo.InvariantCulture, out var mo) || !int.TryParse(day, CultureInfo.InvariantCulture, out var d))
        {
            return null;
        }

        // News dates: nothing before the printing press of the web era's archives, nothing in the far future.
        if (y is < 1900 or > 2100 || mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo))
        {
            return null;
        }

        return new DateOnly(y, mo, d);
    }

    [GeneratedRegex(@"(?<![\d-])(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})")]
    private static partial Regex IsoDate();

    [GeneratedRegex(
        @"(?<![\w.-])(?:(?<iy>\d{4})-(?<im>\d{1,2})-(?<id>\d{1,2})(?![\d])" +
        @"|(?<na>\d{1,2})(?<sep>[-./])(?<nb>\d{1,2})\k<sep>(?<ny>\d{4})(?![\d])" +
        @"|(?<mon>(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?)\s+(?<d1>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})(?!\d)" +
        @"|(?<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?<mon>(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?),?\s+(?<y>\d{4})(?!\d))",
        RegexOptions.CultureInvariant)]
    private static partial Regex AnyDate();
}
