using System.Text.RegularExpressions;

namespace Digest.Ingest.Attribution;

/// <summary>Byline lines: "By Ryan Browne", "By Jane Doe and John Roe, Reuters", "By JANE DOE | CNN", "Tom Krisher, AP Auto Writer".</summary>
public static partial class Bylines
{
    private const int MaxLength = 80;

    /// <summary>Reads the author names of a byline line; false when the line is not one.</summary>
    public static bool TryParse(string line, out string byline)
    {
        ArgumentNullException.ThrowIfNull(line);
        byline = "";
        if (line.Length > MaxLength)
        {
            return false;
        }

        var match = Byline().Match(line);
        if (!match.Success)
        {
            match = WireByline().Match(line);
        }

        if (!match.Success)
        {
            return false;
        }

        byline = match.Groups["names"].Value.Trim();
        return byline.Length > 0;
    }

    // "By" then one name, or a list ending in "and"/"&" ("By A, B and C"); a trailing credit
    // (", CNN", "| Reuters", "- Updated …") is left out of the names.
    [GeneratedRegex(
        @"^\s*[Bb][Yy]:?\s+(?<names>\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:(?:\s*,\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})*(?:\s+and\s+|\s*&\s*)\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})?)\s*(?:[,|•·–—-].{0,50})?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Byline();

    // A wire service's byline without "By": a name, then the agency and the writer's job ("Tom Krisher, AP Auto Writer",
    // "Jane Doe, Associated Press Writer"); "Jane Doe, AP" alone is as often a photo credit.
    [GeneratedRegex(
        @"^\s*(?<names>\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}),\s+(?i:AP|Associated Press|Reuters|AFP)(?:\s+\p{L}+){0,2}\s+(?i:writer|correspondent|reporter|editor)\s*$",
        RegexOptions.CultureInvariant)]
    private static partial Regex WireByline();
}
