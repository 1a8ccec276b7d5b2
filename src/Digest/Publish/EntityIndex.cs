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
        foreach (var view in views)
        {
            foreach (var name in view.Article.Entities.Distinct(StringComparer.Ordinal))
            {
                if (articlesOf.TryGetValue(name, out var list))
                {
                    list.Add(view);
                }
            }
        }

        var storyOf = stories.SelectMany(s => s.Reports.Select(r => (r.Article.Slug, Story: s))).ToDictionary(p => p.Slug, p => p.Story, StringComparer.Ordinal);
        var result = new Dictionary<string, EntityView>(StringComparer.Ordinal);
        foreach (var entity in site)
        {
            var articles = articlesOf[entity.Name];
            var companions = articles
                .SelectMany(a => a.Article.Entities.Distinct(StringComparer.Ordinal))
                .Where(n => n != entity.Name && byName.ContainsKey(n))
                .GroupBy(n => n, StringComparer.Ordinal)
                .Select(g => (Entity: Link(byName[g.Key]), Count: g.Count()))
                .OrderByDescending(c => c.Count).ThenBy(c => c.Entity.Name, StringComparer.Ordinal)
                .Take(MaxCompanions)
                .ToList();
            var entityStories = articles.Select(a => storyOf.GetValueOrDefault(a.Article.Slug)).OfType<StoryView>().Distinct().ToList();
            result[entity.Name] = new EntityView(entity, Link(entity).Path, articles, entityStories, companions);
        }

        return result;
    }

    /// <summary>The link to an entity's page.</summary>
    public static TermLink Link(Entity entity) => new(entity.Name, SiteUrls.Term(Taxonomy.Entities, entity.Slug));
}
