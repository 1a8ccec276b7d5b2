using Digest.Entities;

namespace Digest.Publish.Pages;

/// <summary>
/// One page of the site: where it goes and what it shows. The theme turns each kind into HTML;
/// publishing never assembles HTML itself.
/// </summary>
/// <param name="Site">The site model (settings, URLs, taxonomies).</param>
/// <param name="Path">Site path of the page (a folder; the file is its index.html).</param>
/// <param name="Title">The page's title (without the site name).</param>
public abstract record Page(SiteModel Site, string Path, string Title)
{
    /// <summary>Site path of the folder whose feeds this page advertises ("" for the site's); null for none.</summary>
    public virtual string? FeedFolder => "";

    /// <summary>The title of the feed in <see cref="FeedFolder"/>, as its channel has it.</summary>
    public virtual string FeedTitle => Site.Settings.Title;

    /// <summary>
    /// What the page's template reads from the site model beyond the page's own fields and the site's
    /// settings and menu: an incremental publish re-renders a page when any of it changed, so a template
    /// that starts reading more from <see cref="Site"/> must list it here.
    /// </summary>
    public virtual IReadOnlyList<object?> SiteDependencies() => [];

    /// <summary>
    /// What of the page's own fields its template shows, for the same fingerprint: the page itself by
    /// default. A page that holds a whole list only for a count or a heading (a term's or an entity's
    /// articles, a taxonomy's terms) names the parts it shows instead, so a change to an article
    /// elsewhere in that list does not make the page again. A template that starts reading more of
    /// such a field must add it here.
    /// </summary>
    public virtual object FingerprintContent() => this;

    /// <summary>Whether the sitemap lists the page (not a 404 page, nor one that only sends the reader on).</summary>
    public virtual bool InSitemap => true;

    /// <summary>
    /// When what the page shows last changed, for the sitemap's <c>lastmod</c>: the newest date (or dated update) of the
    /// reports it lists, as Hugo dates a list page by its newest entry; null for pages without one (indexes, search).
    /// </summary>
    public virtual DateOnly? LastModified => null;

    /// <summary>The newest date or dated update of <paramref name="articles"/>, if any is dated.</summary>
    protected static DateOnly? Newest(IEnumerable<ArticleView> articles) => articles.Max(a => a.LastChanged);

    /// <summary>The newest date or dated update of the reports and copies of <paramref name="stories"/>, if any is dated.</summary>
    protected static DateOnly? Newest(IEnumerable<StoryView> stories) => Newest(stories.SelectMany(s => s.Reports.Concat(s.Copies)));
}

/// <summary>Position in a paginated list.</summary>
/// <param name="Number">1-based page number.</param>
/// <param name="Count">Number of pages.</param>
/// <param name="PreviousPath">Site path of the previous page, if any.</param>
/// <param name="NextPath">Site path of the next page, if any.</param>
public sealed record Pagination(int Number, int Count, string? PreviousPath, string? NextPath);

/// <summary>
/// The home page: the top stories (on its first page), then the latest of the others, with their reports and sources.
/// </summary>
public sealed record HomePage(SiteModel Site, string Path, IReadOnlyList<StoryView> Stories, Pagination Pagination)
    : Page(Site, Path, Site.Settings.Title)
{
    /// <summary>The top stories it shows above the latest (<see cref="SiteModel.Featured"/>): on the first page only.</summary>
    public IReadOnlyList<StoryView> Featured { get; init; } = [];

    /// <inheritdoc />
    public override DateOnly? LastModified => Newest(Featured.Concat(Stories));
}

/// <summary>All stories, newest first.</summary>
public sealed record StoryIndexPage(SiteModel Site, string Path, IReadOnlyList<StoryView> Stories, Pagination Pagination)
    : Page(Site, Path, Site.Text["stories"])
{
    /// <inheritdoc />
    public override DateOnly? LastModified => Newest(Stories);
}

/// <summary>One story: its reports, what each adds, and the copies.</summary>
public sealed record StoryPage(SiteModel Site, StoryView Story)
    : Page(Site, Story.Path, Story.Title)
{
    /// <inheritdoc />
    public override IReadOnlyList<object?> SiteDependencies() => [Site.TopicOf(Story)];

    /// <inheritdoc />
    public override DateOnly? LastModified => Newest([Story]);
}

/// <summary>
/// The topics, most recently active first, a page at a time: a site of 100,000 reports has thousands of threads, and one
/// page listing them all (640 KB) would grow with the site, as the entity index did.
/// </summary>
/// <param name="Site">The site model.</param>
/// <param name="Path">Site path of this page of the list.</param>
/// <param name="Topics">The topics on this page.</param>
/// <param name="Total">How many topics the whole list holds.</param>
/// <param name="Pagination">Position in the list.</param>
public sealed record TopicIndexPage(SiteModel Site, string Path, IReadOnlyList<TopicView> Topics, int Total, Pagination Pagination)
    : Page(Site, Path, Site.Text["topics"])
{
    /// <summary>Topics on a page of the list (one line each).</summary>
    public const int TopicsPerPage = 100;

    /// <inheritdoc />
    /// <remarks>What the list shows of each topic, not its stories.</remarks>
    public override object FingerprintContent() => new object?[]
    {
        Path, Title, Total, Topics.Select(t => (t.Title, t.Path, t.Stories.Count, t.LastDate)).ToList(), Pagination,
    };

    /// <inheritdoc />
    public override DateOnly? LastModified => Topics.Max(t => t.LastDate);
}

/// <summary>One topic: its stories as a timeline.</summary>
public sealed record TopicPage(SiteModel Site, TopicView Topic)
    : Page(Site, Topic.Path, Topic.Title)
{
    /// <inheritdoc />
    public override string? FeedFolder => Topic.Path;

    /// <inheritdoc />
    public override string FeedTitle => Feeds.FeedChannel.TitleFor(Topic.Title, Site.Settings);

    /// <inheritdoc />
    public override DateOnly? LastModified => Newest(Topic.Stories);
}

/// <summary>One article.</summary>
public sealed record ArticlePage(SiteModel Site, ArticleView Article)
    : Page(Site, Article.Path, Article.Article.Title)
{
    /// <inheritdoc />
    public override IReadOnlyList<object?> SiteDependencies() => [Site.StoryOf(Article), Site.RelatedTo(Article)];

    /// <inheritdoc />
    public override DateOnly? LastModified => Article.LastChanged;
}

/// <summary>The list of a taxonomy's terms with their article counts.</summary>
public sealed record TermIndexPage(SiteModel Site, Taxonomy Taxonomy)
    : Page(Site, SiteUrls.TermIndex(Taxonomy.Name), Taxonomy.Title)
{
    /// <inheritdoc />
    public override IReadOnlyList<object?> SiteDependencies() => [Taxonomy.Terms.Select(t => Site.SourceHomeUrl(t.Name)).ToList()];

    /// <inheritdoc />
    public override object FingerprintContent() =>
        new object?[] { Path, Title, Taxonomy.Name, Taxonomy.Title, Taxonomy.Terms.Select(t => (t.Name, t.Slug, t.Articles.Count)).ToList() };
}

/// <summary>One term's articles.</summary>
public sealed record TermPage(SiteModel Site, string Path, Taxonomy Taxonomy, Term Term, IReadOnlyList<ArticleView> Articles, Pagination Pagination)
    : Page(Site, Path, Term.Name)
{
    /// <inheritdoc />
    public override IReadOnlyList<object?> SiteDependencies() => [Site.SourceHomeUrl(Term.Name)];

    /// <inheritdoc />
    public override object FingerprintContent() =>
        new object?[] { Path, Title, Taxonomy.Name, Taxonomy.Title, Term.Name, Term.Slug, Term.Description, Term.Articles.Count, Articles, Pagination };

    /// <inheritdoc />
    public override string? FeedFolder => SiteUrls.Term(Taxonomy.Name, Term.Slug);

    /// <inheritdoc />
    public override string FeedTitle => Feeds.FeedChannel.TitleFor(Term.Name, Site.Settings);

    /// <inheritdoc />
    public override DateOnly? LastModified => Newest(Articles);
}

/// <summary>
/// The entity index: site entities by type, with their article counts, the <see cref="ShownPerType"/> most reported of
/// each type (a site of 100,000 reports names 175,000 entities: listed whole, the page was 20 MB), each longer list
/// linking its <see cref="EntityTypePage"/>s.
/// </summary>
public sealed record EntityIndexPage(SiteModel Site)
    : Page(Site, SiteUrls.TermIndex(Taxonomy.Entities), Site.Text["people_places_organisations"])
{
    /// <summary>The most reported entities of each type the index lists.</summary>
    public const int ShownPerType = 50;

    /// <inheritdoc />
    /// <remarks>What the index shows of each entity (its views hold whole lists of articles, stories and
    /// companions, whose hashing cost more than the page: a second of a republish of 10,000 articles).</remarks>
    public override IReadOnlyList<object?> SiteDependencies() =>
        [Site.Entities.Values.Select(e => (e.Entity.Name, e.Entity.Type, e.Path, e.Articles.Count)).ToList()];
}

/// <summary>One page of all the site entities of one type, A to Z, <see cref="NamesPerPage"/> a page.</summary>
/// <param name="Site">The site model.</param>
/// <param name="Path">Site path of this page of the list.</param>
/// <param name="Type">The entities' type.</param>
/// <param name="Entities">The entities on this page, A to Z.</param>
/// <param name="Total">How many entities of the type the whole list holds.</param>
/// <param name="Pagination">Position in the list.</param>
/// <param name="Initials">Each first letter of the whole list with the address of its first name (page and anchor), A to Z.</param>
public sealed record EntityTypePage(SiteModel Site, string Path, EntityType Type, IReadOnlyList<EntityView> Entities, int Total, Pagination Pagination,
    IReadOnlyList<(string Initial, string Path)> Initials)
    : Page(Site, Path, Site.Text.Format("names_a_z", ("names", Site.Text[HeadingKey(Type)])))
{
    /// <summary>Names on a page of the list (one line each).</summary>
    public const int NamesPerPage = 200;

    /// <summary>The key of the type's heading in the site's texts ("people").</summary>
    public static string HeadingKey(EntityType type) => type switch
    {
        EntityType.Person => "people",
        EntityType.Place => "places",
        EntityType.Organisation => "organisations",
        _ => "other_names",
    };

    /// <summary>The key of the link to the type's whole list in the site's texts ("All {count} people").</summary>
    public static string AllKey(EntityType type) => "all_" + HeadingKey(type);

    /// <summary>Site path of the first page of the list of <paramref name="type"/> (<c>entities/all-people/</c>).</summary>
    public static string PathOf(EntityType type) => SiteUrls.Term(Taxonomy.Entities, EntityTypes.ListSlug(type));

    /// <summary>The anchor of the first name listed under <paramref name="initial"/> ("initial-A"; "initial-other" for "#").</summary>
    public static string AnchorOf(string initial) => initial == "#" ? "initial-other" : "initial-" + initial;

    /// <summary>
    /// The anchor of the entry at <paramref name="index"/> when it is the first name of its letter in the whole list
    /// (the first entry of a page may go on with the letter of the page before); null otherwise.
    /// </summary>
    public string? AnchorAt(int index)
    {
        var initial = NameOrder.InitialOf(Entities[index].Entity.Name);
        var anchor = AnchorOf(initial);
        var starts = index > 0
            ? initial != NameOrder.InitialOf(Entities[index - 1].Entity.Name)
            : Initials.Contains((initial, $"{Path}#{anchor}"));
        return starts ? anchor : null;
    }

    /// <inheritdoc />
    /// <remarks>What the list shows of each entity, not its view's lists of articles and stories.</remarks>
    public override object FingerprintContent() => new object?[]
    {
        Path, Title, Type, Total, Entities.Select(e => (e.Entity.Name, e.Path, e.Articles.Count)).ToList(), Pagination, Initials,
    };
}

/// <summary>One entity: its description, stories, reports and the entities it appears with.</summary>
public sealed record EntityPage(SiteModel Site, string Path, EntityView Entity, IReadOnlyList<ArticleView> Articles, Pagination Pagination)
    : Page(Site, Path, Entity.Entity.Name)
{
    /// <inheritdoc />
    public override string? FeedFolder => Entity.Path;

    /// <inheritdoc />
    public override string FeedTitle => Feeds.FeedChannel.TitleFor(Entity.Entity.Name, Site.Settings);

    /// <inheritdoc />
    public override object FingerprintContent() => new object?[]
    {
        Path, Title, Entity.Entity, Entity.Path, Entity.Articles.Count, Entity.Stories.Count,
        Entity.Stories.Take(EntityView.StoriesShown).ToList(), Entity.Companions, Articles, Pagination,
    };

    /// <inheritdoc />
    public override DateOnly? LastModified => Newest(Articles);
}

/// <summary>The archive: months with their article counts.</summary>
public sealed record ArchiveIndexPage(SiteModel Site)
    : Page(Site, SiteUrls.Archive, Site.Text["archive"])
{
    /// <inheritdoc />
    public override IReadOnlyList<object?> SiteDependencies() => [Site.Archive, Site.Undated];
}

/// <summary>One month of the archive (or the undated articles).</summary>
public sealed record ArchiveMonthPage(SiteModel Site, string Path, string Title, IReadOnlyList<ArticleView> Articles, Pagination Pagination)
    : Page(Site, Path, Title)
{
    /// <inheritdoc />
    public override DateOnly? LastModified => Newest(Articles);
}

/// <summary>A page a maintainer wrote beside the news (<c>input/pages/</c>): an about, contact or imprint page.</summary>
public sealed record StandalonePage(SiteModel Site, Content.SitePage Content)
    : Page(Site, Content.Path, Content.Title);

/// <summary>The search page; the search script fills in results.</summary>
public sealed record SearchPage(SiteModel Site)
    : Page(Site, SiteUrls.Search, Site.Text["search"]);

/// <summary>The page served for a missing URL.</summary>
public sealed record NotFoundPage(SiteModel Site)
    : Page(Site, "404.html", Site.Text["page_not_found"])
{
    /// <inheritdoc />
    public override bool InSitemap => false;
}

/// <summary>
/// A page at an earlier address of an article (its <c>aliases</c>) that sends the reader on to the article, as Hugo's
/// alias pages do: an immediate refresh, the canonical link for search engines, and a link for a reader whose browser
/// does not follow the refresh.
/// </summary>
/// <param name="Site">The site model.</param>
/// <param name="Path">The alias, a site path (<see cref="Content.AliasPaths"/>).</param>
/// <param name="Title">The article's headline.</param>
/// <param name="TargetPath">Site path of the article's page (its canonical report's, for a copy).</param>
public sealed record RedirectPage(SiteModel Site, string Path, string Title, string TargetPath)
    : Page(Site, Path, Title)
{
    /// <inheritdoc />
    public override string? FeedFolder => null;

    /// <inheritdoc />
    public override bool InSitemap => false;
}
