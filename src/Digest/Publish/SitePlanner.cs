using Digest.Publish.Pages;

namespace Digest.Publish;

/// <summary>Decides which pages the site has: one function from the model to the list of pages.</summary>
public static class SitePlanner
{
    /// <summary>Every page of <paramref name="site"/>, in a fixed order.</summary>
    public static IEnumerable<Page> Plan(SiteModel site)
    {
        ArgumentNullException.ThrowIfNull(site);
        var size = site.Settings.PageSize;
        // The home page's latest stories leave out the top stories it shows above them; the story index lists them all.
        var featured = site.Featured.ToHashSet(ReferenceEqualityComparer.Instance);
        var latest = featured.Count == 0 ? site.Stories : site.Stories.Where(s => !featured.Contains(s)).ToList();
        foreach (var (items, pagination, path) in Paginate(latest, SiteUrls.Home, size))
        {
            yield return new HomePage(site, path, items, pagination) { Featured = pagination.Number == 1 ? site.Featured : [] };
        }

        foreach (var (items, pagination, path) in Paginate(site.Stories, SiteUrls.Stories, size))
        {
            yield return new StoryIndexPage(site, path, items, pagination);
        }

        foreach (var story in site.Stories)
        {
            yield return new StoryPage(site, story);
        }

        foreach (var (items, pagination, path) in Paginate(site.Topics, SiteUrls.Topics, TopicIndexPage.TopicsPerPage))
        {
            yield return new TopicIndexPage(site, path, items, site.Topics.Count, pagination);
        }

        foreach (var topic in site.Topics)
        {
            yield return new TopicPage(site, topic);
        }

        foreach (var article in site.Articles)
        {
            yield return new ArticlePage(site, article);
        }

        foreach (var taxonomy in site.Taxonomies)
        {
            if (taxonomy.Name == Taxonomy.Entities)
            {
                yield return new EntityIndexPage(site);
                foreach (var page in EntityTypePages(site, size: EntityTypePage.NamesPerPage))
                {
                    yield return page;
                }

                foreach (var term in taxonomy.Terms)
                {
                    var entity = site.EntityOf(term)!;
                    foreach (var (items, pagination, path) in Paginate(entity.Articles, entity.Path, size))
                    {
                        yield return new EntityPage(site, path, entity, items, pagination);
                    }
                }

                continue;
            }

            yield return new TermIndexPage(site, taxonomy);
            foreach (var term in taxonomy.Terms)
            {
                var termPath = SiteUrls.Term(taxonomy.Name, term.Slug);
                foreach (var (items, pagination, path) in Paginate(term.Articles, termPath, size))
                {
                    yield return new TermPage(site, path, taxonomy, term, items, pagination);
                }
            }
        }

        yield return new ArchiveIndexPage(site);
        foreach (var month in site.Archive)
        {
            foreach (var (items, pagination, path) in Paginate(month.Articles, month.Path, size))
            {
                yield return new ArchiveMonthPage(site, path, month.Name, items, pagination);
            }
        }

        if (site.Undated.Count > 0)
        {
            foreach (var (items, pagination, path) in Paginate(site.Undated, SiteUrls.ArchiveUndated, size))
            {
                yield return new ArchiveMonthPage(site, path, site.Text["undated"], items, pagination);
            }
        }

        yield return new SearchPage(site);
        yield return new NotFoundPage(site);
        foreach (var page in site.SitePages)
        {
            yield return new StandalonePage(site, page);
        }
    }

    /// <summary>
    /// The pages of <paramref name="site"/> that send the reader on to an article's page. A copy's own address
    /// (<c>articles/&lt;slug&gt;/</c>, which was its page while it was a report of its own, or a page a reader was given)
    /// leads to its report's page. Then one at each earlier address an article lists (<see cref="Article.Aliases"/>),
    /// leading to its page (its report's, for a copy). An alias that is the address of one of <paramref name="pages"/> or
    /// of a copy, or that an article earlier in site order already claimed, is a warning in <paramref name="diagnostics"/>
    /// (naming the article's file by <paramref name="fileOf"/>) and gets no page.
    /// </summary>
    public static List<RedirectPage> Redirects(SiteModel site, IEnumerable<Page> pages, Func<string, string> fileOf, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(fileOf);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var taken = pages.Select(p => p.Path).ToHashSet(StringComparer.Ordinal);
        var copies = site.Stories.SelectMany(s => s.Copies).ToList();
        var redirects = copies.Select(c => new RedirectPage(site, SiteUrls.Article(c.Article.Slug), c.Article.Title, c.Path)).ToList();
        taken.UnionWith(redirects.Select(r => r.Path));
        var claimedBy = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var article in site.Articles.Concat(copies).Where(a => a.Article.Aliases.Count > 0))
        {
            var slug = article.Article.Slug;
            foreach (var alias in article.Article.Aliases)
            {
                if (taken.Contains(alias))
                {
                    diagnostics.Add(Diagnostic.Warning(fileOf(slug), $"alias '/{alias}' is the address of a page of the site; it is ignored"));
                }
                else if (!claimedBy.TryAdd(alias, slug))
                {
                    diagnostics.Add(Diagnostic.Warning(fileOf(slug), $"alias '/{alias}' is already an alias of '{claimedBy[alias]}'; it is ignored here"));
                }
                else
                {
                    redirects.Add(new RedirectPage(site, alias, article.Article.Title, article.Path));
                }
            }
        }

        return redirects;
    }

    // The types with more site entities than the index shows: each type's whole list, A to Z, a page at a time.
    private static IEnumerable<EntityTypePage> EntityTypePages(SiteModel site, int size)
    {
        var byType = site.Entities.Values
            .GroupBy(e => e.Entity.Type)
            .Where(g => g.Count() > EntityIndexPage.ShownPerType)
            .OrderBy(g => g.Key);
        foreach (var type in byType)
        {
            var names = type.AToZ(e => e.Entity.Name).ToList();
            var basePath = EntityTypePage.PathOf(type.Key);
            // Where each first letter starts: the page of its first name, and that name's anchor.
            var initials = new List<(string Initial, string Path)>();
            for (var i = 0; i < names.Count; i++)
            {
                var initial = NameOrder.InitialOf(names[i].Entity.Name);
                if (i == 0 || initial != NameOrder.InitialOf(names[i - 1].Entity.Name))
                {
                    initials.Add((initial, $"{SiteUrls.Paged(basePath, (i / size) + 1)}#{EntityTypePage.AnchorOf(initial)}"));
                }
            }

            foreach (var (items, pagination, path) in Paginate(names, basePath, size))
            {
                yield return new EntityTypePage(site, path, type.Key, items, names.Count, pagination, initials);
            }
        }
    }

    private static IEnumerable<(IReadOnlyList<T> Items, Pagination Pagination, string Path)> Paginate<T>(
        IReadOnlyList<T> all, string basePath, int pageSize)
    {
        var count = Math.Max(1, (all.Count + pageSize - 1) / pageSize);
        for (var number = 1; number <= count; number++)
        {
            var items = all.Skip((number - 1) * pageSize).Take(pageSize).ToList();
            var previous = number > 1 ? SiteUrls.Paged(basePath, number - 1) : null;
            var next = number < count ? SiteUrls.Paged(basePath, number + 1) : null;
            yield return (items, new Pagination(number, count, previous, next), SiteUrls.Paged(basePath, number));
        }
    }
}
