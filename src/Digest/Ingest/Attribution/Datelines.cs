using System.Text.RegularExpressions;

namespace Digest.Ingest.Attribution;

/// <summary>
/// The dateline that opens a report: a place in capitals, an optional credit in parentheses and a
/// dash ("BEIRUT (AP) —", "DAMASCUS, SYRIA (8:35 P.M.) –", "WASHINGTON, D.C. --"), or a credit
/// alone ("(CNN) --", "(Reuters) -").
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

    // Place: words in capitals (with commas, dots, apostrophes, hyphens), optionally ", Country" in
    // any case; then up to two parenthesised credits or times; then a dash (or two hyphens).
    [GeneratedRegex(
        @"^(?<place>\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]*)*(?:,\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)?)?\s*(?:\((?<credit>[^()]{1,40})\)\s*){0,2}(?:—|–|--|-)\s",
        RegexOptions.CultureInvariant)]
    private static partial Regex Dateline();
}
