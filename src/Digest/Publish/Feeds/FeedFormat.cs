namespace Digest.Publish.Feeds;

/// <summary>A feed format Digest writes.</summary>
public enum FeedFormat
{
    /// <summary>Atom 1.0, <c>feed.xml</c>.</summary>
    Atom,

    /// <summary>RSS 2.0, <c>rss.xml</c>.</summary>
    Rss,

    /// <summary>JSON Feed 1.1, <c>feed.json</c>.</summary>
    Json,
}

/// <summary>Names, files and media types of the <see cref="FeedFormat"/>s.</summary>
public static class FeedFormats
{
    /// <summary>Every format, in the order files are written and pages list them.</summary>
    public static IReadOnlyList<FeedFormat> All { get; } = [FeedFormat.Atom, FeedFormat.Rss, FeedFormat.Json];

    /// <summary>The name used in <c>input/digest.yml</c> (<c>atom</c>, <c>rss</c>, <c>json</c>).</summary>
    public static string SettingName(this FeedFormat format) => format switch
    {
        FeedFormat.Atom => "atom",
        FeedFormat.Rss => "rss",
        _ => "json",
    };

    /// <summary>The name readers know the format by (<c>Atom</c>, <c>RSS</c>, <c>JSON Feed</c>).</summary>
    public static string DisplayName(this FeedFormat format) => format switch
    {
        FeedFormat.Atom => "Atom",
        FeedFormat.Rss => "RSS",
        _ => "JSON Feed",
    };

    /// <summary>The media type a page's <c>link rel="alternate"</c> gives it.</summary>
    public static string MediaType(this FeedFormat format) => format switch
    {
        FeedFormat.Atom => "application/atom+xml",
        FeedFormat.Rss => "application/rss+xml",
        _ => "application/feed+json",
    };

    /// <summary>Site path of the format's feed in a folder ("" for the site's).</summary>
    public static string PathIn(this FeedFormat format, string folder) => format switch
    {
        FeedFormat.Atom => SiteUrls.AtomFeed(folder),
        FeedFormat.Rss => SiteUrls.RssFeed(folder),
        _ => SiteUrls.JsonFeed(folder),
    };

    /// <summary>The format named <paramref name="name"/> in settings, if any.</summary>
    public static FeedFormat? FromSettingName(string name) => All.Cast<FeedFormat?>().FirstOrDefault(f => f!.Value.SettingName() == name);
}
