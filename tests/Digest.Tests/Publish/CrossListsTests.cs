using Digest.Entities;
using Digest.Ingest.Attribution;
using Digest.Publish;
using Digest.Tests.Support;

namespace Digest.Tests.Publish;

/// <summary>
/// The entity index and related reports kept in the build cache: read back only when what they are made of (each report's
/// slug, story, date, names and tags, each story's reports, the site entities) is as it was, and then as they are made.
/// </summary>
public sealed class CrossListsTests : IDisposable
{
    private readonly TempProject _project = new();

    public void Dispose() => _project.Dispose();

    private static Article Report(string slug, string story, int day, string[] entities, params string[] tags) => new()
    {
        Title = $"Report {slug}",
        Slug = slug,
        Story = story,
        Date = new DateOnly(2024, 5, day),
        Source = "Reuters",
        Body = $"Report {slug} names {string.Join(", ", entities)}.",
        Entities = entities,
        Tags = tags,
    };

    private static readonly Article[] Reports =
    [
        Report("a", "s1", 1, ["Raqqa", "Talal Silo", "Ryan Dillon"], "war"),
        Report("b", "s1", 5, ["Raqqa", "Talal Silo"], "war"),
        Report("c", "s2", 3, ["Raqqa", "Syria"], "war", "politics"),
        Report("d", "s3", 9, ["Syria", "Ryan Dillon"], "politics"),
        Report("e", "s4", 20, ["Raqqa", "Ryan Dillon", "Syria", "Syrian"]),
    ];

    private static Article[] With(string slug, Func<Article, Article> change) => [.. Reports.Select(a => a.Slug == slug ? change(a) : a)];

    // A publish's site model, with the build cache (then saved for the next) or without it.
    private SiteModel Build(IReadOnlyList<Article> articles, bool cached)
    {
        var catalog = EntityCatalog.Create(null, "", new List<Diagnostic>());
        if (!cached)
        {
            return SiteModel.Build(new SiteSettings(), articles, catalog, SourceCatalog.BuiltIn);
        }

        using var cache = PublishCache.Open(_project.Paths);
        var site = SiteModel.Build(new SiteSettings(), articles, catalog, SourceCatalog.BuiltIn, cache: cache);
        cache.Save();
        return site;
    }

    // What the entity pages and the related lists show, as lines to compare.
    private static List<string> Described(SiteModel site) =>
    [
        .. site.Entities.Values.Select(e => $"{e.Entity.Name} {e.Path}: {Slugs(e.Articles)} | {string.Join(",", e.Stories.Select(s => s.Id))} | "
            + $"{string.Join(",", e.Companions.Select(c => $"{c.Entity.Name} {c.Entity.Path} {c.Count}"))} | {e.Place?.Path}"),
        .. site.Articles.Select(a => $"{a.Article.Slug} related: {Slugs(site.RelatedTo(a))}"),
    ];

    private static string Slugs(IEnumerable<ArticleView> views) => string.Join(",", views.Select(v => v.Article.Slug));

    private static string KeyOf(SiteModel site) => CrossLists.Key([.. site.Entities.Values.Select(e => e.Entity)], site.Articles, site.Stories);

    [Fact]
    public void Each_publish_with_the_cache_gives_the_lists_a_publish_without_it_gives()
    {
        Article[][] publishes =
        [
            Reports,
            With("b", a => a with { Body = "Other words, no new name." }),
            With("d", a => a with { Entities = ["Syria", "Ryan Dillon", "Talal Silo"] }),
            With("d", a => a with { Entities = ["Syria", "Talal Silo"] }),
            With("e", a => a with { Tags = ["war"] }),
            With("c", a => a with { Tags = ["war", "economy"] }),
            With("c", a => a with { Date = new DateOnly(2024, 6, 30) }),
            With("b", a => a with { Story = "s2" }),
            // Marked canonical, the later report leads its story, which is then newer than another: the stories' order changes.
            With("b", a => a with { Canonical = true }),
            Reports,
        ];

        foreach (var articles in publishes)
        {
            Assert.Equal(Described(Build(articles, cached: false)), Described(Build(articles, cached: true)));
        }

        var raqqa = Build(Reports, cached: true).Entities["Raqqa"];
        // Three names share two reports each with Raqqa: the first by name leads.
        Assert.Equal(("e,b,c,a", "Ryan Dillon", 2), (Slugs(raqqa.Articles), raqqa.Companions[0].Entity.Name, raqqa.Companions[0].Count));
    }

    [Fact]
    public void The_key_follows_what_the_lists_are_made_of_and_not_the_text()
    {
        var key = KeyOf(Build(Reports, cached: false));

        Assert.Equal(key, KeyOf(Build(With("b", a => a with { Body = "Other words, no new name.", Title = "Another title" }), cached: false)));
        Assert.NotEqual(key, KeyOf(Build(With("d", a => a with { Entities = ["Syria", "Talal Silo"] }), cached: false)));
        Assert.NotEqual(key, KeyOf(Build(With("c", a => a with { Tags = ["war", "economy"] }), cached: false)));
        Assert.NotEqual(key, KeyOf(Build(With("c", a => a with { Date = new DateOnly(2024, 6, 30) }), cached: false)));
        Assert.NotEqual(key, KeyOf(Build(With("b", a => a with { Story = "s2" }), cached: false)));
        Assert.NotEqual(key, KeyOf(Build(With("b", a => a with { Canonical = true }), cached: false)));
    }
}
