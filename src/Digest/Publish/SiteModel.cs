using Digest.Content;

namespace Digest.Publish;

/// <summary>Everything the site shows, derived once from the articles: views, taxonomies, order.</summary>
public sealed class SiteModel
{
    private SiteModel(SiteSettings settings, IReadOnlyList<ArticleView> articles, IReadOnlyList<Taxonomy> taxonomies)
    {
        Settings = settings;
        Urls = new SiteUrls(settings.BaseUrl);
        Articles = articles;
        Taxonomies = taxonomies;
    }

    /// <summary>Site settings.</summary>
    public SiteSettings Settings { get; }

    /// <summary>URL builder for the site.</summary>
    public SiteUrls Urls { get; }

    /// <summary>Every article that gets a page (copies carry <c>duplicate_of</c> and are shown on their canonical report), newest first.</summary>
    public IReadOnlyList<ArticleView> Articles { get; }

    /// <summary>Tags and sources.</summary>
    public IReadOnlyList<Taxonomy> Taxonomies { get; }

    /// <summary>Builds the model of <paramref name="articles"/>.</summary>
    public static SiteModel Build(SiteSettings settings, IEnumerable<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(articles);
        var views = articles
            .Where(a => a.DuplicateOf is null)
            .Order(ArticleOrder.NewestFirst)
            .Select(ToView)
            .ToList();
        Taxonomy[] taxonomies =
        [
            Group(Taxonomy.Tags, "Tags", "Tag", views, v => v.Tags),
            Group(Taxonomy.Sources, "Sources", "Source", views, v => [v.Source]),
        ];
        return new SiteModel(settings, views, taxonomies);
    }

    /// <summary>The term link of a tag.</summary>
    public static TermLink TagLink(string tag) => new(tag, SiteUrls.Term(Taxonomy.Tags, TermSlug(tag)));

    /// <summary>The term link of a source.</summary>
    public static TermLink SourceLink(string source) => new(source, SiteUrls.Term(Taxonomy.Sources, TermSlug(source)));

    private static string TermSlug(string name) => Slugs.From(name) is { Length: > 0 } slug ? slug : "term-" + ArticleFile.ContentHash(name)[..8];

    private static ArticleView ToView(Article article)
    {
        var plain = SafeMarkdown.ToPlainText(article.Body);
        return new ArticleView(
            article,
            SiteUrls.Article(article.Slug),
            SafeMarkdown.ToHtml(article.Body),
            Excerpts.Of(plain),
            SourceLink(article.Source),
            article.Tags.Select(TagLink).ToList());
    }

    private static Taxonomy Group(string name, string title, string singular, IReadOnlyList<ArticleView> views, Func<ArticleView, IEnumerable<TermLink>> termsOf)
    {
        var terms = views
            .SelectMany(v => termsOf(v).Select(t => (Term: t, View: v)))
            .GroupBy(p => p.Term.Path, StringComparer.Ordinal)
            .Select(g => new Term(g.First().Term.Name, g.Key.Split('/')[1], g.Select(p => p.View).Distinct().ToList()))
            .OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Slug, StringComparer.Ordinal)
            .ToList();
        return new Taxonomy(name, title, singular, terms);
    }
}
