using System.Buffers;
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

    /// <summary>True when a paragraph holds a sentence of page furniture (<see cref="WithoutSentences"/>).</summary>
    public static bool HasSentences(string paragraph) => IsPageSentence(paragraph);

    // The e-mail pattern only where there is an '@': it would otherwise be tried at every word. The phrases only
    // where one of them is written: most paragraphs hold none, and the regex, whose phrases start with common
    // letters, tried a match at nearly every word (perf: a fifth of computing dedup features at 100,000 seeds).
    private static bool IsPageSentence(string text) =>
        (text.AsSpan().ContainsAny(PagePhrases) && PagePhrase().IsMatch(text))
        || (text.Contains('@', StringComparison.Ordinal) && Email().IsMatch(text));

    /// <summary>
    /// A text <see cref="PagePhrase"/> matches holds one of these, compared ordinally ignoring case (one vectorised
    /// search for all of them): each alternative of the pattern, with "registered users?" and "e-?mail address"
    /// as the part every form shares, and "click here" as "clic". The pattern's case-insensitive k also matches
    /// the Kelvin sign (U+212A), which an ordinal comparison does not, so no phrase here has a k (the other letters
    /// match the same characters both ways: a test checks every one).
    /// </summary>
    internal static readonly string[] PagePhraseParts =
    [
        "sign up", "subscribe", "newsletter", "free trial", "registered user", "mail address", "privacy policy",
        "terms of use", "terms of service", "all rights reserved", "clic",
        "read the full report", "read the full story", "read the full article",
    ];

    private static readonly SearchValues<string> PagePhrases = SearchValues.Create(PagePhraseParts, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The paragraph without its sentences of page furniture: sign-up and subscription prompts,
    /// registration forms (their e-mail address field), privacy and copyright notices, "read the full report" and
    /// contact blocks with an e-mail address. Cleaning leaves them inside long paragraphs (a wire's
    /// footer, a registration form), where <see cref="Is"/> cannot see them; in a story vector they
    /// make two reports from one site or wire alike whatever their news. A sentence ends at . ! ?
    /// or a line of underscores, followed by a space.
    /// </summary>
    public static string WithoutSentences(string paragraph)
    {
        if (!HasSentences(paragraph))
        {
            return paragraph;
        }

        var kept = new System.Text.StringBuilder(paragraph.Length);
        foreach (var sentence in SentenceEnd().Split(paragraph))
        {
            if (!IsPageSentence(sentence))
            {
                kept.Append(sentence).Append(' ');
            }
        }

        return kept.ToString();
    }

    [GeneratedRegex(@"(?<=[.!?])\s+|_{3,}")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(
        @"\b(sign up|subscribe|newsletter|free trial|registered users?|e-?mail address|privacy policy|terms of (use|service)|all rights reserved|click here|read the full (report|story|article))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PagePhrase();

    [GeneratedRegex(@"[\w.+-]+@[\w-]+\.\w", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    [GeneratedRegex(
        @"^\W*(advertisement|advertising|sponsored|related( articles?| stories| coverage)?|read more|read next|see also|more on this|share (this|on)|follow us|sign up|subscribe|click here|all rights reserved|copyright|\(c\)|©|photo:|image:|getty images|reuters photo|ap photo|file photo|watch:|video:|listen:|comments?\b|tags?:|filed under|updated\b|published\b|last updated|posted\b|this (article|story) (was|has been|first appeared)|originally (published|appeared)|newsletter)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
