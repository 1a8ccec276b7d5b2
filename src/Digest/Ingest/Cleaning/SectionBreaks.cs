using System.Text.RegularExpressions;

namespace Digest.Ingest.Cleaning;

/// <summary>
/// Headers that open what pages put after an article: comments, related and recommended stories,
/// "More from …". Such a line ends the article's block — what follows it is prose of other
/// people (comments) or teasers of other pages, however article-like it reads.
/// </summary>
internal static partial class SectionBreaks
{
    private const int MaxLength = 60;

    /// <summary>True when <paramref name="line"/> opens a section that is not the article.</summary>
    public static bool IsMatch(string line) => line.Length <= MaxLength && (Header().IsMatch(line) || MoreOfASection().IsMatch(line));

    /// <summary>True when <paramref name="line"/> opens the comments, which always come after the article.</summary>
    public static bool OpensComments(string line) => line.Length <= MaxLength && CommentsHeader().IsMatch(line);

    [GeneratedRegex(
        @"^\W*(\d+\s+|top( rated)?\s+|latest\s+|reader\s+|show\s+|view\s+|read( all)?\s+)?(comments?|responses|discussion|conversation|replies)(\s*\(\d+\))?(\s+\d+)?\W*$|^\W*(leave a (reply|comment)|join the (conversation|discussion))\W*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommentsHeader();

    [GeneratedRegex(
        @"^\W*(\d+\s+|top( rated)?\s+|latest\s+|reader\s+|show\s+|view\s+|read( all)?\s+)?(comments?|responses|discussion|conversation|replies)(\s*\(\d+\))?(\s+\d+)?\W*$|^\W*(leave a (reply|comment)|join the (conversation|discussion)|related (stories|articles|posts|content|coverage|news|links|reading|roundup:?.*)|more (from|stories|news|in|on) .{0,40}|more stories|more( \S+){1,3} (stories|news|articles|videos)|recommended( for you| stories| articles| reading)?|you (may|might) (also )?(like|enjoy|be interested in)|(most|more) (read|popular|viewed|shared|emailed)|popular (now|stories|articles|posts)|trending( now| stories| news)?|read (this )?next|what to read next|around the (web|site)|from (the web|our partners)|(sponsored|promoted) (stories|content|links)|latest (news|stories|headlines)|top stories|editors?'? ?picks|don'?t miss|also (read|see)|see also|up next|watch next|more videos)\W*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Header();

    // "More World", "More Politics": a section's own header over its teasers, in title case (a subheading of the
    // article, "More protests", is in sentence case).
    [GeneratedRegex(@"^More \p{Lu}\p{Ll}+$", RegexOptions.CultureInvariant)]
    private static partial Regex MoreOfASection();
}
