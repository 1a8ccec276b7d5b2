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

        var (title, titleSite) = SplitSiteSuffix(article.Title, catalog);
        var source = SourceFromPage(page, catalog)
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
            Byline = page.Byline ?? BylineIn(rawLines, paragraphs),
            Dateline = place,
            Url = page.Url ?? article.Url,
            Language = language ?? LanguageDetector.Detect(paragraphs.Prepend(title)),
        };
    }

    private static string? SourceFromPage(PageMetadata page, SourceCatalog catalog)
    {
        if (page.SiteName is { Length: > 0 } site)
        {
            return catalog.DisplayName(site);
        }

        return Uri.TryCreate(page.Url, UriKind.Absolute, out var uri) ? catalog.FindByHost(uri.Host)?.Name : null;
    }

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

    /// <summary>"Headline - WSJ" → ("Headline", "The Wall Street Journal") when the suffix names a known source.</summary>
    internal static (string Title, string? Site) SplitSiteSuffix(string title, SourceCatalog catalog)
    {
        var match = SiteSuffix().Match(title);
        if (match.Success && catalog.Find(match.Groups["site"].Value) is { } source)
        {
            return (title[..match.Index].TrimEnd(), source.Name);
        }

        return (title, null);
    }

    [GeneratedRegex(@"\s+[-|–—:]\s+(?<site>[^-|–—:]{2,40})$")]
    private static partial Regex SiteSuffix();
}
