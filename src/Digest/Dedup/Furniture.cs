using System.Text.RegularExpressions;

namespace Digest.Dedup;

/// <summary>
/// Short paragraphs that belong to the page, not the report ("Advertisement", "Share this
/// article", "Read more: …", copyright lines). Two copies of one report often differ only in
/// these, so they are left out of fingerprints and shingles.
/// </summary>
internal static partial class Furniture
{
    // Furniture is short; a long paragraph that happens to contain "read more" is content.
    private const int MaxWords = 14;

    /// <summary>True when a plain-text paragraph is page furniture.</summary>
    public static bool Is(string paragraph)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in paragraph)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        return words == 0 || (words <= MaxWords && Pattern().IsMatch(paragraph));
    }

    [GeneratedRegex(
        @"^\W*(advertisement|advertising|sponsored|related( articles?| stories| coverage)?|read more|read next|see also|more on this|share (this|on)|follow us|sign up|subscribe|click here|all rights reserved|copyright|\(c\)|©|photo:|image:|getty images|reuters photo|ap photo|file photo|watch:|video:|listen:|comments?\b|tags?:|filed under|updated\b|published\b|last updated|posted\b|this (article|story) (was|has been|first appeared)|originally (published|appeared)|newsletter)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
