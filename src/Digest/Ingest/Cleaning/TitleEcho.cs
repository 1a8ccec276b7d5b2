namespace Digest.Ingest.Cleaning;

/// <summary>The headline repeated as the first line of the body (copy-paste of a page's header).</summary>
internal static class TitleEcho
{
    /// <summary>True when <paramref name="line"/> says the same as <paramref name="title"/>, ignoring case, spacing and punctuation.</summary>
    public static bool IsEcho(string line, string title)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(title);
        // Every way to match needs the line's letters and digits to be no more than the title's:
        // a paragraph longer than the title is told apart without building either string (cleaning
        // asks this of every line of every seed).
        if (LetterCount(line) > LetterCount(title))
        {
            return false;
        }

        var a = Letters(line);
        var b = Letters(title);
        if (a.Length == 0)
        {
            return false;
        }

        // A page title often carries the site name after the headline ("Headline - WSJ",
        // "Headline | Example News").
        var separator = title.AsSpan().LastIndexOfAny(SiteNameSeparators);
        var headline = separator > 0 && title[separator - 1] == ' ' ? Letters(title[..separator]) : b;
        return a == b || a == headline || (b.StartsWith(a, StringComparison.Ordinal) && a.Length * 3 >= b.Length * 2);
    }

    private static readonly System.Buffers.SearchValues<char> SiteNameSeparators = System.Buffers.SearchValues.Create("|-–—");

    private static int LetterCount(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            count += char.IsLetterOrDigit(c) ? 1 : 0;
        }

        return count;
    }

    private static string Letters(string text) =>
        string.Concat(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant));
}
