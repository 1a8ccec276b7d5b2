using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Digest.Publish.Feeds;

/// <summary>JSON Feed 1.1 (https://jsonfeed.org/version/1.1), written with <see cref="Utf8JsonWriter"/>.</summary>
public static class JsonFeedWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // Tens of thousands of feeds: each thread keeps one writer and its buffer (a writer over a stream
    // allocates its own growing buffer every time).
    [ThreadStatic]
    private static (Utf8JsonWriter Writer, ArrayBufferWriter<byte> Buffer)? _reused;

    /// <summary>Writes the feed document to <paramref name="destination"/>.</summary>
    public static void Write(SiteModel site, FeedChannel channel, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(destination);
        if (_reused is not { } reused)
        {
            var buffer = new ArrayBufferWriter<byte>(32 * 1024);
            _reused = reused = (new Utf8JsonWriter(buffer, Options), buffer);
        }

        reused.Buffer.ResetWrittenCount();
        reused.Writer.Reset(reused.Buffer);
        Write(site, channel, reused.Writer);
        reused.Writer.Flush();
        destination.Write(reused.Buffer.WrittenSpan);
    }

    private static void Write(SiteModel site, FeedChannel channel, Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("version", "https://jsonfeed.org/version/1.1");
        json.WriteString("title", channel.Title);
        json.WriteString("home_page_url", site.Urls.Absolute(channel.PagePath));
        json.WriteString("feed_url", site.Urls.Absolute(SiteUrls.JsonFeed(channel.Folder)));
        json.WriteString("description", site.Settings.Description);
        json.WriteString("language", site.Settings.Language);
        json.WriteStartArray("items");
        foreach (var item in channel.Items)
        {
            json.WriteStartObject();
            json.WriteString("id", FeedChannel.ItemId(site.Urls, item));
            json.WriteString("url", site.Urls.Absolute(item.Path));
            // JSON Feed 1.1: external_url is the page the item is about, here the report where it was first published.
            if (item.OriginalUrl is { } original)
            {
                json.WriteString("external_url", original);
            }

            json.WriteString("title", item.Article.Title);
            if (channel.FullContent)
            {
                json.WriteString("summary", item.Excerpt);
                json.WriteString("content_html", item.BodyHtml);
            }
            else
            {
                json.WriteString("content_text", item.Excerpt);
            }

            json.WriteString("date_published", FeedChannel.Rfc3339(channel.Published(item)));
            if (item.Modified is not null)
            {
                json.WriteString("date_modified", FeedChannel.Rfc3339(channel.Modified(item)));
            }

            if (Sources.Credit(item.Article) is { } credit)
            {
                json.WriteStartArray("authors");
                json.WriteStartObject();
                json.WriteString("name", credit);
                json.WriteEndObject();
                json.WriteEndArray();
            }
            if (item.Tags.Count > 0)
            {
                json.WriteStartArray("tags");
                foreach (var tag in FeedChannel.Categories(item))
                {
                    json.WriteStringValue(tag.Name);
                }

                json.WriteEndArray();
            }

            // JSON Feed 1.1: an item's language, given where it is not the feed's.
            if (site.LanguageApart(item) is { } language)
            {
                json.WriteString("language", language);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
