using System.Buffers;
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
        EndsWithToggle(line) || line.AsSpan().ContainsAny(WidgetSentences) || (line.Length <= MaxLabelLength && WidgetLabel().IsMatch(line)) ||
        (line.Length <= MaxPromoLength && line.AsSpan().ContainsAny(PromoSentences)) ||
        (line.Length <= MaxPromoLabelLength && line.AsSpan().ContainsAny(PromoWords));

    // A caption or teaser with its show-more toggle: "… concept vehicle at ... more", "… Tuesday, Nov. 19, 2019. less".
    private static bool EndsWithToggle(string line)
    {
        var text = line.AsSpan().TrimEnd();
        if (text.EndsWith(" more", StringComparison.OrdinalIgnoreCase))
        {
            var before = text[..^5].TrimEnd();
            return before.EndsWith("...", StringComparison.Ordinal) || before.EndsWith('…');
        }

        return text.EndsWith(" less", StringComparison.OrdinalIgnoreCase) && text.Length > 5 && text[^6] is '.' or '!' or '?' or '"' or '”';
    }

    /// <summary>Longest line that can be a newsletter or sign-up promotion: an article paragraph that quotes one is longer.</summary>
    private const int MaxPromoLength = 160;

    /// <summary>Longest line that is a promotion's label ("Get our daily Entertainment newsletter").</summary>
    private const int MaxPromoLabelLength = 60;

    // Whole widget labels: the line is nothing but the label (plus counts and punctuation).
    [GeneratedRegex(
        @"^\W*(\d+\s*)?(share( this( article| story| post| page)?| on \w+| via \w+)?|shares?|tweet|e-?mail( this)?|print( this)?|pin( it)?|facebook|twitter|linkedin|whatsapp|reddit|pinterest|flipboard|messenger|copy( the)? link|((did you )?(like|enjoy(ed)?|love) this (story|article|post)\W*)?share (it|this)( with (a friend|friends|your friends))?|tell us what you think|comments?|\d*\s*replies|reply|report|like|save( for later| article)?|bookmark|sign (in|up|out)|log ?(in|out)|register|subscribe( now| today)?|newsletter|advertisement|advertising|sponsored( content)?|skip to( main)? content|menu|search|close|open|back to top|show (more|less)|load more|see (more|all)|view (comments|all)|(post|add|leave|write|submit) (a )?(reply|comment|response)|cancel reply|comments? (are )?(closed|disabled)|join the (conversation|discussion)|follow( us)?( on \w+)?|listen|watch|play( video)?|next|previous|home|top stories|trending( now)?|latest( news)?|loading\W*|(ad|advertisement) feedback|we use cookies.*|accept( all)?( cookies)?|advert|caption|back to( the)? gallery|view( the)? gallery|(image|photo|picture|slide)\s+\d+\s*(of\s*/?|/)\s*\d+)\W*(\d+)?\W*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WidgetLabel();

    // Widget sentences that can be long but are never article text. Literal phrases found with
    // one vectorised search: a regex alternation over every line was the slowest step of ingest.
    private static readonly SearchValues<string> WidgetSentences = SearchValues.Create(
    [
        "are you sure you want to delete this comment", "your email address will not be published", "required fields are marked",
        "leave a reply", "leave a comment", "you must be logged in to post", "this site uses akismet", "this site uses cookies",
        "by using this site", "by using this website", "by continuing to use this", "we use cookies", "enable javascript",
        "your browser does not support", "this video is not available", "this content is not available", "this video is unavailable",
        "this content is unavailable", "to continue reading", "already a subscriber", "subscribe to continue", "subscribe now to continue",
        "subscribe to read", "subscribe to unlock", "share this article", "share this story", "share on facebook", "share on twitter",
        "click here to", "notify me of new", "slideshow requires javascript", "notify me of follow-up", "sign up for our newsletter", "sign up for the newsletter",
    ],
        StringComparison.OrdinalIgnoreCase);

    // Newsletter and sign-up promotions: whole lines of their own, short. Matched only in short lines, as an article can
    // quote them inside a paragraph (a SemEval text carries "subscribe to our newsletter" in its only one).
    private static readonly SearchValues<string> PromoSentences = SearchValues.Create(
    [
        "subscribe to our newsletter", "subscribe to our sister", "to subscribe to our", "sign up for our", "sign up for e-mail",
        "sign up for email", "sign up to our", "unsubscribe at any time", "unsubscribe anytime", "protected by recaptcha",
        "no spam", "in your inbox", "to your inbox", "meet your inbox", "want more stories like this", "delivered weekday mornings",
        "delivered to your inbox", "join our newsletter", "get breaking news alerts",
    ],
        StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> PromoWords = SearchValues.Create(
        ["newsletter", "news emails", "email alerts", "e-mail alerts", "news alerts"], StringComparison.OrdinalIgnoreCase);
}
