using System.Globalization;
using Digest.Cache;
using Digest.Publish.Feeds;
using Digest.Publish.Pages;

namespace Digest.Publish;

/// <summary>
/// sitemap.xml (sitemaps.org 0.9) and robots.txt. The protocol allows 50,000 URLs in one sitemap: a larger
/// site gets sitemap-1.xml, sitemap-2.xml, … of that many each, and sitemap.xml becomes their index.
/// </summary>
public static class SitemapWriter
{
    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>The most URLs one sitemap file may list (sitemaps.org).</summary>
    public const int MaxUrls = 50_000;

    /// <summary>Site path of the sitemap (or, for a site of more than <see cref="MaxUrls"/> pages, of the sitemap index).</summary>
    public const string SitemapPath = "sitemap.xml";

    /// <summary>Site path of the <paramref name="number"/>th (1-based) sitemap of a sitemap index.</summary>
    public static string PartPath(int number) => $"sitemap-{number}.xml";

    /// <summary>
    /// The entries of each sitemap file: one part holding them all when they fit in one file (it is
    /// sitemap.xml), else parts of <see cref="MaxUrls"/> for <see cref="PartPath"/> under an index.
    /// </summary>
    public static List<List<(string Path, DateOnly? LastModified)>> Parts(List<(string Path, DateOnly? LastModified)> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return entries.Count <= MaxUrls ? [entries] : [.. entries.Chunk(MaxUrls).Select(part => part.ToList())];
    }

    /// <summary>
    /// A key of everything a sitemap of <paramref name="part"/> depends on besides the site's settings: each entry's path
    /// and date. Made part by part (<see cref="KeyBuilder"/>): the page hasher would gather the bytes of tens of thousands
    /// of entries in memory first (a buffer grown to megabytes, on every build).
    /// </summary>
    public static string KeyOf(IReadOnlyList<(string Path, DateOnly? LastModified)> part)
    {
        ArgumentNullException.ThrowIfNull(part);
        var key = new KeyBuilder().Add("sitemap part").Add(part.Count);
        foreach (var (path, lastModified) in part)
        {
            key.Add(path).Add(lastModified is { } date ? date.DayNumber : -1);
        }

        return key.Key();
    }

    /// <summary>The sitemap index that lists <paramref name="parts"/> sitemaps (<see cref="PartPath"/>).</summary>
    public static byte[] Index(SiteModel site, int parts)
    {
        ArgumentNullException.ThrowIfNull(site);
        return XmlFeeds.Write(xml =>
        {
            xml.WriteStartElement("sitemapindex", SitemapNamespace);
            for (var number = 1; number <= parts; number++)
            {
                xml.WriteStartElement("sitemap", SitemapNamespace);
                xml.WriteElementString("loc", SitemapNamespace, site.Urls.Absolute(PartPath(number)));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        });
    }

    /// <summary>Site path of robots.txt.</summary>
    public const string RobotsPath = "robots.txt";

    /// <summary>
    /// What the sitemap lists of <paramref name="pages"/>: each page's path (the 404 page and alias pages excluded) and
    /// when what it shows last changed (<see cref="Page.LastModified"/>), when it has a date.
    /// </summary>
    public static List<(string Path, DateOnly? LastModified)> Entries(IEnumerable<Page> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        return pages
            .Where(p => p.InSitemap)
            .Select(p => (p.Path, p.LastModified))
            .ToList();
    }

    /// <summary>The sitemap of <paramref name="entries"/> (<see cref="Entries"/>, or a part of them: <see cref="Parts"/>).</summary>
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
