using Digest.Cache;
using Digest.Entities;

namespace Digest.Tests.Entities;

/// <summary>
/// The tally of the articles' entities kept in the build cache: read back only when what it reads (each article's
/// names, whether it is a copy, its surfaces) is as it was, and then the catalog a build without the cache makes.
/// </summary>
public sealed class EntityTallyCacheTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "digest-tally-" + Guid.NewGuid().ToString("N")[..8]);

    private static Article Article(string slug, string body, params string[] entities) =>
        new() { Title = "Report " + slug, Slug = slug, Story = slug, Body = body, Entities = entities };

    private static EntityCatalog Catalog() =>
        EntityCatalog.Create("Ryan Dillon:\n  type: person\n  description: Coalition spokesman.\n", "input/entities.yml", []);

    private static readonly Article[] Articles =
    [
        Article("a", "Col. Ryan Dillon met Talal Silo in Raqqa. Dillon said so.", "Ryan Dillon", "Talal Silo", "Raqqa"),
        Article("b", "Talal Silo spoke in Raqqa.", "Talal Silo", "Raqqa"),
        Article("c", "Fighting in Raqa and Syria.", "Raqqa", "Syria"),
    ];

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    // A publish's use of the catalog: the stores opened, the articles tallied, what the caller reads of the catalog taken
    // while the stores are open, and the stores saved for the next one.
    private T Cached<T>(IReadOnlyList<Article> articles, Func<EntityCatalog, T> read)
    {
        using var mentions = CacheStore.Open(_folder, "entity-recognition", "v1");
        using var surfaces = CacheStore.Open(_folder, "entity-surfaces", "v1");
        var result = read(Catalog().WithArticles(articles, mentions, surfaces));
        mentions.Save();
        surfaces.Save();
        return result;
    }

    // Everything the catalog says of the articles' entities, as lines to compare.
    private static List<string> Described(EntityCatalog catalog) =>
    [
        .. catalog.Entities.Select(e => $"{e.Name}|{e.Type}|{e.Origin}|{e.Slug}|{e.ArticleCount}|{string.Join(",", e.Spellings)}"),
        .. catalog.Candidates().Select(c => $"candidate {c.Name}|{c.Type}|{c.ArticleCount}|{string.Join(",", c.Spellings)}"),
        .. catalog.SiteEntities().Select(e => $"site {e.Name}"),
    ];

    private static Article[] With(int index, Func<Article, Article> change) =>
        [.. Articles.Select((a, i) => i == index ? change(a) : a)];

    [Fact]
    public void Each_build_with_the_cache_gives_the_catalog_a_build_without_it_gives()
    {
        Article[][] builds =
        [
            Articles,
            // Text that names nothing more: the tally is read back.
            With(1, a => a with { Body = a.Body + " The talks went on." }),
            // A new name, a copy, a new spelling of a name: each must be tallied afresh.
            With(1, a => a with { Body = "Talal Silo and Ryan Dillon spoke in Raqqa.", Entities = ["Talal Silo", "Ryan Dillon", "Raqqa"] }),
            With(2, a => a with { DuplicateOf = "b" }),
            With(1, a => a with { Body = "Talal Silo spoke in Raqa." }),
            Articles,
        ];

        foreach (var articles in builds)
        {
            Assert.Equal(Described(Catalog().WithArticles(articles)), Cached(articles, Described));
        }

        Assert.Contains("Raqqa|Place|Observed|raqqa|3|Raqqa,Raqa", Cached(Articles, Described));
    }

    [Fact]
    public void Surface_forms_after_a_tally_read_back_are_those_recognised()
    {
        Cached(Articles, Described);
        var edited = With(1, a => a with { Body = a.Body + " The talks went on." });

        var fresh = Catalog().WithArticles(edited);
        var cached = Cached(edited, catalog => edited.Select(catalog.SurfaceForms).ToList());

        Assert.Equal(edited.Select(a => Forms(fresh.SurfaceForms(a))), cached.Select(Forms));
        Assert.Equal("Ryan Dillon: Ryan Dillon, Dillon; Talal Silo: Talal Silo; Raqqa: Raqqa", Forms(cached[0]));
    }

    private static string Forms(IReadOnlyList<EntitySurfaces> forms) => string.Join("; ", forms.Select(f => $"{f.Name}: {string.Join(", ", f.Surfaces)}"));

    [Fact]
    public void The_tally_key_reads_names_copies_and_surfaces_but_not_the_text()
    {
        var catalog = Catalog();
        UInt128 Surfaces(params (string Name, EntityType Type, string[] Forms)[] found) =>
            System.IO.Hashing.XxHash128.HashToUInt128(SurfaceCoding.Write([.. found.Select(f => (f.Name, f.Type, f.Forms.ToList()))], []));
        UInt128[] surfaces =
        [
            Surfaces(("Ryan Dillon", EntityType.Person, ["Ryan Dillon", "Dillon"]), ("Raqqa", EntityType.Place, ["Raqqa"])),
            Surfaces(("Raqqa", EntityType.Place, ["Raqqa"])),
            Surfaces(("Raqqa", EntityType.Place, ["Raqa"])),
        ];
        var key = catalog.TallyKey(Articles, surfaces);

        Assert.Equal(key, catalog.TallyKey(With(0, a => a with { Body = "Other words.", Title = "Another title" }), surfaces));
        Assert.NotEqual(key, catalog.TallyKey(With(1, a => a with { Entities = ["Talal Silo", "Raqqa", "Syria"] }), surfaces));
        Assert.NotEqual(key, catalog.TallyKey(With(2, a => a with { DuplicateOf = "b" }), surfaces));
        Assert.NotEqual(key, catalog.TallyKey(Articles, [surfaces[0], surfaces[1], Surfaces(("Raqqa", EntityType.Place, ["Raqqa"]))]));
        Assert.NotEqual(key, catalog.TallyKey([Articles[1], Articles[0], Articles[2]], [surfaces[1], surfaces[0], surfaces[2]]));
        Assert.NotEqual(key, Catalog2().TallyKey(Articles, surfaces));
    }

    // A catalog whose curated records differ: recognition, so every tally, depends on them.
    private static EntityCatalog Catalog2() =>
        EntityCatalog.Create("Talal Silo:\n  type: person\n", "input/entities.yml", []);
}
