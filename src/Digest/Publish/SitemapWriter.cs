using System.Globalization;
using Digest.Publish.Feeds;
using Digest.Publish.Pages;

namespace Digest.Publish;

/// <summary>sitemap.xml (sitemaps.org 0.9) and robots.txt.</summary>
public static class SitemapWriter
{
    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>Site path of the sitemap.</summary>
    public const string SitemapPath = "sitemap.xml";

    /// <summary>Site path of robots.txt.</summary>
    public const string RobotsPath = "robots.txt";

    /// <summary>What the sitemap lists of <paramref name="pages"/>: each page's path (the 404 page excluded) and, for an article, its date.</summary>
    public static List<(string Path, DateOnly? LastModified)> Entries(IEnumerable<Page> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        return pages
            .Where(p => p is not NotFoundPage)
            .Select(p => (p.Path, p is ArticlePage { Article.Article.Date: { } date } ? date : (DateOnly?)null))
            .ToList();
    }

    /// <summary>The sitemap of <paramref name="entries"/> (<see cref="Entries"/>).</summary>
    public static byte[] Sitemap(SiteModel site, IEnumerable<(string Path, DateOnly? LastModified)> entries)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(entries);
        return XmlFeeds.Write(xml =>
        {
            xml.WriteStartElement("urlset", SitemapNamespace);
            foreach (var (path, lastModified) in entries)
            {
                xml.WriteStartElement("url", SitemapNamespace);
                xml.WriteElementString("loc", SitemapNamespace, site.Urls.Absolute(path));
                if (lastModified is { } date)
                {
                    xml.WriteElementString("lastmod", SitemapNamespace, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        });
    }

    /// <summary>robots.txt allowing everything and naming the sitemap.</summary>
    public static byte[] Robots(SiteModel site)
    {
        ArgumentNullException.ThrowIfNull(site);
        return System.Text.Encoding.UTF8.GetBytes($"User-agent: *\nAllow: /\n\nSitemap: {site.Urls.Absolute(SitemapPath)}\n");
    }
}
