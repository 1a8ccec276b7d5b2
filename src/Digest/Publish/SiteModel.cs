using Digest.Content;
using Digest.Entities;
using Digest.Ingest.Attribution;

namespace Digest.Publish;

/// <summary>Everything the site shows, derived once from the articles: views, stories, topics, taxonomies, entities, archive.</summary>
public sealed partial class SiteModel
{
    private readonly Dictionary<string, StoryView> _storyById;
    private readonly Dictionary<string, TopicView> _topicById;
    private readonly Dictionary<string, IReadOnlyList<ArticleView>> _related;
    private readonly SourceCatalog _sources;

    /// <summary>Site settings.</summary>
    public SiteSettings Settings { get; }

    /// <summary>The words of the site's own pages in its language (<see cref="SiteSettings.Text"/>).</summary>
    public SiteText Text { get; }

    /// <summary>
    /// The language of <paramref name="article"/> where it is not the site's (a French report in an English digest),
    /// for its <c>lang</c> attribute, so a screen reader reads it in its own voice (WCAG's language of parts); null when
    /// it is the site's language (regional forms aside: "pt" on a "pt-BR" site) or was not determined.
    /// </summary>
    public string? LanguageApart(ArticleView article)
    {
        ArgumentNullException.ThrowIfNull(article);
        // Asked for every entry of every list: compared in place, nothing allocated.
        var language = article.Article.Language;
        return string.IsNullOrEmpty(language) || language == Ingest.Attribution.LanguageDetector.Undetermined
            || BaseLanguage(language).Equals(BaseLanguage(Settings.Language), StringComparison.OrdinalIgnoreCase) ? null : language;

        static ReadOnlySpan<char> BaseLanguage(string tag) => tag.IndexOf('-', StringComparison.Ordinal) is var dash and >= 0 ? tag.AsSpan(0, dash) : tag;
    }

    /// <summary>
    /// "en" for a description Digest's own gazetteer gives a known entity (written in English) on a site in another language,
    /// for its <c>lang</c> attribute; null for a curated one (written for the site) or on an English site.
    /// </summary>
    public string? DescriptionLanguageApart(Digest.Entities.Entity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return entity.Origin == Digest.Entities.EntityOrigin.Gazetteer
            && !Digest.Text.LanguageTags.BaseOf(Settings.Language).Equals("en", StringComparison.OrdinalIgnoreCase) ? "en" : null;
    }

    /// <summary>URL builder for the site.</summary>
    public SiteUrls Urls { get; }

    /// <summary>Every article that gets a page (copies are shown on their canonical report), newest first.</summary>
    public IReadOnlyList<ArticleView> Articles { get; }

    /// <summary>The pages a maintainer wrote beside the news (<c>input/pages/</c>), in the footer's order.</summary>
    public IReadOnlyList<Content.SitePage> SitePages
    {
        get => _sitePages;
        private init => (_sitePages, FooterPages) = (value, [.. value.Where(p => p.InFooter)]);
    }

    private readonly IReadOnlyList<Content.SitePage> _sitePages = [];

    /// <summary>The pages of <see cref="SitePages"/> every page's footer links (<see cref="Content.SitePage.InFooter"/>), in order.</summary>
    public IReadOnlyList<Content.SitePage> FooterPages { get; private init; } = [];

    /// <summary>
    /// The key of the entity index and related reports in the build cache (<see cref="CrossLists"/>): the same key, the
    /// same lists, over the same reports and stories in the same order. Null when the cache is off.
    /// </summary>
    internal string? CrossListsKey { get; private init; }

    /// <summary>
    /// What each entity view and report view has of the entity index and related reports, as a hash of its lists of
    /// indexes (<see cref="CrossLists"/>): an entity's reports, stories and companions, a report's related reports. Over
    /// the same reports, stories and entities in the same places, the same hash is the same lists
    /// (<see cref="CarriedFingerprints"/> compares them page by page). Empty when the cache is off.
    /// </summary>
    internal IReadOnlyDictionary<object, UInt128> CrossListHashes { get; private init; } = new Dictionary<object, UInt128>();

    /// <summary>Stories, newest first.</summary>
    public IReadOnlyList<StoryView> Stories { get; }

    /// <summary>
    /// The top stories: those with a report or copy a maintainer marked <c>featured</c>, newest first, as many as a page
    /// of a list holds (<see cref="SiteSettings.PageSize"/>).
    /// </summary>
    public IReadOnlyList<StoryView> Featured => _featured ??= Stories
        .Where(s => s.Reports.Concat(s.Copies).Any(a => a.Article.Featured))
        .Take(Settings.PageSize)
        .ToList();

    private List<StoryView>? _featured;

    /// <summary>Topics, most recently active first.</summary>
    public IReadOnlyList<TopicView> Topics { get; }

    /// <summary>Tags, sources and entities.</summary>
    public IReadOnlyList<Taxonomy> Taxonomies { get; }

    /// <summary>Site entities by canonical name, with what their pages show.</summary>
    public IReadOnlyDictionary<string, EntityView> Entities { get; }

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

    /// <summary>The topic a story lies in, if it has one.</summary>
    public TopicView? TopicOf(StoryView story)
    {
        ArgumentNullException.ThrowIfNull(story);
        return story.TopicId is { } id ? _topicById.GetValueOrDefault(id) : null;
    }

    /// <summary>Other reports related to an article by shared entities, tags and date (not its own story's).</summary>
    public IReadOnlyList<ArticleView> RelatedTo(ArticleView article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return _related.GetValueOrDefault(article.Article.Slug) ?? [];
    }

    /// <summary>The taxonomy of a name ("tags", "sources", "entities").</summary>
    public Taxonomy Taxonomy(string name) => Taxonomies.First(t => t.Name == name);

    /// <summary>The home page of a source, when the source catalog knows it.</summary>
    public string? SourceHomeUrl(string source) => _sources.HomeUrlOf(source);

    /// <summary>The entity view of a term of the entity taxonomy.</summary>
    public EntityView? EntityOf(Term term)
    {
        ArgumentNullException.ThrowIfNull(term);
        return Entities.GetValueOrDefault(term.Name);
    }

    /// <summary>The term link of a tag.</summary>
    public static TermLink TagLink(string tag) => new(tag, SiteUrls.Term(Publish.Taxonomy.Tags, TermSlug(tag)));

    /// <summary>The term link of a source; the unknown source is named <paramref name="unknownName"/> (in the site's language, "Source unknown").</summary>
    public static TermLink SourceLink(string source, string unknownName) =>
        new(Sources.IsUnknown(source) ? unknownName : source, SiteUrls.Term(Publish.Taxonomy.Sources, TermSlug(source)));

    private static string TermSlug(string name) => Slugs.From(name) is { Length: > 0 } slug ? slug : "term-" + ArticleFile.ContentHash(name)[..8];
}
