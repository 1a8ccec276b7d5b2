using System.Text.RegularExpressions;
using Digest.Ingest.Attribution;

namespace Digest.Ingest.Cleaning;

/// <summary>
/// The page's date stamp at the top of an article: a date alone ("November 20, 2019", "Updated 10:01 pm, Tuesday,
/// November 19, 2019") or an update note that opens with its date or time ("Updated Nov 19, 9:41 AM;Posted Nov 18,
/// 8:19 PM", "Updated at 1:23 p.m."). Not a sentence of the article.
/// </summary>
internal static partial class DateStamps
{
    private const int MaxWords = 10;
    private const int MaxNoteLength = 80;

    /// <summary>True when <paramref name="line"/> is a date stamp.</summary>
    public static bool IsMatch(string line) => IsMatch(line, LineStats.Of(line));

    /// <summary>True when <paramref name="line"/>, measured as <paramref name="stats"/>, is a date stamp.</summary>
    public static bool IsMatch(string line, LineStats stats) =>
        (!stats.EndsSentence && stats.Words <= MaxWords && Dates.IsDateLine(line, out _)) ||
        (line.Length <= MaxNoteLength && UpdateNote().IsMatch(line));

    // "Updated", "Posted", "Published", "Last updated" followed at once by a time, a weekday or a month and day: an update
    // note, where "Updated figures show …" is a sentence.
    [GeneratedRegex(
        @"^(last )?(updated|posted|published)( on| at)?:?\s*(\d{1,2}[:.]\d{2}|(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d{4}-\d{2}-\d{2})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UpdateNote();
}
