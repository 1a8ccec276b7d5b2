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

    /// <summary>The site paths of a channel's files, in the order of <see cref="Files"/>.</summary>
    public static IReadOnlyList<string> PathsOf(FeedChannel channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return [SiteUrls.AtomFeed(channel.Folder), SiteUrls.RssFeed(channel.Folder), SiteUrls.JsonFeed(channel.Folder)];
    }

    /// <summary>The three files of a channel: Atom, RSS, JSON Feed.</summary>
    public static IEnumerable<(string Path, byte[] Content)> Files(SiteModel site, FeedChannel channel)
    {
        var paths = PathsOf(channel);
        yield return (paths[0], AtomFeedWriter.Write(site, channel));
        yield return (paths[1], RssFeedWriter.Write(site, channel));
        yield return (paths[2], JsonFeedWriter.Write(site, channel));
    }
}
