using Digest;
using Digest.Cache;
using Digest.Entities;

namespace Digest.Tests.Entities;

/// <summary>
/// What publish counts of the articles' names (reports per entity, spellings, observed names and their types) is kept in
/// the build cache; whatever was kept, a build's catalog must be the one counted afresh.
/// </summary>
public sealed class ArticleCountsCacheTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "digest-article-counts-" + Guid.NewGuid().ToString("N")[..8]);

    private static Article Article(string slug, string body, params string[] entities) =>
        new() { Title = "Report " + slug, Slug = slug, Story = slug, Body = body, Entities = entities };

    private static EntityCatalog Catalog() => EntityCatalog.Create(
        """
        Ryan Dillon:
          type: person
          description: Coalition spokesman.
        """, "input/entities.yml", []);

    private static Article[] Articles() =>
    [
        Article("a", "Col. Ryan Dillon met Talal Silo in Raqqa. Dillon said so.", "Ryan Dillon", "Talal Silo", "Raqqa"),
        Article("b", "Talal Silo spoke in Raqqa.", "Talal Silo", "Raqqa"),
        Article("c", "Fighting in Raqa and Syria, where Talal Silo was seen.", "Raqqa", "Syria", "Talal Silo"),
    ];

    // Builds one after another on one cache folder, each saved as a build saves it.
    private List<string> Build(Article[] articles)
    {
        using var mentions = CacheStore.Open(_folder, "mentions", "v1");
        using var surfaces = CacheStore.Open(_folder, "surfaces", "v1");
        var described = Describe(Catalog().WithArticles(articles, mentions, surfaces));
        mentions.Save();
        surfaces.Save();
        return described;
    }

    // Every entity that counts, with its type, count and spellings, and the candidates with their spellings' counts.
    private static List<string> Describe(EntityCatalog catalog) =>
    [
        .. catalog.SiteEntities().Select(e => $"{e.Name}|{e.Type}|{e.Origin}|{e.ArticleCount}|{string.Join(';', e.Spellings)}"),
        .. catalog.Candidates().Select(c => $"candidate {c.Name}|{c.Type}|{c.ArticleCount}|{string.Join(';', c.Spellings.Select(s => $"{s.Spelling}×{s.Articles}"))}"),
    ];

    [Fact]
    public void Counts_after_edits_are_those_counted_afresh()
    {
        var articles = Articles();
        var fresh = Describe(Catalog().WithArticles(articles));
        Assert.Equal(fresh, Build(articles));
        Assert.Equal(fresh, Build(articles));
        Assert.Contains(fresh, d => d.StartsWith("Talal Silo|Person|Observed|3|", StringComparison.Ordinal));

        // A text edit; a report that becomes a copy (it no longer counts); a new spelling of a name.
        articles[0] = articles[0] with { Body = articles[0].Body + " A correction followed." };
        Assert.Equal(Describe(Catalog().WithArticles(articles)), Build(articles));
        articles[1] = articles[1] with { DuplicateOf = "a" };
        var copied = Build(articles);
        Assert.Equal(Describe(Catalog().WithArticles(articles)), copied);
        Assert.Contains(copied, d => d.StartsWith("Talal Silo|Person|Observed|2|", StringComparison.Ordinal));
        articles[2] = articles[2] with { Body = "Fighting in Raqqa and Syria, where Talal Silo was seen." };
        Assert.Equal(Describe(Catalog().WithArticles(articles)), Build(articles));
    }

    [Fact]
    public void Damaged_counts_are_counted_again()
    {
        var articles = Articles();
        var fresh = Describe(Catalog().WithArticles(articles));
        Build(articles);
        using (var surfaces = CacheStore.Open(_folder, "surfaces", "v1"))
        {
            var catalog = Catalog();
            var keys = articles.Select(a => CacheStore.Key("surfaces", catalog.KnownVersion, a.Title, a.Body, string.Join('\n', a.Entities))).ToArray();
            var key = ArticleCountsCoding.Key(keys, articles, catalog.KnownVersion);
            Assert.True(surfaces.TryGet(key, out var kept));
            // Cut short.
            surfaces.Set(key, kept[..(kept.Length / 2)]);
            surfaces.Save();
        }

        Assert.Equal(fresh, Build(articles));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
