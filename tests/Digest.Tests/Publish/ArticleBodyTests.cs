using Digest.Cache;
using Digest.Publish;
using Digest.Publish.Output;
using Digest.Tests.Support;

namespace Digest.Tests.Publish;

/// <summary>An article body kept in the build cache is read back when shown, made once, and fingerprinted by what it is made from.</summary>
public sealed class ArticleBodyTests : IDisposable
{
    private readonly TempProject _project = new();

    private string Cache => _project.Paths.Cache;

    public void Dispose() => _project.Dispose();

    private static (string, string, string) Made(string html) => (html, "An excerpt.", "harbour council met");

    [Fact]
    public void A_cached_body_is_read_from_the_store_and_made_only_once()
    {
        using var store = CacheStore.Open(Cache, "article-bodies", "v1");
        var made = 0;
        var (body, excerpt) = ArticleBody.Of("k1", store, () =>
        {
            made++;
            return Made("<p>The harbour council met.</p>");
        });
        var (again, _) = ArticleBody.Of("k1", store, () =>
        {
            made++;
            return Made("<p>never made</p>");
        });

        Assert.Equal(1, made);
        Assert.Equal("An excerpt.", excerpt);
        Assert.Equal("<p>The harbour council met.</p>", body.Html);
        Assert.Equal("<p>The harbour council met.</p>", again.Html);
        Assert.Equal("harbour council met", body.SearchWords);
    }

    [Fact]
    public void A_body_is_found_by_the_next_build()
    {
        using (var first = CacheStore.Open(Cache, "article-bodies", "v1"))
        {
            ArticleBody.Of("k1", first, () => Made("<p>Kept.</p>"));
            first.Save();
        }

        using var next = CacheStore.Open(Cache, "article-bodies", "v1");
        var (body, _) = ArticleBody.Of("k1", next, () => throw new InvalidOperationException("made again"));
        Assert.Equal("<p>Kept.</p>", body.Html);
    }

    [Fact]
    public void Without_the_cache_the_body_is_held()
    {
        var store = CacheStore.Disabled("article-bodies");
        var (body, _) = ArticleBody.Of("k1", store, () => Made("<p>Held.</p>"));
        Assert.Equal("<p>Held.</p>", body.Html);
        Assert.Equal("harbour council met", body.SearchWords);
    }

    [Fact]
    public void A_fingerprint_holds_the_body_as_its_key_whether_cached_or_held()
    {
        using var store = CacheStore.Open(Cache, "article-bodies", "v1");
        var hasher = new ModelHasher();
        var (cached, _) = ArticleBody.Of("k1", store, () => Made("<p>One.</p>"));
        var held = ArticleBody.Held("k1", "<p>One.</p>", "one");
        var other = ArticleBody.Held("k2", "<p>One.</p>", "one");

        Assert.Equal(hasher.Hash(cached), hasher.Hash(held));
        Assert.NotEqual(hasher.Hash(held), hasher.Hash(other));
    }
}
