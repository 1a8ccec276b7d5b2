using System.Xml;

namespace Digest.Publish.Feeds;

/// <summary>RSS 2.0, written with <see cref="XmlWriter"/> so every text is escaped.</summary>
public static class RssFeedWriter
{
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    /// <summary>Writes the feed document to <paramref name="destination"/>.</summary>
    public static void Write(SiteModel site, FeedChannel channel, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(channel);
        XmlFeeds.Write(destination, xml =>
        {
            xml.WriteStartElement("rss");
            xml.WriteAttributeString("version", "2.0");
            xml.WriteAttributeString("xmlns", "atom", null, AtomNamespace);
            xml.WriteStartElement("channel");
            xml.WriteElementString("title", channel.Title);
            xml.WriteElementString("link", site.Urls.Absolute(channel.PagePath));
            xml.WriteElementString("description", site.Settings.Description);
            xml.WriteElementString("language", site.Settings.Language);
            xml.WriteElementString("lastBuildDate", FeedChannel.Rfc822(channel.Updated));
            xml.WriteStartElement("atom", "link", AtomNamespace);
            xml.WriteAttributeString("href", site.Urls.Absolute(SiteUrls.RssFeed(channel.Folder)));
            xml.WriteAttributeString("rel", "self");
            xml.WriteAttributeString("type", "application/rss+xml");
            xml.WriteEndElement();
            foreach (var item in channel.Items)
            {
                xml.WriteStartElement("item");
                xml.WriteElementString("title", item.Article.Title);
                xml.WriteElementString("link", site.Urls.Absolute(item.Path));
                xml.WriteStartElement("guid");
                var id = FeedChannel.ItemId(site.Urls, item);
                xml.WriteAttributeString("isPermaLink", site.Urls.IsAbsolute ? "true" : "false");
                xml.WriteString(id);
                xml.WriteEndElement();
                xml.WriteElementString("pubDate", FeedChannel.Rfc822(channel.Published(item)));
                // RSS 2.0 gives <source> a required url: written where the source catalog knows the publisher's site.
                if (site.SourceHomeUrl(item.Article.Source) is { } home && home.StartsWith("http", StringComparison.Ordinal))
                {
                    xml.WriteStartElement("source");
                    xml.WriteAttributeString("url", home);
                    xml.WriteString(item.Article.Source);
                    xml.WriteEndElement();
                }
                foreach (var tag in FeedChannel.Categories(item))
                {
                    xml.WriteElementString("category", tag.Name);
                }

                xml.WriteElementString("description", channel.FullContent ? item.BodyHtml : item.Excerpt);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
        });
    }
}
