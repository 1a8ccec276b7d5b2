using System.Text;
using System.Xml;

namespace Digest.Publish.Feeds;

/// <summary>Atom 1.0 (RFC 4287), written with <see cref="XmlWriter"/> so every text is escaped.</summary>
public static class AtomFeedWriter
{
    private const string Atom = "http://www.w3.org/2005/Atom";

    /// <summary>Writes the feed document to <paramref name="destination"/>.</summary>
    public static void Write(SiteModel site, FeedChannel channel, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(channel);
        XmlFeeds.Write(destination, xml =>
        {
            xml.WriteStartElement("feed", Atom);
            xml.WriteAttributeString("xml", "lang", null, site.Settings.Language);
            xml.WriteElementString("title", Atom, channel.Title);
            xml.WriteElementString("subtitle", Atom, site.Settings.Description);
            xml.WriteElementString("id", Atom, XmlFeeds.ChannelId(site, channel));
            xml.WriteElementString("updated", Atom, FeedChannel.Rfc3339(channel.Updated));
            Link(xml, "self", site.Urls.Absolute(SiteUrls.AtomFeed(channel.Folder)), "application/atom+xml");
            Link(xml, "alternate", site.Urls.Absolute(channel.PagePath), "text/html");
            xml.WriteStartElement("author", Atom);
            xml.WriteElementString("name", Atom, site.Settings.Title);
            xml.WriteEndElement();
            foreach (var item in channel.Items)
            {
                xml.WriteStartElement("entry", Atom);
                // A report in another language than the site's says so (RFC 4287 2: xml:lang on any element).
                if (site.LanguageApart(item) is { } language)
                {
                    xml.WriteAttributeString("xml", "lang", null, language);
                }

                xml.WriteElementString("title", Atom, item.Article.Title);
                xml.WriteElementString("id", Atom, FeedChannel.ItemId(site.Urls, item));
                Link(xml, "alternate", site.Urls.Absolute(item.Path), "text/html");
                // RFC 4287 4.2.7.2: "via" is the resource the entry's information came from, the report's own page.
                if (item.OriginalUrl is { } original)
                {
                    Link(xml, "via", original, "text/html");
                }

                xml.WriteElementString("published", Atom, FeedChannel.Rfc3339(channel.Published(item)));
                xml.WriteElementString("updated", Atom, FeedChannel.Rfc3339(channel.Modified(item)));
                // Without a byline or a known source, the feed's own author stands for the entry's (RFC 4287 4.2.1).
                if (Sources.Credit(item.Article) is { } credit)
                {
                    xml.WriteStartElement("author", Atom);
                    xml.WriteElementString("name", Atom, credit);
                    xml.WriteEndElement();
                }
                foreach (var tag in FeedChannel.Categories(item))
                {
                    xml.WriteStartElement("category", Atom);
                    xml.WriteAttributeString("term", tag.Name);
                    xml.WriteEndElement();
                }

                xml.WriteStartElement("summary", Atom);
                xml.WriteString(item.Excerpt);
                xml.WriteEndElement();
                if (channel.FullContent)
                {
                    xml.WriteStartElement("content", Atom);
                    xml.WriteAttributeString("type", "html");
                    xml.WriteString(item.BodyHtml);
                    xml.WriteEndElement();
                }
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        });
    }

    private static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}

/// <summary>Shared XML writing settings of the feeds and the sitemap.</summary>
internal static class XmlFeeds
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        NewLineChars = "\n",
        CheckCharacters = false,
        CloseOutput = false,
    };

    /// <summary>The document's bytes (for the sitemap, written once).</summary>
    public static byte[] Write(Action<XmlWriter> body)
    {
        using var stream = new MemoryStream();
        Write(stream, body);
        return stream.ToArray();
    }

    /// <summary>Writes the document to <paramref name="destination"/>, which stays open.</summary>
    public static void Write(Stream destination, Action<XmlWriter> body)
    {
        using var xml = XmlWriter.Create(destination, Settings);
        xml.WriteStartDocument();
        body(xml);
        xml.WriteEndDocument();
    }

    public static string ChannelId(SiteModel site, FeedChannel channel)
    {
        return site.Urls.IsAbsolute ? site.Urls.Absolute(channel.PagePath) : "urn:digest:feed:" + (channel.Folder.Length == 0 ? "site" : channel.Folder.TrimEnd('/'));
    }
}
