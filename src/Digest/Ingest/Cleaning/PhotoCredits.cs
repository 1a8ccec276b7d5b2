using System.Text.RegularExpressions;

namespace Digest.Ingest.Cleaning;

/// <summary>
/// Photo credits and the captions that end with one ("Photo: Damian Dovarganes, AP", "Alex Wong | Getty Images",
/// "Protesters in the square (Image: GETTY)", "… outside a store in Hialeah, Fla. (AP Photo/Alan Diaz, File)"): text of a
/// picture the digest does not show. Short lines only, so a paragraph that mentions a photo agency stays.
/// </summary>
internal static partial class PhotoCredits
{
    private const int MaxCreditLength = 100;
    private const int MaxCaptionLength = 300;

    /// <summary>True when <paramref name="line"/> is a photo credit or a captioned credit.</summary>
    public static bool IsMatch(string line) =>
        (line.Length <= MaxCreditLength && Credit().IsMatch(line)) || (line.Length <= MaxCaptionLength && CaptionCredit().IsMatch(line));

    // A credit on its own: "Photo: …", "Photograph: …", "Image copyright …", "Photo by …", "Image credit: …", or names
    // ending with a picture agency ("Sakib Ali/Hindustan Times/Getty Images").
    [GeneratedRegex(
        @"^\W*(photo(graph)?|image|picture)( (credit|copyright|by))?\s*(:|by|copyright|credit)\s*\S|(^|[/|,]\s*)(getty images|shutterstock|ap photo|afp|reuters|epa|bloomberg)\W*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Credit();

    // A caption closed by its credit in brackets: "(Image: GETTY)", "(AP Photo/Alan Diaz, File)", "(Photo: Reuters)".
    [GeneratedRegex(
        @"\((ap photo|(photo(graph)?|image|picture)( credit)?\s*[:/])[^()]{0,80}\)\W*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CaptionCredit();
}
