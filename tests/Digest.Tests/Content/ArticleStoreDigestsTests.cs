using Digest.Cache;
using Digest.Content;
using Digest.Tests.Support;

namespace Digest.Tests.Content;

/// <summary>Ingest's reading of <c>input/articles/</c> with the hashes the stamp taken as the build started knows.</summary>
public sealed class ArticleStoreDigestsTests
{
    private static Article Harbour(string title) => new() { Title = title, Slug = "harbour", Story = "harbour", Seed = "harbour.txt", Body = "The council approved the ferry line.\n" };

    // The file at its size and an hour-old time, known to a FileDigests as read so.
    private static FileDigests Known(string path)
    {
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddHours(-1));
        var digests = new FileDigests();
        var info = new FileInfo(path);
        digests.Read(path, File.ReadAllBytes(path), info.Length, info.LastWriteTimeUtc);
        return digests;
    }

    // Same size, same time, other bytes: only a file that is not read again still gives the first title.
    private static void ChangeKeepingSizeAndTime(string path, string from, string to)
    {
        var time = File.GetLastWriteTimeUtc(path);
        File.WriteAllText(path, File.ReadAllText(path).Replace(from, to, StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(path, time);
    }

    [Fact]
    public void A_file_as_ingest_wrote_it_and_known_by_size_and_time_is_taken_from_the_cache_unread()
    {
        using var project = new TempProject().WithInputFile("articles/harbour.md", ArticleFile.Write(Harbour("Ferry Line Approved"), stampIngestHash: true));
        var path = Path.Combine(project.Paths.Articles, "harbour.md");
        using (var cache = CacheStore.Open(project.Paths.Cache, "articles", "v1"))
        {
            var first = ArticleStore.Load(project.Paths, new List<Diagnostic>(), cache);
            Assert.False(first.IsMaintainedByHand("harbour.txt"));
            cache.Save();
        }

        var digests = Known(path);
        ChangeKeepingSizeAndTime(path, "Approved", "Rejected");
        using var again = CacheStore.Open(project.Paths.Cache, "articles", "v1");
        var held = new ArticleFiles();
        var taken = ArticleStore.Load(project.Paths, new List<Diagnostic>(), again, held: held, digests: digests);

        Assert.Equal("Ferry Line Approved", taken.Articles.Single().Title);
        Assert.False(taken.IsMaintainedByHand("harbour.txt"));
        Assert.Equal(1, held.Count);
    }

    [Fact]
    public void A_file_ingest_wrote_is_read_by_its_ids_alone_and_held_as_the_article_ingest_makes_again()
    {
        var article = Harbour("Ferry Line Approved") with { Topic = "ferries" };
        using var project = new TempProject().WithInputFile("articles/harbour.md", ArticleFile.Write(article, stampIngestHash: true));
        var path = Path.Combine(project.Paths.Articles, "harbour.md");
        var digests = Known(path);
        // The first two builds parse the file, then decode it and keep its ids.
        for (var build = 0; build < 2; build++)
        {
            using var cache = CacheStore.Open(project.Paths.Cache, "articles", "v1");
            var read = new ArticleFiles();
            ArticleStore.Load(project.Paths, new List<Diagnostic>(), cache, held: read, digests: digests);
            Assert.Equal(1, read.Count);
            cache.Save();
        }

        using var parsed = CacheStore.Open(project.Paths.Cache, "articles", "v1");
        var held = new ArticleFiles();
        var store = ArticleStore.Load(project.Paths, new List<Diagnostic>(), parsed, held: held, digests: digests);

        Assert.Equal(0, held.Count);
        Assert.Equal("harbour", store.SlugOfSeed("harbour.txt"));
        Assert.False(store.IsMaintainedByHand("harbour.txt"));
        Assert.Equal("ferries", store.PreviousIds().Single().Topic);
        Assert.Empty(store.ArticlesOtherThan(new HashSet<string> { "harbour" }, new HashSet<string>()));

        // Made again from its seed, the article gives the file's bytes: nothing is written, and it is held for publish.
        var madeAgain = article with { };
        Assert.Equal(0, store.WriteIngested([madeAgain], parsed: parsed, digests: digests, held: held));
        Assert.True(held.TryGet(path, new FileInfo(path).Length, File.GetLastWriteTimeUtc(path), out var forPublish, out _));
        Assert.Same(madeAgain, forPublish);
        Assert.Equal(ArticleCoding.Write(article), ArticleCoding.Write(Assert.Single(store.Articles)));
    }

    [Fact]
    public void A_file_edited_by_hand_is_read_however_well_it_is_known()
    {
        using var project = new TempProject().WithInputFile("articles/harbour.md", ArticleFile.Write(Harbour("Ferry Line Approved"), stampIngestHash: true));
        var path = Path.Combine(project.Paths.Articles, "harbour.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("ferry line.", "ferry line!", StringComparison.Ordinal));
        using (var cache = CacheStore.Open(project.Paths.Cache, "articles", "v1"))
        {
            Assert.True(ArticleStore.Load(project.Paths, new List<Diagnostic>(), cache).IsMaintainedByHand("harbour.txt"));
            cache.Save();
        }

        var digests = Known(path);
        ChangeKeepingSizeAndTime(path, "Approved", "Rejected");
        using var again = CacheStore.Open(project.Paths.Cache, "articles", "v1");
        var read = ArticleStore.Load(project.Paths, new List<Diagnostic>(), again, digests: digests);

        Assert.Equal("Ferry Line Rejected", read.Articles.Single().Title);
        Assert.True(read.IsMaintainedByHand("harbour.txt"));
    }
}
