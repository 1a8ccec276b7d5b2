using Digest.Entities;

namespace Digest.Publish;

/// <summary>Builds the site's entity views from the catalog: which names get pages, and who appears with whom.</summary>
internal static class EntityIndex
{
    /// <summary>How many companions an entity page lists.</summary>
    public const int MaxCompanions = 12;

    public static Dictionary<string, EntityView> Build(EntityCatalog catalog, IReadOnlyList<ArticleView> views, IReadOnlyList<StoryView> stories)
    {
        var site = catalog.SiteEntities();
        var byName = site.ToDictionary(e => e.Name, StringComparer.Ordinal);
        var articlesOf = site.ToDictionary(e => e.Name, _ => new List<ArticleView>(), StringComparer.Ordinal);
        // Each report's site entities once: every entity page of the report's entities counts them again.
        var namedIn = new Dictionary<ArticleView, string[]>(views.Count, ReferenceEqualityComparer.Instance);
        foreach (var view in views)
        {
            var names = view.Article.Entities.Distinct(StringComparer.Ordinal).Where(byName.ContainsKey).ToArray();
            namedIn[view] = names;
            foreach (var name in names)
            {
                articlesOf[name].Add(view);
            }
        }

        var storyOf = stories.SelectMany(s => s.Reports.Select(r => (r.Article.Slug, Story: s))).ToDictionary(p => p.Slug, p => p.Story, StringComparer.Ordinal);
        // Each entity's view reads only shared, finished data: both cores build them; the result is in name order.
        var built = new EntityView[site.Count];
        Parallel.For(0, site.Count, i =>
        {
            var entity = site[i];
            var articles = articlesOf[entity.Name];
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var article in articles)
            {
                foreach (var name in namedIn[article])
                {
                    if (name != entity.Name)
                    {
                        counts[name] = counts.GetValueOrDefault(name) + 1;
                    }
                }
            }

            // Ranked by count, then name; only the few listed get a link made.
            var companions = counts
                .OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
                .Take(MaxCompanions)
                .Select(c => (Entity: Link(byName[c.Key]), Count: c.Value))
                .ToList();
            var entityStories = articles.Select(a => storyOf.GetValueOrDefault(a.Article.Slug)).OfType<StoryView>().Distinct().ToList();
            built[i] = new EntityView(entity, Link(entity).Path, articles, entityStories, companions);
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
}
