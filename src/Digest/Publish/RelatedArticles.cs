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

    /// <summary>The related reports that <paramref name="indexes"/> (<see cref="Indexes"/>) give each report of <paramref name="views"/>, by slug.</summary>
    public static Dictionary<string, IReadOnlyList<ArticleView>> Of(IReadOnlyList<ArticleView> views, int[][] indexes) =>
        Enumerable.Range(0, views.Count).ToDictionary(i => views[i].Article.Slug, i => (IReadOnlyList<ArticleView>)indexes[i].Select(j => views[j]).ToList(), StringComparer.Ordinal);

    /// <summary>Each report's related reports (at most <see cref="Max"/>, best first), as indexes into <paramref name="views"/>.</summary>
    public static int[][] Indexes(IReadOnlyList<ArticleView> views)
    {
        // A key is an entity or a tag: numbered in two tables by the name as it is (no "e:"/"t:" string made for
        // each of the 300,000 names a 10k site's reports carry).
        var entityIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var tagIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var postings = new List<List<int>>();
        var keysOf = new int[views.Count][];
        var stories = new Dictionary<string, int>(StringComparer.Ordinal);
        var storyOf = new int[views.Count];
        var keys = new List<int>();
        for (var i = 0; i < views.Count; i++)
        {
            // Entities, then tags, each once, in the order the front matter lists them.
            keys.Clear();
            foreach (var entity in views[i].Article.Entities)
            {
                AddKey(entityIds, entity, i);
            }

            foreach (var tag in views[i].Article.Tags)
            {
                AddKey(tagIds, tag, i);
            }

            keysOf[i] = [.. keys];
            storyOf[i] = stories.TryGetValue(views[i].Article.Story, out var story) ? story : stories[views[i].Article.Story] = stories.Count;
        }

        void AddKey(Dictionary<string, int> ids, string name, int report)
        {
            if (!ids.TryGetValue(name, out var id))
            {
                ids[name] = id = postings.Count;
                postings.Add([]);
            }

            // A name listed twice counts once.
            if (!keys.Contains(id))
            {
                keys.Add(id);
                postings[id].Add(report);
            }
        }

        // Scores accumulate in one dense array per worker (reset through the list of touched entries):
        // a dictionary per article made this the costliest step of the site model at 10,000 articles.
        var days = views.Select(v => v.Article.Date?.DayNumber ?? Undated).ToArray();
        var related = new int[views.Count][];
        // A worker's scratch (Parallelism.For): Best leaves the scores at zero.
        Parallelism.For(views.Count, () => new Scratch(views.Count), (i, scratch) =>
        {
            foreach (var key in keysOf[i])
            {
                var list = postings[key];
                if (list.Count > MaxPostings)
                {
                    continue;
                }

                var weight = Math.Log(1 + (double)views.Count / list.Count);
                foreach (var j in list)
                {
                    if (j != i && storyOf[j] != storyOf[i])
                    {
                        if (scratch.Scores[j] == 0)
                        {
                            scratch.Touched.Add(j);
                        }

                        scratch.Scores[j] += weight;
                    }
                }
            }

            related[i] = Best(i, days, scratch);
        });
        return related;
    }

    // The Max highest scores (ties: earlier index first), then clears the scratch for the next article.
    private static int[] Best(int i, int[] days, Scratch scratch)
    {
        var best = new List<(double Score, int Index)>(Max + 1);
        foreach (var j in scratch.Touched)
        {
            var score = scratch.Scores[j] * DateCloseness(days[i], days[j]);
            scratch.Scores[j] = 0;
            var at = best.Count;
            while (at > 0 && (best[at - 1].Score < score || (best[at - 1].Score == score && best[at - 1].Index > j)))
            {
                at--;
            }

            if (at < Max)
            {
                best.Insert(at, (score, j));
                if (best.Count > Max)
                {
                    best.RemoveAt(Max);
                }
            }
        }

        scratch.Touched.Clear();
        return [.. best.Select(b => b.Index)];
    }

    private sealed class Scratch(int size)
    {
        public double[] Scores { get; } = new double[size];

        public List<int> Touched { get; } = [];
    }

    private const int Undated = -1;

    // 1 for the same day, falling to 0.5 over about a month; undated pairs count 0.75.
    private static double DateCloseness(int a, int b) =>
        a != Undated && b != Undated ? 0.5 + 0.5 / (1 + Math.Abs(a - b) / 30.0) : 0.75;
}
