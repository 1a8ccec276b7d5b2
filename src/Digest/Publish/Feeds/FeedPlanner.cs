namespace Digest.Publish.Feeds;

/// <summary>The feeds of a site: one for the whole site and one per tag, source, entity and topic.</summary>
public static class FeedPlanner
{
    /// <summary>Every feed channel, in a fixed order.</summary>
    public static IEnumerable<FeedChannel> Plan(SiteModel site)
    {
        ArgumentNullException.ThrowIfNull(site);
        yield return new FeedChannel(site.Settings.Title, "", SiteUrls.Home, site.Articles.Take(FeedChannel.MaxItems).ToList(), FullContent: true);
        if (site.Settings.TermFeeds.Count == 0)
        {
            yield break;
        }

        foreach (var taxonomy in site.Taxonomies)
        {
            foreach (var term in taxonomy.Terms)
            {
                var folder = SiteUrls.Term(taxonomy.Name, term.Slug);
                yield return new FeedChannel(FeedChannel.TitleFor(term.Name, site.Settings), folder, folder, term.Articles.Take(FeedChannel.MaxTermItems).ToList())
                {
                    Formats = site.Settings.FeedFormatsIn(folder),
                };
            }
        }

        // A topic's feed follows its thread: the newest reports of its stories (copies left out, as on its page).
        foreach (var topic in site.Topics)
        {
            var reports = topic.Stories.SelectMany(s => s.Reports).OrderBy(r => r.Article, ArticleOrder.NewestFirst).Take(FeedChannel.MaxTermItems).ToList();
            yield return new FeedChannel(FeedChannel.TitleFor(topic.Title, site.Settings), topic.Path, topic.Path, reports)
            {
                Formats = site.Settings.FeedFormatsIn(topic.Path),
            };
        }
    }

    /// <summary>The site paths of a channel's files, in the order of <see cref="WriteFiles"/>.</summary>
    public static IReadOnlyList<string> PathsOf(FeedChannel channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return [.. channel.Formats.Select(format => format.PathIn(channel.Folder))];
    }

    // Tens of thousands of feeds are written: each thread reuses one buffer instead of a new one (and a copy) per file.
    [ThreadStatic]
    private static MemoryStream? _buffer;

    private static Action<SiteModel, FeedChannel, Stream> WriterOf(FeedFormat format) => format switch
    {
        FeedFormat.Atom => AtomFeedWriter.Write,
        FeedFormat.Rss => RssFeedWriter.Write,
        _ => JsonFeedWriter.Write,
    };

    /// <summary>Makes the files of a channel (one per format: Atom, RSS, JSON Feed) and hands each to <paramref name="write"/>
    /// with its site path; the bytes are valid only during that call.</summary>
    public static void WriteFiles(SiteModel site, FeedChannel channel, Action<string, ReadOnlySpan<byte>> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var paths = PathsOf(channel);
        var buffer = _buffer ??= new MemoryStream(64 * 1024);
        for (var i = 0; i < channel.Formats.Count; i++)
        {
            buffer.SetLength(0);
            WriterOf(channel.Formats[i])(site, channel, buffer);
            write(paths[i], buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        }
    }
}
