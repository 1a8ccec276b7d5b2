namespace Digest.Publish;

/// <summary>
/// "Related articles", after Hugo's weighted related content: other reports ranked by the entities and
/// tags they share (rarer ones weigh more) and by how close their dates are; reports of the same story
/// are left out (the article page lists them as "also reported by").
/// </summary>
internal static class RelatedArticles
{
    /// <summary>How many related articles a page lists.</summary>
    public const int Max = 5;

    // Names carried by more reports than this link too much to mean anything (e.g. "United States").
    private const int MaxPostings = 400;

    public static Dictionary<string, IReadOnlyList<ArticleView>> Build(IReadOnlyList<ArticleView> views)
    {
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < views.Count; i++)
        {
            foreach (var key in Keys(views[i]))
            {
                (postings.TryGetValue(key, out var list) ? list : postings[key] = []).Add(i);
            }
        }

        var related = new IReadOnlyList<ArticleView>[views.Count];
        Parallel.For(0, views.Count, i =>
        {
            var scores = new Dictionary<int, double>();
            foreach (var key in Keys(views[i]))
            {
                var list = postings[key];
                if (list.Count > MaxPostings)
                {
                    continue;
                }

                var weight = Math.Log(1 + (double)views.Count / list.Count);
                foreach (var j in list)
                {
                    if (j != i && views[j].Article.Story != views[i].Article.Story)
                    {
                        scores[j] = scores.GetValueOrDefault(j) + weight;
                    }
                }
            }

            related[i] = scores
                .Select(kv => (Index: kv.Key, Score: kv.Value * DateCloseness(views[i].Article.Date, views[kv.Key].Article.Date)))
                .OrderByDescending(s => s.Score).ThenBy(s => s.Index)
                .Take(Max)
                .Select(s => views[s.Index])
                .ToList();
        });
        return Enumerable.Range(0, views.Count).ToDictionary(i => views[i].Article.Slug, i => related[i], StringComparer.Ordinal);
    }

    private static IEnumerable<string> Keys(ArticleView view) =>
        view.Article.Entities.Select(e => "e:" + e).Concat(view.Article.Tags.Select(t => "t:" + t)).Distinct(StringComparer.Ordinal);

    // 1 for the same day, falling to 0.5 over about a month; undated pairs count 0.75.
    private static double DateCloseness(DateOnly? a, DateOnly? b) =>
        a is { } x && b is { } y ? 0.5 + 0.5 / (1 + Math.Abs(x.DayNumber - y.DayNumber) / 30.0) : 0.75;
}
