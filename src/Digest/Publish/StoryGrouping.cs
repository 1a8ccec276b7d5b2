using Digest.Dedup;

namespace Digest.Publish;

/// <summary>Groups article views into stories and stories into topics, by their front matter ids.</summary>
internal static class StoryGrouping
{
    /// <summary>
    /// Stories, newest first. Reports are in canonical order (<see cref="CanonicalRule"/>: earliest date,
    /// then most complete text, then source priority); each story carries what its reports repeat and add.
    /// </summary>
    public static List<StoryView> Group(IReadOnlyList<ArticleView> reports, IReadOnlyList<ArticleView> copies, CanonicalRule canonical)
    {
        var copiesByCanonical = copies.ToLookup(c => c.Article.DuplicateOf!, StringComparer.Ordinal);
        var groups = reports.GroupBy(r => r.Article.Story, StringComparer.Ordinal).ToList();
        var stories = new StoryView[groups.Count];
        Parallel.For(0, groups.Count, i =>
        {
            var g = groups[i];
            var byArticle = g.ToDictionary(r => r.Article, r => r);
            var ordered = canonical.Order(g.Select(r => r.Article))
                .Select(a => byArticle[a])
                .ToList();
            var storyCopies = ordered.SelectMany(r => copiesByCanonical[r.Article.Slug]).ToList();
            var overlap = ordered.Count > 1 ? StoryOverlap.Analyse(ordered.Select(r => r.Article).ToList()) : [];
            stories[i] = new StoryView(g.Key, ordered[0].Article.Title, SiteUrls.Story(g.Key), ordered, storyCopies,
                g.Max(r => r.Article.Date), ordered[0].Article.Topic) { Overlap = overlap };
        });
        return stories
            .OrderByDescending(s => s.Date ?? DateOnly.MinValue)
            .ThenBy(s => s.Title, StringComparer.Ordinal)
            .ThenBy(s => s.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Topics with their stories as a timeline (oldest first), most recently active topic first.</summary>
    public static List<TopicView> Topics(IReadOnlyList<StoryView> stories) =>
        stories.Where(s => s.TopicId is not null)
            .GroupBy(s => s.TopicId!, StringComparer.Ordinal)
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
