using Digest;
using Digest.Cache;
using Digest.Entities;
using Digest.Entities.Normalisation;

namespace Digest.Tests.Entities;

/// <summary>
/// Each article's local names, and folding's outcome over all of them, are kept in the build cache. Whatever was kept, a
/// build's names must be those of folding afresh.
/// </summary>
public sealed class CorpusFoldingCacheTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "digest-corpus-folding-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly EntityCatalog _catalog = EntityCatalog.Create(null, "none", []);

    private static List<Article> Reports(params string[] bodies) =>
        [.. bodies.Select((body, i) => new Article { Title = "Fighting near the city", Slug = ((char)('a' + i)).ToString(), Story = "s", Body = body })];

    private static readonly string[] Bodies =
    [
        "Troops reached Deir Ezzor on Monday, officials in Damascus said.",
        "Troops reached Deir Ezzor on Tuesday, officials in Damascus said.",
        "Troops reached Dier Ezzor on Tuesday. Officials in Damascus said Dier Ezzor was calm.",
        "Troops reached Dier Ezzor on Monday, officials in Damascus said.",
    ];

    // Builds one after another on one cache folder, each saved as a build saves it.
    private List<List<string>> Build(List<Article> articles)
    {
        using var store = CacheStore.Open(_folder, "recognition", "v1");
        var names = EntityResolver.Resolve(articles, _catalog, store);
        store.Save();
        return names;
    }

    private List<List<string>> Fresh(List<Article> articles) => EntityResolver.Resolve(articles, _catalog);

    [Fact]
    public void Names_after_edits_are_those_of_folding_afresh()
    {
        var articles = Reports(Bodies);
        Assert.Equal(Fresh(articles), Build(articles));
        Assert.Equal(Fresh(articles), Build(articles));

        // An edit that names what the text named before; then one that only mentions a name more often, which moves the
        // name its group takes (as many articles write each spelling: the one mentioned more wins); then one that names
        // something new.
        articles[0] = articles[0] with { Body = Bodies[0] + " A correction: an earlier version gave the wrong day." };
        var edited = Build(articles);
        Assert.Equal(Fresh(articles), edited);
        Assert.Contains("Dier Ezzor", edited[0]);
        articles[1] = articles[1] with { Body = "Troops reached Deir Ezzor on Tuesday, officials in Damascus said. Deir Ezzor was quiet, and so was the road to Deir Ezzor." };
        var moved = Build(articles);
        Assert.Equal(Fresh(articles), moved);
        Assert.Contains("Deir Ezzor", moved[3]);
        articles[2] = articles[2] with { Body = Bodies[2] + " Lina Haddad, a resident, said the bridge was closed." };
        var named = Build(articles);
        Assert.Equal(Fresh(articles), named);
        Assert.Contains("Lina Haddad", named[2]);
    }

    [Fact]
    public void An_edit_that_names_nothing_new_reuses_the_folding_outcome()
    {
        var articles = Reports(Bodies);
        var before = Build(articles);
        articles[0] = articles[0] with { Body = Bodies[0] + " A correction: an earlier version gave the wrong day." };
        var local = articles.Select(a => EntityResolver.LocalNames(a, _catalog)).ToArray();
        using (var store = CacheStore.Open(_folder, "recognition", "v1"))
        {
            Assert.True(store.TryGet(LocalNameCoding.FoldingKey(local), out _));
        }

        Assert.Equal(before, Build(articles));
    }

    [Fact]
    public void A_damaged_folding_outcome_is_folded_again()
    {
        var articles = Reports(Bodies);
        var local = articles.Select(a => EntityResolver.LocalNames(a, _catalog)).ToArray();
        using (var store = CacheStore.Open(_folder, "recognition", "v1"))
        {
            store.Set(LocalNameCoding.FoldingKey(local), BinaryCoding.Write(w => { w.Write(0); w.Write(99); w.Write("Nowhere"); w.Write(-1); }));
            store.Save();
        }

        Assert.Equal(Fresh(articles), Build(articles));
        using (var store = CacheStore.Open(_folder, "recognition", "v1"))
        {
            store.Set(LocalNameCoding.FoldingKey(local), BinaryCoding.Write(w => w.Write(0)));
            store.Save();
        }

        Assert.Equal(Fresh(articles), Build(articles));
    }

    [Fact]
    public void An_unchanged_articles_mentions_stay_kept_while_only_its_local_names_are_read()
    {
        var articles = Reports(Bodies);
        for (var build = 0; build < CacheStore.KeptUnusedSaves + 2; build++)
        {
            Build(articles);
        }

        using var store = CacheStore.Open(_folder, "recognition", "v1");
        var key = EntityResolver.MentionsKey(articles[0], _catalog);
        Assert.True(store.Touch(key));
        Assert.True(store.Touch("folded " + key));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
