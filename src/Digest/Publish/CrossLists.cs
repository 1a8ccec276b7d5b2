using System.Globalization;
using Digest.Cache;
using Digest.Entities;

namespace Digest.Publish;

/// <summary>
/// The site model's lists across reports: each site entity's reports, stories and companions (<see cref="EntityIndex"/>)
/// and each report's related reports (<see cref="RelatedArticles"/>). They are made of each report's slug, story, date,
/// names and tags, each story's reports and the site entities' names, and kept in the build cache under a key of those,
/// as indexes into the reports, stories and entities: a publish after an edit that changes none of them (a text edit that
/// names nothing new) reads them back instead of counting every entity's companions and scoring every report's
/// neighbours (at 100,000 reports, 3.5 s of CPU).
/// </summary>
internal static class CrossLists
{
    /// <summary>The entity views by name and each report's related reports by slug, made or read from <paramref name="store"/>.</summary>
    /// <param name="catalog">The catalog with the site's articles.</param>
    /// <param name="links">Each site entity's link by name, shared with the articles that name it.</param>
    /// <param name="views">The site's reports.</param>
    /// <param name="stories">The site's stories.</param>
    /// <param name="store">Where the lists are kept between builds (a disabled store: made every time).</param>
    public static (Dictionary<string, EntityView> Entities, Dictionary<string, IReadOnlyList<ArticleView>> Related) Build(
        EntityCatalog catalog, Dictionary<string, TermLink> links, IReadOnlyList<ArticleView> views, IReadOnlyList<StoryView> stories, CacheStore store)
    {
        var site = catalog.SiteEntities();
        var key = store.Enabled ? Key(site, views, stories) : null;
        if (key is not null && store.TryGet(key, out var kept))
        {
            return Read(kept, site, links, views, stories);
        }

        // The two read only what is built before them and not each other: made side by side.
        Dictionary<string, EntityView> entities = [];
        Dictionary<string, IReadOnlyList<ArticleView>> related = [];
        SideBySide.Run(() => entities = EntityIndex.Build(catalog, links, views, stories), () => related = RelatedArticles.Build(views));
        if (key is not null)
        {
            store.Set(key, Write(entities, related, site, views, stories));
        }

        return (entities, related);
    }

    // Everything the two lists read, in order.
    internal static string Key(IReadOnlyList<Entity> site, IReadOnlyList<ArticleView> views, IReadOnlyList<StoryView> stories)
    {
        var parts = new List<string>(2 + site.Count + (views.Count * 24) + (stories.Count * 3)) { "cross lists", Count(site.Count) };
        parts.AddRange(site.Select(e => e.Name));
        parts.Add(Count(views.Count));
        foreach (var view in views)
        {
            var article = view.Article;
            parts.Add(article.Slug);
            parts.Add(article.Story);
            parts.Add(article.Date?.ToString("O", CultureInfo.InvariantCulture) ?? "");
            parts.Add(Count(article.Entities.Count));
            parts.AddRange(article.Entities);
            parts.Add(Count(article.Tags.Count));
            parts.AddRange(article.Tags);
        }

        parts.Add(Count(stories.Count));
        foreach (var story in stories)
        {
            parts.Add(Count(story.Reports.Count));
            parts.AddRange(story.Reports.Select(r => r.Article.Slug));
        }

        return CacheStore.Key(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(parts));
    }

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);

    private static byte[] Write(Dictionary<string, EntityView> entities, Dictionary<string, IReadOnlyList<ArticleView>> related,
        IReadOnlyList<Entity> site, IReadOnlyList<ArticleView> views, IReadOnlyList<StoryView> stories)
    {
        var viewAt = IndexOf(views);
        var storyAt = IndexOf(stories);
        var entityAt = new Dictionary<string, int>(site.Count, StringComparer.Ordinal);
        for (var i = 0; i < site.Count; i++)
        {
            entityAt[site[i].Name] = i;
        }

        return BinaryCoding.Write(writer =>
        {
            foreach (var entity in site)
            {
                var view = entities[entity.Name];
                writer.WriteArray(view.Articles.Select(a => viewAt[a]).ToArray());
                writer.WriteArray(view.Stories.Select(s => storyAt[s]).ToArray());
                writer.WriteArray(view.Companions.SelectMany(c => new[] { entityAt[c.Entity.Name], c.Count }).ToArray());
            }

            foreach (var view in views)
            {
                writer.WriteArray(related[view.Article.Slug].Select(a => viewAt[a]).ToArray());
            }
        });
    }

    // The lists as Write wrote them, each made of the objects of this build (a list, like the one made, is the model's own).
    private static (Dictionary<string, EntityView>, Dictionary<string, IReadOnlyList<ArticleView>>) Read(byte[] bytes,
        IReadOnlyList<Entity> site, Dictionary<string, TermLink> links, IReadOnlyList<ArticleView> views, IReadOnlyList<StoryView> stories) =>
        BinaryCoding.Read(bytes, reader =>
        {
            var entities = new Dictionary<string, EntityView>(site.Count, StringComparer.Ordinal);
            foreach (var entity in site)
            {
                var articles = reader.ReadArray<int>().Select(v => views[v]).ToList();
                var entityStories = reader.ReadArray<int>().Select(s => stories[s]).ToList();
                var pairs = reader.ReadArray<int>();
                var companions = new List<(TermLink, int)>(pairs.Length / 2);
                for (var k = 0; k < pairs.Length; k += 2)
                {
                    companions.Add((links[site[pairs[k]].Name], pairs[k + 1]));
                }

                var place = entity.DemonymOf is { } of ? links.GetValueOrDefault(of) : null;
                entities[entity.Name] = new EntityView(entity, links[entity.Name].Path, articles, entityStories, companions, place);
            }

            var related = new Dictionary<string, IReadOnlyList<ArticleView>>(views.Count, StringComparer.Ordinal);
            foreach (var view in views)
            {
                related[view.Article.Slug] = reader.ReadArray<int>().Select(v => views[v]).ToList();
            }

            return (entities, related);
        });

    private static Dictionary<T, int> IndexOf<T>(IReadOnlyList<T> items)
        where T : class
    {
        var at = new Dictionary<T, int>(items.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < items.Count; i++)
        {
            at.TryAdd(items[i], i);
        }

        return at;
    }
}
