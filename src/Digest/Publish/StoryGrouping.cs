namespace Digest.Publish;

/// <summary>Groups article views into stories and stories into topics, by their front matter ids.</summary>
internal static class StoryGrouping
{
    /// <summary>Stories, newest first. The canonical report is the one whose slug is the story id, else the earliest.</summary>
    public static List<StoryView> Group(IReadOnlyList<ArticleView> reports, IReadOnlyList<ArticleView> copies)
    {
        var copiesByCanonical = copies.ToLookup(c => c.Article.DuplicateOf!, StringComparer.Ordinal);
        var storyOfSlug = reports.ToDictionary(r => r.Article.Slug, r => r.Article.Story, StringComparer.Ordinal);
        return reports
            .GroupBy(r => r.Article.Story, StringComparer.Ordinal)
            .Select(g =>
            {
                var ordered = g.OrderBy(r => r.Article.Slug == g.Key ? 0 : 1)
                    .ThenBy(r => r.Article.Date ?? DateOnly.MaxValue)
                    .ThenBy(r => r.Article.Slug, StringComparer.Ordinal)
                    .ToList();
                var storyCopies = ordered.SelectMany(r => copiesByCanonical[r.Article.Slug]).ToList();
                var date = g.Max(r => r.Article.Date);
                var topic = ordered[0].Article.Topic;
                return new StoryView(g.Key, ordered[0].Article.Title, SiteUrls.Story(g.Key), ordered, storyCopies, date, topic);
            })
            .OrderByDescending(s => s.Date ?? DateOnly.MinValue)
            .ThenBy(s => s.Date is null ? 1 : 0)
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
