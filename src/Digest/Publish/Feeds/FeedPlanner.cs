namespace Digest.Publish.Feeds;

/// <summary>The feeds of a site: one for the whole site and one per tag, source and entity.</summary>
public static class FeedPlanner
{
    /// <summary>Every feed channel, in a fixed order.</summary>
    public static IEnumerable<FeedChannel> Plan(SiteModel site)
    {
        ArgumentNullException.ThrowIfNull(site);
        yield return new FeedChannel(site.Settings.Title, "", SiteUrls.Home, site.Articles.Take(FeedChannel.MaxItems).ToList(), FullContent: true);
        foreach (var taxonomy in site.Taxonomies)
        {
            foreach (var term in taxonomy.Terms)
            {
                var folder = SiteUrls.Term(taxonomy.Name, term.Slug);
                yield return new FeedChannel($"{term.Name} — {site.Settings.Title}", folder, folder, term.Articles.Take(FeedChannel.MaxTermItems).ToList());
            }
        }
    }

    /// <summary>The three files of a channel: Atom, RSS, JSON Feed.</summary>
    public static IEnumerable<(string Path, byte[] Content)> Files(SiteModel site, FeedChannel channel)
    {
        yield return (SiteUrls.AtomFeed(channel.Folder), AtomFeedWriter.Write(site, channel));
        yield return (SiteUrls.RssFeed(channel.Folder), RssFeedWriter.Write(site, channel));
        yield return (SiteUrls.JsonFeed(channel.Folder), JsonFeedWriter.Write(site, channel));
    }
}
