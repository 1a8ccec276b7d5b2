using System.Globalization;

namespace Digest.Publish.Feeds;

/// <summary>One feed of the site (the whole site, or one tag, source, entity or topic), in one or more formats.</summary>
/// <param name="Title">Feed title.</param>
/// <param name="Folder">Site path of the folder the feed files go to ("" for the site's).</param>
/// <param name="PagePath">Site path of the HTML page the feed mirrors.</param>
/// <param name="Items">Newest articles first, at most <see cref="MaxItems"/>.</param>
/// <param name="FullContent">True to carry each article's whole body; false for summaries (per-term feeds, which are many).</param>
public sealed record FeedChannel(string Title, string Folder, string PagePath, IReadOnlyList<ArticleView> Items, bool FullContent = false)
{
    /// <summary>The formats the channel is written in (<see cref="SiteSettings.FeedFormatsIn"/>); all three unless set.</summary>
    public IReadOnlyList<FeedFormat> Formats { get; init; } = FeedFormats.All;

    /// <summary>The title of the feed of one tag, source, entity or topic: "Ryan Dillon — Digest".</summary>
    public static string TitleFor(string name, SiteSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return $"{name} — {settings.Title}";
    }

    /// <summary>How many articles the site's feed carries.</summary>
    public const int MaxItems = 50;

    /// <summary>How many articles a tag's, source's, entity's or topic's feed carries (thousands of them are written).</summary>
    public const int MaxTermItems = 20;

    /// <summary>
    /// How many of an article's tags its entry names as categories: the first, in the order the article lists them. Each
    /// tag has a feed, so an article of 30,000 tags had its 30,000 categories written into 30,000 feeds, each three
    /// times (22 GB of feeds for three such articles, before the disk was full).
    /// </summary>
    public const int MaxItemTags = 20;

    /// <summary>The tags an item's entry names as categories (the first <see cref="MaxItemTags"/>).</summary>
    public static IEnumerable<TermLink> Categories(ArticleView item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Tags.Take(MaxItemTags);
    }

    // Feeds must carry a time; undated articles take the feed's newest date, and a feed with no
    // dates at all takes the Unix epoch, so the output stays deterministic (never "now").
    private static readonly DateTimeOffset Epoch = DateTimeOffset.UnixEpoch;

    /// <summary>Time of the newest item, or of the latest update of one.</summary>
    public DateTimeOffset Updated =>
        Items.Select(i => i.LastChanged).Where(d => d is not null).Select(d => Time(d!.Value)).DefaultIfEmpty(Epoch).Max();

    /// <summary>Publication time of an item.</summary>
    public DateTimeOffset Published(ArticleView item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Article.Date is { } date ? Time(date) : Updated;
    }

    /// <summary>Time of an item's last update (<see cref="ArticleView.Modified"/>), or else of its publication.</summary>
    public DateTimeOffset Modified(ArticleView item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Modified is { } modified ? Time(modified) : Published(item);
    }

    /// <summary>RFC 3339 form of a time, as Atom and JSON Feed want it.</summary>
    public static string Rfc3339(DateTimeOffset time) => time.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>RFC 822 form of a time, as RSS wants it.</summary>
    public static string Rfc822(DateTimeOffset time) => time.ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture);

    /// <summary>A stable id for an item: its absolute URL when the site has one, else a URN of its slug.</summary>
    public static string ItemId(SiteUrls urls, ArticleView item)
    {
        ArgumentNullException.ThrowIfNull(urls);
        ArgumentNullException.ThrowIfNull(item);
        return urls.IsAbsolute ? urls.Absolute(item.Path) : "urn:digest:article:" + item.Article.Slug;
    }

    private static DateTimeOffset Time(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
