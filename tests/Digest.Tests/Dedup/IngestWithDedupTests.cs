using Digest.Content;
using Digest.Ingest;

namespace Digest.Tests.Dedup;

public sealed class IngestWithDedupTests : IDisposable
{
    private static readonly string[] Flood = ["Valencia", "Turia", "Mazón", "Generalitat", "flood", "flooding", "rainfall", "dana", "evacuated", "torrent"];
    private static readonly string[] Election = ["Norway", "Støre", "Storting", "Labour", "ballot", "election", "coalition", "voters", "Solberg", "seats"];

    private readonly ProjectPaths _paths = ProjectPaths.Resolve(Path.Combine(Path.GetTempPath(), "digest-dedup-" + Guid.NewGuid().ToString("N")[..8]));

    public IngestWithDedupTests()
    {
        Directory.CreateDirectory(_paths.Seeds);
        Seed("001.txt", "Floods hit Valencia", DedupFixtures.Report(Flood, 1));
        Seed("002.txt", "Valencia death toll rises", DedupFixtures.Report(Flood, 2));
        Seed("003.txt", "Norway votes", DedupFixtures.Report(Election, 3));
        Seed("004.txt", "Floods hit Valencia", DedupFixtures.Report(Flood, 1));
    }

    public void Dispose() => Directory.Delete(_paths.Root, recursive: true);

    private void Seed(string name, string title, string body) => File.WriteAllText(Path.Combine(_paths.Seeds, name), title + "\n\n" + body + "\n");

    private Dictionary<string, Article> Stored() =>
        ArticleStore.Load(_paths, new List<Diagnostic>()).Articles.ToDictionary(a => a.Seed!);

    [Fact]
    public void Ingest_writes_duplicate_of_story_and_topic()
    {
        Ingester.Run(_paths);
        var articles = Stored();
        Assert.Equal(articles["001.txt"].Slug, articles["004.txt"].DuplicateOf);
        Assert.Equal(articles["001.txt"].Story, articles["002.txt"].Story);
        Assert.NotEqual(articles["001.txt"].Story, articles["003.txt"].Story);
        Assert.All(articles.Values, a => Assert.False(string.IsNullOrEmpty(a.Topic)));
    }

    [Fact]
    public void A_hand_edited_article_is_clustered_but_not_rewritten()
    {
        Ingester.Run(_paths);
        var edited = Path.Combine(_paths.Articles, Stored()["002.txt"].Slug + ArticleFile.Extension);
        var text = File.ReadAllText(edited).Replace("story: ", "story: kept-by-hand-", StringComparison.Ordinal);
        File.WriteAllText(edited, text);

        var result = Ingester.Run(_paths);
        Assert.Equal(text, File.ReadAllText(edited));
        Assert.Equal(1, result.KeptByHand);
        Assert.Equal(3, result.Articles.Count);

        // Rerunning is stable: the same ids as the first run.
        var again = Ingester.Run(_paths);
        Assert.Equal(0, again.Written);
    }
}
