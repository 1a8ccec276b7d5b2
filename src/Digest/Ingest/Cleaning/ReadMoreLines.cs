using System.Text.RegularExpressions;

namespace Digest.Ingest.Cleaning;

/// <summary>
/// Pointers to other pages: "Read the full article from the Source…", "Related Videos",
/// "More from …", "You may also like" — alone on a line or glued to the end of the last paragraph.
/// </summary>
internal static partial class ReadMoreLines
{
    private const int MaxLength = 90;
    private const int TailLength = 48;

    /// <summary>True when the whole line is such a pointer.</summary>
    public static bool IsMatch(string line) => line.Length <= MaxLength && Pointer().IsMatch(line);

    /// <summary>
    /// Removes a pointer glued to the end of a paragraph ("… back into the sea. Related Videos"),
    /// only when what remains still ends like a sentence.
    /// </summary>
    public static string TrimGluedPointer(string paragraph)
    {
        // The pointer is at most a few words at the very end: look at the tail only.
        var tailStart = Math.Max(0, paragraph.Length - TailLength);
        var match = GluedPointer().Match(paragraph, tailStart);
        if (!match.Success)
        {
            return paragraph;
        }

        var rest = paragraph[..match.Index].TrimEnd();
        return LineStats.EndsWithSentencePunctuation(rest) ? rest : paragraph;
    }

    [GeneratedRegex(
        @"^\W*(read (the )?(full|more|original|whole|entire|rest)( of)?( the)?( (article|story|post|report))?( (from|at|on) .{0,40})?|continue reading|read more|more (from|on|about|stories|news|in) .{0,50}|related( (videos?|articles?|stories|posts|content|coverage|news|links|topics|reading))?|recommended( (for you|stories|articles|reading))?|you (may|might) (also )?(like|be interested in|have missed)|(also )?see also|most (read|popular|viewed|shared|commented|emailed)|popular (now|stories|articles)|editor'?s picks|what to read next|more stories|top stories|in (other|case you missed)( news)?|sponsored stories|(source|via|image|photo|video|picture) ?(source|credit|caption)?\s*:.{0,50}|source:?\s.{0,40}|tags?:.*|filed under:?.*|topics?:.*|posted in .{0,40})\W*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pointer();

    [GeneratedRegex(
        @"\s+(related (videos?|articles?|stories|posts)|read (the full article|more)( from the source)?|continue reading|share this( article| story)?)\W*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GluedPointer();
}
