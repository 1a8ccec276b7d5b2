using System.Text.RegularExpressions;

namespace Digest.Ingest.Cleaning;

/// <summary>
/// Lines left by page widgets: sharing, comments, sign-in, newsletters, cookie notices, ads.
/// Only short lines match (an article sentence that mentions "comment" is long and safe).
/// </summary>
internal static partial class WidgetLines
{
    /// <summary>Longest line that can be a widget label.</summary>
    private const int MaxLabelLength = 90;

    /// <summary>True when <paramref name="line"/> is widget text, not article text.</summary>
    public static bool IsMatch(string line) =>
        WidgetSentence().IsMatch(line) || (line.Length <= MaxLabelLength && WidgetLabel().IsMatch(line));

    // Whole widget labels: the line is nothing but the label (plus counts and punctuation).
    [GeneratedRegex(
        @"^\W*(\d+\s*)?(share( this( article| story| post| page)?| on \w+| via \w+)?|shares?|tweet|e-?mail( this)?|print( this)?|pin( it)?|facebook|twitter|linkedin|whatsapp|reddit|pinterest|flipboard|messenger|copy( the)? link|comments?|\d*\s*replies|reply|report|like|save( for later| article)?|bookmark|sign (in|up|out)|log ?(in|out)|register|subscribe( now| today)?|newsletter|advertisement|advertising|sponsored( content)?|skip to( main)? content|menu|search|close|open|back to top|show (more|less)|load more|see (more|all)|view (comments|all)|(post|add|leave|write|submit) (a )?(reply|comment|response)|cancel reply|comments? (are )?(closed|disabled)|join the (conversation|discussion)|follow( us)?( on \w+)?|listen|watch|play( video)?|next|previous|home|top stories|trending( now)?|latest( news)?|loading\W*|(ad|advertisement) feedback|we use cookies.*|accept( all)?( cookies)?)\W*(\d+)?\W*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WidgetLabel();

    // Widget sentences that can be long but are never article text.
    [GeneratedRegex(
        @"are you sure you want to delete this comment|your email address will not be published|required fields are marked|leave a (reply|comment)\b|you must be logged in to post|sign up for (our|the) .{0,40}newsletter|this site uses (akismet|cookies)|by (using|continuing to use) this (site|website)|we use cookies|enable javascript|your browser does not support|this (video|content) is (not available|unavailable)|to continue reading|already a subscriber|subscribe (now )?to (continue|read|unlock)|share (this|on) (article|story|facebook|twitter)|click here to|notify me of (new|follow-up)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WidgetSentence();
}
