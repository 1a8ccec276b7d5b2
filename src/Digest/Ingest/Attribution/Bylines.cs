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

    /// <summary>
    /// The writers' names of a page's author field: without the affiliation a page appends ("Amy Kuperinsky | NJ Advance
    /// Media", "Finian Cunningham. Sputnik International", "Victor Tangermann, Futurism" where Futurism is the site,
    /// "Troy L. Smith, Cleveland.com"); null for a content system's placeholder ("admin", "Editorial", "Guest").
    /// </summary>
    /// <param name="author">The author field as the page gives it.</param>
    /// <param name="siteName">The page's site name, if known.</param>
    public static string? FromPageAuthor(string? author, string? siteName)
    {
        if (string.IsNullOrWhiteSpace(author))
        {
            return null;
        }

        var names = author.Trim();
        if (names.IndexOf(" | ", StringComparison.Ordinal) is > 0 and var bar)
        {
            names = names[..bar];
        }

        if (AffiliationAfterSentence().Match(names) is { Success: true } sentence)
        {
            names = sentence.Groups["names"].Value;
        }

        if (names.LastIndexOf(", ", StringComparison.Ordinal) is > 0 and var comma &&
            (names[(comma + 2)..].Equals(siteName, StringComparison.OrdinalIgnoreCase) || IsDomain(names[(comma + 2)..])))
        {
            names = names[..comma];
        }

        return Placeholders.Contains(names) || names.EndsWith("admin", StringComparison.OrdinalIgnoreCase) ? null : names;
    }

    private static bool IsDomain(string text) => !text.Contains(' ', StringComparison.Ordinal) && text.Contains('.', StringComparison.Ordinal);

    // What a content system writes when no one signed the article.
    private static readonly HashSet<string> Placeholders = new(StringComparer.OrdinalIgnoreCase)
    {
        "admin", "administrator", "editorial", "editor", "staff", "guest", "гость", "webmaster", "user", "author", "anonymous", "unknown",
    };

    // "Finian Cunningham. Sputnik International": a name whose last word ends in a small letter, a full stop, an affiliation.
    [GeneratedRegex(@"^(?<names>\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*\p{Ll})\.\s+\p{Lu}.*$", RegexOptions.CultureInvariant)]
    private static partial Regex AffiliationAfterSentence();

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
