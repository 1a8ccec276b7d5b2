using Digest.Entities;

namespace Digest.Publish;

/// <summary>What each site entity's page lists, as indexes (<see cref="EntityIndex.Lists"/>), one array per entity in the site entities' order.</summary>
/// <param name="Reports">Its reports, into the site's reports.</param>
/// <param name="Stories">Its stories, into the site's stories.</param>
/// <param name="Companions">Its companions and how often each is named with it: an entity's index, then the count, pair after pair.</param>
internal sealed record EntityLists(int[][] Reports, int[][] Stories, int[][] Companions);

/// <summary>Builds the site's entity views from the catalog: which names get pages, and who appears with whom.</summary>
internal static class EntityIndex
{
    /// <summary>How many companions an entity page lists.</summary>
    public const int MaxCompanions = 12;

    /// <summary>What each site entity's page lists, as indexes: its reports (into <paramref name="views"/>), its stories
    /// (into <paramref name="stories"/>) and its companions with their counts (into <paramref name="site"/>, then the count).</summary>
    /// <param name="site">The catalog's site entities (<see cref="EntityCatalog.SiteEntities"/>).</param>
    /// <param name="views">The site's reports.</param>
    /// <param name="stories">The site's stories.</param>
    public static EntityLists Lists(IReadOnlyList<Entity> site, IReadOnlyList<ArticleView> views, IReadOnlyList<StoryView> stories)
    {
        var indexOf = new Dictionary<string, int>(site.Count, StringComparer.Ordinal);
        for (var i = 0; i < site.Count; i++)
        {
            indexOf[site[i].Name] = i;
        }

        // Each report's site entities once, as indexes in the order it names them (every entity page of the report's
        // entities counts them again): each report looked up on its own, on both cores, with one lookup a name (a
        // Distinct, a Where and a Select a report were most of the step at 100,000 reports). Then the reports of each
        // entity by their index in views.
        var namedIn = new int[views.Count][];
        Parallel.For(0, views.Count, Parallelism.PerCore, () => new List<int>(), (v, _, named) =>
        {
            foreach (var name in views[v].Article.Entities)
            {
                // Distinct names have distinct indexes: a name listed twice is found by its index.
                if (indexOf.TryGetValue(name, out var i) && !named.Contains(i))
                {
                    named.Add(i);
                }
            }

            namedIn[v] = [.. named];
            named.Clear();
            return named;
        }, _ => { });
        var reportsOf = site.Select(_ => new List<int>()).ToArray();
        for (var v = 0; v < views.Count; v++)
        {
            foreach (var i in namedIn[v])
            {
                reportsOf[i].Add(v);
            }
        }

        // Each entity's place in ordinal name order: ties of count are broken by a number, not a string comparison.
        // (Equal names, if any, by index, as a stable sort leaves them.)
        var nameRank = new int[site.Count];
        var byName = Enumerable.Range(0, site.Count).ToArray();
        Array.Sort(byName, (x, y) => string.CompareOrdinal(site[x].Name, site[y].Name) is var order and not 0 ? order : x.CompareTo(y));
        for (var rank = 0; rank < byName.Length; rank++)
        {
            nameRank[byName[rank]] = rank;
        }

        // Each report's story, found once (an entity page lists the stories of all its reports: at 100,000 articles,
        // looking each up by slug for every entity of the report cost 3 million lookups).
        var storyBySlug = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var s = 0; s < stories.Count; s++)
        {
            foreach (var report in stories[s].Reports)
            {
                storyBySlug.TryAdd(report.Article.Slug, s);
            }
        }

        var storyOf = views.Select(v => storyBySlug.GetValueOrDefault(v.Article.Slug, -1)).ToArray();

        // Each entity's lists read only shared, finished data: both cores make them.
        // Companions are counted in an array by entity index (a report names tens of entities, so an entity
        // of thousands of reports counts tens of thousands of times), and stories are taken once each by marking
        // them with the entity's number. These arrays and the list of the entities counted (one grown anew for each
        // entity was 30 MB in an incremental 10k build) are a worker's scratch (Parallelism.For): it leaves its counts at
        // zero and its list empty, and a story's mark is the number of the entity that set it, which no later one shares.
        var entityStories = new int[site.Count][];
        var companions = new int[site.Count][];
        Parallelism.For(site.Count, () => (Counts: new int[site.Count], Seen: new int[stories.Count], Touched: new List<int>(), Stories: new List<int>()), (i, scratch) =>
        {
            var (counts, seen, touched, found) = scratch;
            foreach (var v in reportsOf[i])
            {
                foreach (var other in namedIn[v])
                {
                    if (other != i && counts[other]++ == 0)
                    {
                        touched.Add(other);
                    }
                }

                if (storyOf[v] is var story and >= 0 && seen[story] != i + 1)
                {
                    seen[story] = i + 1;
                    found.Add(story);
                }
            }

            // Ranked by count, then name.
            var best = MostNamed(touched, counts, nameRank, MaxCompanions);
            var pairs = new int[best.Count * 2];
            for (var k = 0; k < best.Count; k++)
            {
                (pairs[2 * k], pairs[(2 * k) + 1]) = (best[k], counts[best[k]]);
            }

            companions[i] = pairs;
            entityStories[i] = [.. found];
            foreach (var c in touched)
            {
                counts[c] = 0;
            }

            touched.Clear();
            found.Clear();
        });
        return new EntityLists([.. reportsOf.Select(r => r.ToArray())], entityStories, companions);
    }

    /// <summary>The entity views that <paramref name="lists"/> give, by name in <paramref name="site"/>'s order.</summary>
    public static Dictionary<string, EntityView> Views(IReadOnlyList<Entity> site, Dictionary<string, TermLink> links, EntityLists lists,
        IReadOnlyList<ArticleView> views, IReadOnlyList<StoryView> stories)
    {
        // One link per entity, shared by its page, its reports and every page that lists it as a companion
        // (at 100,000 articles, 2.5 million companion links each made afresh held about 250 MB).
        var linkOf = site.Select(e => links[e.Name]).ToArray();
        var built = new EntityView[site.Count];
        Parallel.For(0, site.Count, Parallelism.PerCore, i =>
        {
            var pairs = lists.Companions[i];
            var companions = new List<(TermLink Entity, int Count)>(pairs.Length / 2);
            for (var k = 0; k < pairs.Length; k += 2)
            {
                companions.Add((linkOf[pairs[k]], pairs[k + 1]));
            }

            var place = site[i].DemonymOf is { } of ? links.GetValueOrDefault(of) : null;
            built[i] = new EntityView(site[i], linkOf[i].Path, lists.Reports[i].Select(v => views[v]).ToList(), lists.Stories[i].Select(s => stories[s]).ToList(), companions, place);
        });
        var result = new Dictionary<string, EntityView>(site.Count, StringComparer.Ordinal);
        foreach (var view in built)
        {
            result[view.Entity.Name] = view;
        }

        return result;
    }

    /// <summary>The link to an entity's page.</summary>
    public static TermLink Link(Entity entity) => new(entity.Name, SiteUrls.Term(Taxonomy.Entities, entity.Slug));

    // The k entities most often named with one (counts), ties to the first by name (nameRank), most named first: one pass
    // that keeps the best k in order. Ordering every companion (LINQ, with its arrays of keys) was a hundredth of the CPU
    // of an incremental 10k build; an entity of thousands of reports has thousands of companions and lists a dozen.
    internal static List<int> MostNamed(List<int> touched, int[] counts, int[] nameRank, int k)
    {
        var best = new List<int>(k + 1);
        foreach (var c in touched)
        {
            if (best.Count == k && !Before(c, best[^1]))
            {
                continue;
            }

            var at = best.Count;
            while (at > 0 && Before(c, best[at - 1]))
            {
                at--;
            }

            best.Insert(at, c);
            if (best.Count > k)
            {
                best.RemoveAt(k);
            }
        }

        return best;

        bool Before(int a, int b) => counts[a] != counts[b] ? counts[a] > counts[b] : nameRank[a] < nameRank[b];
    }
}
