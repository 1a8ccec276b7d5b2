namespace Digest.Publish.Pages;

/// <summary>
/// One page of the site: where it goes and what it shows. The theme turns each kind into HTML;
/// publishing never assembles HTML itself.
/// </summary>
/// <param name="Site">The site model (settings, URLs, taxonomies).</param>
/// <param name="Path">Site path of the page (a folder; the file is its index.html).</param>
/// <param name="Title">The page's title (without the site name).</param>
public abstract record Page(SiteModel Site, string Path, string Title);

/// <summary>Position in a paginated list.</summary>
/// <param name="Number">1-based page number.</param>
/// <param name="Count">Number of pages.</param>
/// <param name="PreviousPath">Site path of the previous page, if any.</param>
/// <param name="NextPath">Site path of the next page, if any.</param>
public sealed record Pagination(int Number, int Count, string? PreviousPath, string? NextPath);

/// <summary>The home page: latest articles.</summary>
public sealed record HomePage(SiteModel Site, string Path, IReadOnlyList<ArticleView> Articles, Pagination Pagination)
    : Page(Site, Path, Site.Settings.Title);

/// <summary>One article.</summary>
public sealed record ArticlePage(SiteModel Site, ArticleView Article)
    : Page(Site, Article.Path, Article.Article.Title);

/// <summary>The list of a taxonomy's terms with their article counts.</summary>
public sealed record TermIndexPage(SiteModel Site, Taxonomy Taxonomy)
    : Page(Site, SiteUrls.TermIndex(Taxonomy.Name), Taxonomy.Title);

/// <summary>One term's articles.</summary>
public sealed record TermPage(SiteModel Site, string Path, Taxonomy Taxonomy, Term Term, IReadOnlyList<ArticleView> Articles, Pagination Pagination)
    : Page(Site, Path, Term.Name);

/// <summary>The page served for a missing URL.</summary>
public sealed record NotFoundPage(SiteModel Site)
    : Page(Site, "404.html", "Page not found");
