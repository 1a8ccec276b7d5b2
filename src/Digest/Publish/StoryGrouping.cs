using Digest.Dedup;

namespace Digest.Publish;

/// <summary>Groups article views into stories and stories into topics, by their front matter ids.</summary>
internal static class StoryGrouping
{
    /// <summary>
    /// Stories, newest first. Reports are in canonical order (<see cref="CanonicalRule"/>: earliest date,
    /// then most complete text, then source priority); each story carries what its reports repeat and add.
    /// </summary>
    /// <param name="reports">Articles that are not copies.</param>
    /// <param name="copies">Articles that are copies of a report.</param>
    /// <param name="canonical">The rule that orders a story's reports.</param>
    /// <param name="withText">Each report's article with its markdown body (views leave it out).</param>
    /// <param name="cache">Overlap analyses of earlier builds, if any.</param>
    public static List<StoryView> Group(IReadOnlyList<ArticleView> reports, IReadOnlyList<ArticleView> copies, CanonicalRule canonical,
        Func<ArticleView, Article> withText, Cache.CacheStore? cache = null)
    {
        var copiesByCanonical = copies.ToLookup(c => c.Article.DuplicateOf!, StringComparer.Ordinal);
        var groups = reports.GroupBy(r => r.Article.Story, StringComparer.Ordinal).ToList();
        var stories = new StoryView[groups.Count];
        Parallel.For(0, groups.Count, Parallelism.PerCore, i =>
        {
            var g = groups[i];
            var (ordered, overlap) = Analyse(g.ToList(), canonical, withText, cache);
            var storyCopies = ordered.SelectMany(r => copiesByCanonical[r.Article.Slug]).ToList();
            stories[i] = new StoryView(g.Key, ordered[0].Article.Title, SiteUrls.Story(g.Key), ordered, storyCopies,
                g.Max(r => r.Article.Date), ordered[0].Article.Topic) { Overlap = overlap };
        });
        return stories
            .OrderByDescending(s => s.Date ?? DateOnly.MinValue)
            .ThenBy(s => s.Title, ArticleOrder.Titles)
            .ThenBy(s => s.Id, StringComparer.Ordinal)
            .ToList();
    }

    // The canonical order and the overlap of a story's reports. Both read only the reports' slugs, bodies,
    // dates, sources (with their priorities) and canonical marks, which key the cache.
    private static (List<ArticleView> Ordered, IReadOnlyList<ReportOverlap> Overlap) Analyse(
        List<ArticleView> reports, CanonicalRule canonical, Func<ArticleView, Article> withText, Cache.CacheStore? cache)
    {
        if (reports.Count == 1)
        {
            return (reports, []);
        }

        var members = reports.OrderBy(r => r.Article.Slug, StringComparer.Ordinal).ToList();
        var articles = members.Select(withText).ToList();
        (List<ArticleView>, IReadOnlyList<ReportOverlap>) Analysis()
        {
            var viewOf = new Dictionary<Article, ArticleView>(ReferenceEqualityComparer.Instance);
            for (var i = 0; i < members.Count; i++)
            {
                viewOf[articles[i]] = members[i];
            }

            var ordered = canonical.Order(articles);
            var views = ordered.Select(a => viewOf[a]).ToList();
            // Each report's overlap names it as its view does (without its markdown), as when read from the cache.
            return (views, StoryOverlap.Analyse(ordered).Select((overlap, i) => overlap with { Report = views[i].Article }).ToList());
        }

        if (cache is not { Enabled: true })
        {
            return Analysis();
        }

        var key = Cache.CacheStore.Key([.. articles.SelectMany(a => new[]
        {
            a.Slug, a.Body, a.Date?.ToString("O", System.Globalization.CultureInfo.InvariantCulture) ?? "",
            a.Source, canonical.PriorityOf(a.Source).ToString(System.Globalization.CultureInfo.InvariantCulture), a.Canonical ? "canonical" : "",
        })]);
        var (ordered, overlap) = cache.GetOrAdd<(List<ArticleView> Ordered, IReadOnlyList<ReportOverlap> Overlap)>(
            key,
            Analysis,
            story => OverlapCoding.Write(story.Ordered.Select(r => members.IndexOf(r)).ToList(), story.Overlap),
            bytes => OverlapCoding.Read(bytes, members));
        return (ordered, new KeyedOverlap(overlap, key));
    }

    /// <summary>
    /// Topics of at least <paramref name="minStories"/> stories with their stories as a timeline (oldest first), most
    /// recently active topic first. A story whose topic has fewer has no topic on the site.
    /// </summary>
    public static List<TopicView> Topics(IReadOnlyList<StoryView> stories, int minStories) =>
        stories.Where(s => s.TopicId is not null)
            .GroupBy(s => s.TopicId!, StringComparer.Ordinal)
            .Where(g => g.Count() >= minStories)
            .Select(g =>
            {
                var timeline = g.OrderBy(s => s.Date ?? DateOnly.MaxValue).ThenBy(s => s.Id, StringComparer.Ordinal).ToList();
                var lead = g.OrderByDescending(s => s.Reports.Count + s.Copies.Count).ThenBy(s => s.Id, StringComparer.Ordinal).First();
                return (Topic: new TopicView(g.Key, lead.Title, SiteUrls.Topic(g.Key), timeline), Latest: g.Max(s => s.Date));
            })
            .OrderByDescending(t => t.Latest ?? DateOnly.MinValue)
            .ThenBy(t => t.Topic.Id, StringComparer.Ordinal)
            .Select(t => t.Topic)
            .ToList();
}
