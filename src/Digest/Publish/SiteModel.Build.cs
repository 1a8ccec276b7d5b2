using Digest.Content;
using Digest.Dedup;
using Digest.Entities;
using Digest.Ingest.Attribution;
using Digest.Text;

namespace Digest.Publish;

/// <summary>The construction facet of <see cref="SiteModel"/>: one pass from articles and catalogs to everything the pages show.</summary>
public sealed partial class SiteModel
{
    private SiteModel(SiteSettings settings, SourceCatalog sources, IReadOnlyList<ArticleView> articles, IReadOnlyList<StoryView> stories,
        IReadOnlyList<TopicView> topics, IReadOnlyList<Taxonomy> taxonomies, Dictionary<string, EntityView> entities,
        IReadOnlyList<ArchiveMonth> archive, IReadOnlyList<ArticleView> undated, Dictionary<string, IReadOnlyList<ArticleView>> related)
    {
        Settings = settings;
        // Found once: templates ask for a text many times a page.
        Text = settings.Text;
        Urls = new SiteUrls(settings.BaseUrl);
        _sources = sources;
        Articles = articles;
        Stories = stories;
        Topics = topics;
        Taxonomies = taxonomies;
        Entities = entities;
        Archive = archive;
        Undated = undated;
        _related = related;
        _storyById = stories.ToDictionary(s => s.Id, StringComparer.Ordinal);
        _topicById = topics.ToDictionary(t => t.Id, StringComparer.Ordinal);
    }

    /// <summary>Builds the model of <paramref name="articles"/> with the built-in source and entity knowledge only.</summary>
    public static SiteModel Build(SiteSettings settings, IEnumerable<Article> articles) =>
        Build(settings, articles, EntityCatalog.Create(null, "", new List<Diagnostic>()), SourceCatalog.BuiltIn);

    /// <summary>Builds the model of <paramref name="articles"/>.</summary>
    /// <param name="settings">Site settings.</param>
    /// <param name="articles">Every article of <c>input/articles/</c>.</param>
    /// <param name="entities">The entity catalog (gazetteer + <c>input/entities.yml</c>).</param>
    /// <param name="sources">The source catalog (built-in + <c>input/sources.yml</c>).</param>
    /// <param name="timings">Where to record the time of each step, if anywhere.</param>
    /// <param name="cache">Results of earlier builds to reuse (none by default).</param>
    /// <param name="curatedTags">The curated tags (<c>input/tags.yml</c>): the names and descriptions it gives tags (none by default).</param>
    /// <param name="sitePages">The pages a maintainer wrote beside the news (<c>input/pages/</c>; none by default).</param>
    public static SiteModel Build(SiteSettings settings, IEnumerable<Article> articles, EntityCatalog entities, SourceCatalog sources,
        StageTimings? timings = null, PublishCache? cache = null, Tagging.TagRules? curatedTags = null, IReadOnlyList<SitePage>? sitePages = null)
    {
        cache ??= PublishCache.None;
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(sources);
        var list = ArticleOrder.Sorted(ResolveLinks(articles.ToList()));
        var cancel = timings?.Cancel ?? default;
        var catalog = entities.WithArticles(list, cache.Mentions, cache.Surfaces, cancel);
        var site = catalog.SiteEntities();
        var siteEntities = site.ToDictionary(e => e.Name, e => EntityIndex.Link(e), StringComparer.Ordinal);
        var urls = new SiteUrls(settings.BaseUrl);
        var tagRules = curatedTags ?? Tagging.TagRules.None;
        var tagLinks = TagLinks(list, entities, tagRules);
        timings?.Lap("model: site entities");

        // Rendering markdown is the costly part of the model: both cores share it; order is kept by index.
        var all = new ArticleView[list.Count];
        // Each site entity's link made once, not once per mention of it (hundreds of thousands of strings at 10,000 articles).
        var mentionLinks = siteEntities.ToDictionary(e => e.Key, e => urls.Link(e.Value.Path), StringComparer.Ordinal);
        Parallel.For(0, list.Count, Parallelism.PerCoreUntil(cancel), i => all[i] = ToView(list[i], catalog, siteEntities, mentionLinks, tagLinks, cache.Bodies, settings.Text["source_unknown"]));
        timings?.Lap("model: article bodies");
        // Reports get pages; copies are shown on their canonical report.
        var views = new List<ArticleView>(all.Length);
        var copies = new List<ArticleView>();
        for (var i = 0; i < all.Length; i++)
        {
            if (all[i].Article.DuplicateOf is null)
            {
                views.Add(all[i]);
            }
            else
            {
                copies.Add(all[i]);
            }
        }

        // Stories are ordered and analysed by the reports' text, which the views leave out.
        var withText = new Dictionary<ArticleView, Article>(all.Length, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < all.Length; i++)
        {
            withText[all[i]] = list[i];
        }

        var stories = StoryGrouping.Group(views, copies, new CanonicalRule(sources.PriorityOf), view => withText[view], cache.Overlap);
        var topics = StoryGrouping.Topics(stories, settings.TopicMinStories);
        timings?.Lap("model: stories and topics");
        // The entity index and the other lists read only what is built above and not each other: they are
        // made side by side, so the steps of either that use one core leave the other core to the other.
        Dictionary<string, EntityView> entityViews = [];
        Taxonomy? tags = null, sourceTerms = null;
        List<ArchiveMonth> archive = [];
        List<ArticleView> undated = [];
        Dictionary<string, IReadOnlyList<ArticleView>> related = [];
        // The entity index and related reports are read back when the cache holds them for these reports (CrossLists).
        var kept = CrossLists.Find(site, views, stories, cache.Lists);
        EntityLists? entityLists = null;
        int[][] relatedIndexes = [];
        SideBySide.Run(
            () =>
            {
                entityLists = kept.Entities ?? EntityIndex.Lists(site, views, stories);
                entityViews = EntityIndex.Views(site, siteEntities, entityLists, views, stories);
            },
            () =>
            {
                tags = Described(Group(Publish.Taxonomy.Tags, settings.Text["tags"], settings.Text["tag"], views, v => v.Tags), tagRules);
                sourceTerms = Group(Publish.Taxonomy.Sources, settings.Text["sources"], settings.Text["source"], all, v => [v.Source],
                    last: t => t.Articles.All(a => Sources.IsUnknown(a.Article.Source)));
                archive = views.Where(v => v.Article.Date is not null)
                    .GroupBy(v => (v.Article.Date!.Value.Year, v.Article.Date!.Value.Month))
                    .OrderByDescending(g => g.Key.Year).ThenByDescending(g => g.Key.Month)
                    .Select(g => new ArchiveMonth(g.Key.Year, g.Key.Month, settings.Text.MonthYear(g.Key.Year, g.Key.Month), SiteUrls.ArchiveMonth(g.Key.Year, g.Key.Month), g.ToList()))
                    .ToList();
                undated = views.Where(v => v.Article.Date is null).ToList();
                relatedIndexes = kept.Related ?? RelatedArticles.Indexes(views);
                related = RelatedArticles.Of(views, relatedIndexes);
            });
        kept.Keep(entityLists!, relatedIndexes);
        Taxonomy[] taxonomies =
        [
            tags!,
            sourceTerms!,
            new Taxonomy(Publish.Taxonomy.Entities, settings.Text["entities"], settings.Text["entity"],
                entityViews.Values.Select(e => new Term(e.Entity.Name, e.Entity.Slug, e.Articles))
                    .AToZ(t => t.Name).ThenBy(t => t.Slug, StringComparer.Ordinal).ToList()),
        ];
        timings?.Lap("model: entity index, taxonomies, archive, related");
        return new SiteModel(settings, sources, views, stories, topics, taxonomies, entityViews, archive, undated, related)
        {
            SitePages = sitePages ?? [],
            CrossListsKey = kept.StoreKey,
            CrossListHashes = kept.StoreKey is null ? new Dictionary<object, UInt128>() : CrossLists.Hashes(site, entityViews, entityLists!, views, relatedIndexes),
        };
    }

    // A copy whose canonical is missing (deleted, or a typo in duplicate_of) is shown as a report of its own;
    // so is one a maintainer marked canonical (a hand edit that left its old duplicate_of behind).
    // Hand edits can also chain copies (a → b → c) or loop them (a → b → a): a copy then points to the report at the
    // end of its chain, and of a loop, the member first by slug is the report (else no member would be shown, and
    // the lists that name them would link pages that do not exist).
    private static List<Article> ResolveLinks(List<Article> articles)
    {
        var bySlug = new Dictionary<string, Article>(articles.Count, StringComparer.Ordinal);
        foreach (var article in articles)
        {
            bySlug.TryAdd(article.Slug, article);
        }

        bool IsCopy(Article a) => a.DuplicateOf is { } c && !a.Canonical && c != a.Slug && bySlug.ContainsKey(c);
        string ReportOf(Article article)
        {
            var path = new List<string>();
            for (var current = article; ; current = bySlug[current.DuplicateOf!])
            {
                if (!IsCopy(current))
                {
                    return current.Slug;
                }

                if (path.IndexOf(current.Slug) is var loop and >= 0)
                {
                    return path.Skip(loop).Min(StringComparer.Ordinal)!;
                }

                path.Add(current.Slug);
            }
        }

        return articles.Select(a =>
        {
            if (a.DuplicateOf is null)
            {
                return a;
            }

            var report = IsCopy(a) ? ReportOf(a) : a.Slug;
            return report == a.Slug ? a with { DuplicateOf = null } : report == a.DuplicateOf ? a : a with { DuplicateOf = report };
        }).ToList();
    }

    // An article's mentions as MentionsOf gathers them, and the ones it has seen, kept per thread.
    [ThreadStatic]
    private static List<(string Surface, string Link, string Name)>? t_mentions;

    [ThreadStatic]
    private static HashSet<(string Surface, string Name)>? t_mentionsSeen;

    // The article's view.
    private static ArticleView ToView(Article article, EntityCatalog catalog, Dictionary<string, TermLink> siteEntities, Dictionary<string, string> mentionLinks,
        Dictionary<string, TermLink> tagLinks, Cache.CacheStore bodies, string unknownSource)
    {
        var entityLinks = article.Entities.Where(siteEntities.ContainsKey).Select(n => siteEntities[n]).ToList();
        // The body's key: everything its HTML is made from, without the mentions themselves, which are made only when
        // the body is: the article's surfaces key (its text, names and their spellings) and the link each of its names
        // gets, if any. (A key of the mentions made every publish read every article's surfaces from the cache.)
        var parts = new string[2 + (2 * article.Entities.Count)];
        (parts[0], parts[1]) = ("body", catalog.SurfacesKey(article));
        for (var k = 0; k < article.Entities.Count; k++)
        {
            var name = article.Entities[k];
            (parts[2 + (2 * k)], parts[3 + (2 * k)]) = (name, mentionLinks.TryGetValue(name, out var link) ? link : NoLink);
        }

        var (body, excerpt) = ArticleBody.Of(
            Cache.CacheStore.Key(parts),
            bodies,
            () =>
            {
                var (html, plainText) = SafeMarkdown.ToHtmlAndPlainText(article.Body, MentionsOf(article, catalog, siteEntities, mentionLinks, entityLinks.Count > 0));
                return (html, Excerpts.Of(plainText), SearchIndexWriter.Words(plainText));
            });
        var view = new ArticleView(
            article with { Body = "" },
            SiteUrls.Article(article.Slug),
            body,
            // A maintainer's summary stands where the body's opening would (lists, feeds, search, the description).
            article.Summary ?? excerpt,
            SourceLink(article.Source, unknownSource),
            article.Tags.Select(t => tagLinks[t]).ToList(),
            entityLinks)
        {
            Dateline = Digest.Entities.ArticleText.DatelineLine(article) is { } dateline ? Digest.Entities.Recognition.DatelinePlaces.TitleCase(dateline) : null,
            OriginalUrl = WebAddress.IsAbsoluteHttp(article.Url) ? article.Url!.Trim() : null,
        };
        if (view.Dateline is { } place && siteEntities.TryGetValue(place.Split(',')[0], out var placeLink))
        {
            view = view with { DatelinePath = placeLink.Path };
        }

        // A copy has no page of its own: its links lead to its canonical report.
        return article.DuplicateOf is { } canonical ? view with { Path = SiteUrls.Article(canonical) } : view;
    }

    // What stands for "no link" in a body's key: no link is empty.
    private const string NoLink = "";

    // The article's entity mentions that link to a page: each form its text writes a site entity in (SurfaceForms), then
    // each site entity's canonical name (a literal match of a name the front matter lists is unambiguous even where
    // recognition missed it); (surface, name) pairs once, in that order. In a list and a set kept per thread: the query
    // this was (an iterator, a closure, a set and a list per article) cost an incremental 10k build 45 MB.
    private static List<(string Surface, string Link, string Name)> MentionsOf(Article article, EntityCatalog catalog, Dictionary<string, TermLink> siteEntities,
        Dictionary<string, string> mentionLinks, bool anyLinked)
    {
        var mentions = t_mentions ??= [];
        mentions.Clear();
        if (!anyLinked)
        {
            return mentions;
        }

        var seen = t_mentionsSeen ??= [];
        foreach (var forms in catalog.SurfaceForms(article))
        {
            if (siteEntities.ContainsKey(forms.Name))
            {
                for (var k = 0; k < forms.Surfaces.Count; k++)
                {
                    AddMention(forms.Surfaces[k], forms.Name);
                }
            }
        }

        foreach (var name in article.Entities)
        {
            if (siteEntities.ContainsKey(name))
            {
                AddMention(name, name);
            }
        }

        seen.Clear();
        return mentions;

        void AddMention(string surface, string name)
        {
            if (seen.Add((surface, name)))
            {
                mentions.Add((surface, mentionLinks[name], name));
            }
        }
    }

    // Each tag as articles write it, with the name its pages show: the one tags.yml gives it; for a slug that names a
    // known place (the country tags ingest files reports under: "united-states"), the place's name ("United States");
    // otherwise the tag as written.
    private static Dictionary<string, TermLink> TagLinks(List<Article> articles, EntityCatalog entities, Tagging.TagRules rules)
    {
        var links = new Dictionary<string, TermLink>(StringComparer.Ordinal);
        foreach (var tag in articles.SelectMany(a => a.Tags))
        {
            if (links.ContainsKey(tag))
            {
                continue;
            }

            var link = TagLink(tag);
            var slug = link.Path.Split('/')[1];
            var name = rules.InfoOf(slug)?.Name
                ?? (Slugs.IsValid(tag) && entities.Find(tag.Replace('-', ' ')) is { Type: Digest.Entities.EntityType.Place, Origin: not Digest.Entities.EntityOrigin.Observed } place
                    && Slugs.From(place.Name) == tag ? place.Name : null);
            links[tag] = name is null ? link : link with { Name = name };
        }

        return links;
    }

    // The tags with the descriptions tags.yml gives them.
    private static Taxonomy Described(Taxonomy tags, Tagging.TagRules rules) => tags with
    {
        Terms = tags.Terms.Select(t => rules.InfoOf(t.Slug)?.Description is { } description ? t with { Description = description } : t).ToList(),
    };

    // A term's name as most of its articles spell it ("C++" over one "c++"); of spellings used alike, the first in
    // ordinal order (capitals first), so a new article does not rename a term by being the newest.
    private static string MostUsedSpelling(IEnumerable<string> names) =>
        names.GroupBy(n => n, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .First().Key;

    // Terms by name; those <paramref name="last"/> picks after the others.
    private static Taxonomy Group(
        string name, string title, string singular, IReadOnlyList<ArticleView> views, Func<ArticleView, IEnumerable<TermLink>> termsOf, Func<Term, bool>? last = null)
    {
        var terms = views
            .SelectMany(v => termsOf(v).Select(t => (Term: t, View: v)))
            .GroupBy(p => p.Term.Path, StringComparer.Ordinal)
            // Each view is one article: told apart by reference (a record's own equality hashes every field of the view and its article).
            .Select(g => new Term(MostUsedSpelling(g.Select(p => p.Term.Name)), g.Key.Split('/')[1], g.Select(p => p.View).Distinct<ArticleView>(ReferenceEqualityComparer.Instance).ToList()))
            .OrderBy(t => last?.Invoke(t) == true)
            .ThenAToZ(t => t.Name).ThenBy(t => t.Slug, StringComparer.Ordinal)
            .ToList();
        return new Taxonomy(name, title, singular, terms);
    }
}
