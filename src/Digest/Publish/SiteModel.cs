using Digest.Content;

namespace Digest.Publish;

/// <summary>Everything the site shows, derived once from the articles: views, stories, topics, taxonomies, archive.</summary>
public sealed class SiteModel
{
    private readonly Dictionary<string, StoryView> _storyById;

    private SiteModel(SiteSettings settings, IReadOnlyList<ArticleView> articles, IReadOnlyList<StoryView> stories,
        IReadOnlyList<TopicView> topics, IReadOnlyList<Taxonomy> taxonomies, IReadOnlyList<ArchiveMonth> archive, IReadOnlyList<ArticleView> undated)
    {
        Settings = settings;
        Urls = new SiteUrls(settings.BaseUrl);
        Articles = articles;
        Stories = stories;
        Topics = topics;
        Taxonomies = taxonomies;
        Archive = archive;
        Undated = undated;
        _storyById = stories.ToDictionary(s => s.Id, StringComparer.Ordinal);
    }

    /// <summary>Site settings.</summary>
    public SiteSettings Settings { get; }

    /// <summary>URL builder for the site.</summary>
    public SiteUrls Urls { get; }

    /// <summary>Every article that gets a page (copies are shown on their canonical report), newest first.</summary>
    public IReadOnlyList<ArticleView> Articles { get; }

    /// <summary>Stories, newest first.</summary>
    public IReadOnlyList<StoryView> Stories { get; }

    /// <summary>Topics, most recently active first.</summary>
    public IReadOnlyList<TopicView> Topics { get; }

    /// <summary>Tags, sources and entities.</summary>
    public IReadOnlyList<Taxonomy> Taxonomies { get; }

    /// <summary>Months with articles, newest first.</summary>
    public IReadOnlyList<ArchiveMonth> Archive { get; }

    /// <summary>Articles without a date.</summary>
    public IReadOnlyList<ArticleView> Undated { get; }

    /// <summary>The story an article belongs to.</summary>
    public StoryView StoryOf(ArticleView article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return _storyById[article.Article.Story];
    }

    /// <summary>The taxonomy of a name ("tags", "sources", "entities").</summary>
    public Taxonomy Taxonomy(string name) => Taxonomies.First(t => t.Name == name);

    /// <summary>Builds the model of <paramref name="articles"/>.</summary>
    public static SiteModel Build(SiteSettings settings, IEnumerable<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(articles);
        // A copy has no page of its own: its links lead to its canonical report.
        var all = ResolveLinks(articles.ToList()).Order(ArticleOrder.NewestFirst).Select(ToView)
            .Select(v => v.Article.DuplicateOf is { } canonical ? v with { Path = SiteUrls.Article(canonical) } : v)
            .ToList();
        var views = all.Where(v => v.Article.DuplicateOf is null).ToList();
        var copies = all.Where(v => v.Article.DuplicateOf is not null).ToList();
        var stories = StoryGrouping.Group(views, copies);
        var topics = StoryGrouping.Topics(stories);
        Taxonomy[] taxonomies =
        [
            Group(Publish.Taxonomy.Tags, "Tags", "Tag", views, v => v.Tags),
            Group(Publish.Taxonomy.Sources, "Sources", "Source", all, v => [v.Source]),
            Group(Publish.Taxonomy.Entities, "Entities", "Entity", views, v => v.Entities, settings.EntityMinArticles),
        ];
        var archive = views.Where(v => v.Article.Date is not null)
            .GroupBy(v => (v.Article.Date!.Value.Year, v.Article.Date!.Value.Month))
            .OrderByDescending(g => g.Key.Year).ThenByDescending(g => g.Key.Month)
            .Select(g => new ArchiveMonth(g.Key.Year, g.Key.Month, SiteUrls.ArchiveMonth(g.Key.Year, g.Key.Month), g.ToList()))
            .ToList();
        var undated = views.Where(v => v.Article.Date is null).ToList();
        return new SiteModel(settings, views, stories, topics, taxonomies, archive, undated);
    }

    /// <summary>The term link of a tag.</summary>
    public static TermLink TagLink(string tag) => new(tag, SiteUrls.Term(Publish.Taxonomy.Tags, TermSlug(tag)));

    /// <summary>The term link of a source.</summary>
    public static TermLink SourceLink(string source) => new(source, SiteUrls.Term(Publish.Taxonomy.Sources, TermSlug(source)));

    /// <summary>The term link of an entity.</summary>
    public static TermLink EntityLink(string entity) => new(entity, SiteUrls.Term(Publish.Taxonomy.Entities, TermSlug(entity)));

    private static string TermSlug(string name) => Slugs.From(name) is { Length: > 0 } slug ? slug : "term-" + ArticleFile.ContentHash(name)[..8];

    // A copy whose canonical is missing (deleted, or a typo in duplicate_of) is shown as a report of its own,
    // and a story id that no article carries as its own story is fine: stories are just groups.
    private static List<Article> ResolveLinks(List<Article> articles)
    {
        var slugs = articles.Select(a => a.Slug).ToHashSet(StringComparer.Ordinal);
        return articles.Select(a => a.DuplicateOf is { } c && (!slugs.Contains(c) || c == a.Slug) ? a with { DuplicateOf = null } : a).ToList();
    }

    private static ArticleView ToView(Article article)
    {
        var plain = SafeMarkdown.ToPlainText(article.Body);
        return new ArticleView(
            article,
            SiteUrls.Article(article.Slug),
            SafeMarkdown.ToHtml(article.Body),
            Excerpts.Of(plain),
            SourceLink(article.Source),
            article.Tags.Select(TagLink).ToList(),
            article.Entities.Select(EntityLink).ToList());
    }

    private static Taxonomy Group(string name, string title, string singular, IReadOnlyList<ArticleView> views,
        Func<ArticleView, IEnumerable<TermLink>> termsOf, int minArticles = 1)
    {
        var terms = views
            .SelectMany(v => termsOf(v).Select(t => (Term: t, View: v)))
            .GroupBy(p => p.Term.Path, StringComparer.Ordinal)
            .Select(g => new Term(g.First().Term.Name, g.Key.Split('/')[1], g.Select(p => p.View).Distinct().ToList()))
            .Where(t => t.Articles.Count >= minArticles)
            .OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Slug, StringComparer.Ordinal)
            .ToList();
        return new Taxonomy(name, title, singular, terms);
    }
}
