using System.Text.RegularExpressions;

namespace Digest.Ingest.Attribution;

/// <summary>
/// Decides an article's source, date, byline, dateline and language from what the seed gives,
/// strongest evidence first: the page's own metadata, the dateline's credit, credit lines
/// ("(CNN)", "© 2017 Cable News Network"), a known site name after the title. What nothing
/// identifies stays <see cref="Sources.Unknown"/> or empty.
/// </summary>
public static partial class Attributor
{
    // Credits sit at the top of a report or in the footer, not in the middle of its text.
    private const int HeadLines = 3;
    private const int FootLines = 12;

    /// <summary>Fills the metadata fields of <paramref name="article"/>.</summary>
    /// <param name="article">The article with title and body decided.</param>
    /// <param name="rawLines">Every line of the seed as received (credits and date lines may have been cleaned away).</param>
    /// <param name="paragraphs">The article's paragraphs as plain text.</param>
    /// <param name="page">The page's own metadata (HTML seeds).</param>
    /// <param name="catalog">Known sources.</param>
    /// <param name="language">The language when extraction already detected it; detected from the paragraphs otherwise.</param>
    public static Article Attribute(Article article, IReadOnlyList<string> rawLines, IReadOnlyList<string> paragraphs, PageMetadata page, SourceCatalog catalog, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(rawLines);
        ArgumentNullException.ThrowIfNull(paragraphs);
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(catalog);

        string? place = null, credit = null;
        foreach (var paragraph in paragraphs.Take(2))
        {
            if (Datelines.TryParse(paragraph, out place, out credit))
            {
                break;
            }
        }

        place ??= StampedPlace(rawLines, paragraphs);
        var pageSource = SourceFromPage(page, catalog);
        var (title, titleSite) = SplitSiteSuffix(article.Title, catalog, pageSource);
        var source = pageSource
            ?? (credit is null ? null : catalog.Find(credit)?.Name)
            ?? CreditIn(paragraphs.Take(HeadLines), catalog)
            ?? CreditIn(rawLines.Skip(Math.Max(0, rawLines.Count - FootLines)), catalog)
            ?? titleSite
            ?? Sources.Unknown;

        return article with
        {
            Title = title,
            Source = source,
            Date = page.Date ?? DateLine(rawLines),
            Byline = (page.Byline is { } author && Bylines.TryParse(author, out var names) ? names : page.Byline) ?? BylineIn(rawLines, paragraphs),
            Dateline = place,
            Url = page.Url ?? article.Url,
            Language = language ?? LanguageDetector.Detect(paragraphs.Prepend(title)),
        };
    }

    // The page's site name (a known one under its display name), else the publisher its address
    // belongs to; a site name that is only an address, or its address's slug ("nj", "usatoday" at www.nj.com,
    // www.usatoday.com), counts as that address. A tagline after " | " is left out ("LinkNaija | Nigeria's …").
    private static string? SourceFromPage(PageMetadata page, SourceCatalog catalog)
    {
        var site = page.SiteName;
        if (site?.IndexOf(" | ", StringComparison.Ordinal) is > 0 and var bar)
        {
            site = site[..bar];
        }

        var slug = site is { Length: > 0 } && IsSlugOfHost(site, page.Url);
        if (site is { Length: > 0 } && !slug && !Uri.TryCreate(site, UriKind.Absolute, out _))
        {
            return catalog.DisplayName(site);
        }

        var address = slug ? page.Url : site ?? page.Url;
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return null;
        }

        return catalog.FindByHost(uri.Host)?.Name ?? (site is null ? null : HostName(uri.Host));
    }

    private static bool IsSlugOfHost(string site, string? url) =>
        site.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c)) &&
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && HostName(uri.Host).Split('.')[0].Equals(site, StringComparison.Ordinal);

    private static string HostName(string host) => host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;

    private static string? CreditIn(IEnumerable<string> lines, SourceCatalog catalog)
    {
        foreach (var line in lines)
        {
            if (catalog.MatchCredit(line) is { } source)
            {
                return source.Name;
            }
        }

        return null;
    }

    // A date line anywhere (labels in any language: "дата публікації: 21-09-2017", "Published …").
    private static DateOnly? DateLine(IReadOnlyList<string> lines)
    {
        foreach (var line in lines)
        {
            if (Dates.IsDateLine(line, out var date))
            {
                return date;
            }
        }

        return null;
    }

    // A dateline on a line of its own above the text ("LONDON 1996-08-30"), which cleaning took out with the date stamps
    // among the first three lines it keeps: above the first paragraph or below a wire's name line ("Pierre Belec").
    private static string? StampedPlace(IReadOnlyList<string> lines, IReadOnlyList<string> paragraphs)
    {
        var third = paragraphs.Count == 0 ? -1 : IndexOf(lines, paragraphs[Math.Min(2, paragraphs.Count - 1)]);
        var end = third < 0 ? Math.Min(lines.Count, HeadLines) : third;
        for (var i = 0; i < end; i++)
        {
            if (Datelines.TryParseStamp(lines[i], out var place))
            {
                return place;
            }
        }

        return null;
    }

    // The byline line before the article's first paragraph (or among the first lines of a clean seed).
    private static string? BylineIn(IReadOnlyList<string> lines, IReadOnlyList<string> paragraphs)
    {
        var first = paragraphs.Count == 0 ? -1 : IndexOf(lines, paragraphs[0]);
        var end = first < 0 ? Math.Min(lines.Count, 10) : first + 1;
        for (var i = 0; i < end; i++)
        {
            if (Bylines.TryParse(lines[i], out var byline))
            {
                return byline;
            }
        }

        return null;
    }

    private static int IndexOf(IReadOnlyList<string> lines, string paragraph)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (paragraph.StartsWith(lines[i], StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// "Headline - WSJ" → ("Headline", "The Wall Street Journal") when the suffix names a known
    /// source or the page's own site ("Headline - Sportsnet.ca" on sportsnet.ca).
    /// </summary>
    internal static (string Title, string? Site) SplitSiteSuffix(string title, SourceCatalog catalog, string? pageSource = null)
    {
        var match = SiteSuffix().Match(title);
        if (!match.Success)
        {
            return (title, null);
        }

        var suffix = match.Groups["site"].Value.Trim();
        if (catalog.Find(suffix) is { } source)
        {
            return (title[..match.Index].TrimEnd(), source.Name);
        }

        return pageSource is not null && SameName(suffix, pageSource) ? (title[..match.Index].TrimEnd(), pageSource) : (title, null);
    }

    // "Sportsnet.ca" and "sportsnet.ca", "News Nation" and "newsnation.in": letters and digits up to the top-level domain.
    private static bool SameName(string a, string b)
    {
        static string Key(string s)
        {
            var dot = s.LastIndexOf('.');
            var stem = dot > 0 && s.Length - dot <= 4 ? s[..dot] : s;
            var key = string.Concat(stem.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant));
            return key.StartsWith("the", StringComparison.Ordinal) && stem.StartsWith("The ", StringComparison.OrdinalIgnoreCase) ? key[3..] : key;
        }

        var ka = Key(a);
        var kb = Key(b);
        return ka.Length > 0 && (ka == kb || ka.StartsWith(kb, StringComparison.Ordinal) || kb.StartsWith(ka, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"\s+[-|–—:]\s+(?<site>(?:(?!\s[-|–—:]\s).){2,40})$")]
    private static partial Regex SiteSuffix();
}
