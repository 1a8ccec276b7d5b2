using System.Globalization;

namespace Digest.Text;

/// <summary>
/// The day a maintainer wrote in a sidecar or front matter (<c>date</c>, <c>updated</c>): <c>2017-09-20</c>, or the
/// date and time other tools write (Hugo's and Jekyll's <c>2017-09-20T23:30:00-05:00</c>, <c>2017-09-20 10:00</c>). A
/// report has a day, not an instant: the day is the one written, whatever the offset (turning 23:30 at UTC−5 into UTC
/// made it the 21st).
/// </summary>
public static class CalendarDates
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd",
        "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mmK", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ssK",
        "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm:ss.FFFFFFFK",
    ];

    /// <summary>What a date must be, for messages.</summary>
    public const string Rule = "a real date in the form YYYY-MM-DD (a time may follow, as in 2017-09-20T10:30:00+02:00)";

    /// <summary>The day <paramref name="text"/> writes, or false when it is no real date in one of the forms above.</summary>
    public static bool TryParse(string? text, out DateOnly day)
    {
        // DateTimeOffset keeps the clock time as written beside its offset: its DateTime is the day and time of the text.
        if (text is not null && DateTimeOffset.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            day = DateOnly.FromDateTime(parsed.DateTime);
            return true;
        }

        day = default;
        return false;
    }
}
