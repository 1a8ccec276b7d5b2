using AngleSharp.Dom;
using Digest.Ingest.Attribution;

namespace Digest.Ingest.Html;

/// <summary>
/// What a saved page says about itself: Open Graph and other meta tags, JSON-LD, the canonical
/// link, &lt;time&gt; and byline elements.
/// </summary>
internal static class PageMetadataReader
{
    private static readonly string[] DateMetaNames =
    [
        "article:published_time", "og:article:published_time", "datePublished", "date", "pubdate", "publishdate", "publish-date", "publish_date",
        "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published", "cxenseparse:recs:publishtime",
    ];

    /// <summary>Reads the page's headline and metadata.</summary>
    public static (string Title, PageMetadata Metadata) Read(IDocument document)
    {
        var jsonLd = JsonLd.Read(document.QuerySelectorAll("script[type='application/ld+json']").Select(s => s.TextContent));
        var title = FirstText(
            Meta(document, "og:title"),
            Meta(document, "twitter:title"),
            jsonLd.Headline,
            document.QuerySelector("h1")?.TextContent,
            document.Title) ?? "";

        var siteName = FirstText(Meta(document, "og:site_name"), jsonLd.Publisher, Meta(document, "application-name"));
        var url = FirstText(document.QuerySelector("link[rel='canonical']")?.GetAttribute("href"), Meta(document, "og:url"));
        // Only a web address is the report's own: a page's "javascript:" or "file:" link is not.
        if (url is not null && !Content.WebAddress.IsAbsoluteHttp(url))
        {
            url = null;
        }

        DateOnly? date = null;
        foreach (var name in DateMetaNames)
        {
            date ??= Dates.ParseIso(Meta(document, name));
        }

        date ??= Dates.ParseIso(jsonLd.DatePublished);
        date ??= Dates.ParseIso(document.QuerySelector("[itemprop='datePublished']")?.GetAttribute("content") ?? document.QuerySelector("[itemprop='datePublished']")?.GetAttribute("datetime"));
        date ??= Dates.ParseIso(document.QuerySelector("article time[datetime], time[datetime]")?.GetAttribute("datetime"));

        // The structured data names the article's author; a meta author is as often the publisher ("Condé Nast" on a Wired page).
        var byline = Bylines.FromPageAuthor(FirstText(jsonLd.Author, Author(Meta(document, "author")), BylineElement(document)), siteName);
        return (Collapse(title), new PageMetadata(siteName, url, date, byline));
    }

    private static string? Meta(IDocument document, string name)
    {
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase) && meta.GetAttribute("content") is { Length: > 0 } content)
            {
                return content;
            }
        }

        return null;
    }

    // A meta author that is a name, not a profile URL or a site handle.
    private static string? Author(string? value) =>
        value is null || value.Contains("://", StringComparison.Ordinal) || value.StartsWith('@') ? null : value;

    private static string? BylineElement(IDocument document)
    {
        foreach (var element in document.QuerySelectorAll("[rel='author'], [itemprop='author'], .byline, .author, [class*='byline']").Take(5))
        {
            var text = Collapse(element.TextContent);
            if (Bylines.TryParse(text, out var byline))
            {
                return byline;
            }

            if (text.Length is > 3 and < 50 && text.Split(' ').Length <= 5 && text.All(c => char.IsLetter(c) || c is ' ' or '.' or '-' or '\''))
            {
                return text;
            }
        }

        return null;
    }

    private static string? FirstText(params string?[] values) =>
        values.Select(v => v is null ? null : Collapse(v)).FirstOrDefault(v => !string.IsNullOrEmpty(v));

    private static string Collapse(string text) => Cleaning.Whitespace.Normalise(text.Replace('\n', ' '));
}
