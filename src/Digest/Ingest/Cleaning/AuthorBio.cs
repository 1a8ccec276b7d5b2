using System.Text.RegularExpressions;

namespace Digest.Ingest.Cleaning;

/// <summary>
/// The note about the writer that pages put after an article ("Phil Helsel is a reporter for NBC News.", "Have a tip?
/// Jane Example may be reached at …"): a short paragraph naming a person and a writing job, or how to reach them, among
/// the last two. It is the page's, not the article's (extractors and the boilerplate benchmark's ground truth leave it
/// out), and its names are not the report's.
/// </summary>
internal static partial class AuthorBio
{
    /// <summary>Longest paragraph taken for a note about the writer: an article's closing paragraph about a journalist is longer.</summary>
    private const int MaxLength = 300;

    /// <summary>How many of the last paragraphs are looked at.</summary>
    private const int LastParagraphs = 2;

    /// <summary>
    /// Where the article of <paramref name="paragraphs"/> ends: at a note about the writer among its last two paragraphs
    /// (and not before <paramref name="first"/>, so that an article is left above it), else after its last paragraph.
    /// </summary>
    public static int End(IReadOnlyList<string> paragraphs, int first)
    {
        for (var i = Math.Max(first, paragraphs.Count - LastParagraphs); i < paragraphs.Count; i++)
        {
            if (IsMatch(paragraphs[i]))
            {
                // The writer's name on a line of its own above the note ("Phil Helsel", then "Phil Helsel is a reporter …").
                var named = i > first && paragraphs[i - 1].Length < paragraphs[i].Length &&
                    paragraphs[i].StartsWith(paragraphs[i - 1] + " ", StringComparison.Ordinal);
                return named ? i - 1 : i;
            }
        }

        return paragraphs.Count;
    }

    /// <summary>True when <paramref name="paragraph"/> reads as a note about the article's writer.</summary>
    public static bool IsMatch(string paragraph) => paragraph.Length <= MaxLength && (Bio().IsMatch(paragraph) || Contact().IsMatch(paragraph));

    // How to reach the writer: "Have a tip? Jane Example may be reached at …", "Got a news tip?".
    [GeneratedRegex(@"^(have|got) a (news )?tip\b|\b(may|can) be (reached|contacted) at\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Contact();

    // Two to four capitalised words, then "is a … reporter for / writer living in …".
    [GeneratedRegex(
        @"^\p{Lu}[\p{L}.'’-]+( \p{Lu}[\p{L}.'’-]+){1,3} is (a|an|the) [^.]{0,60}\b(reporter|writer|correspondent|editor|journalist|columnist|contributor|producer|critic)s?\b( (for|at|with|of|on|in|living|based|who|covering)\b|[.,]|$)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Bio();
}
