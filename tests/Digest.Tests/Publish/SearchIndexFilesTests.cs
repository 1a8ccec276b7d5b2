using System.Text.Json;
using Digest.Publish;

namespace Digest.Tests.Publish;

/// <summary>The search index in files a query loads only some of: a manifest, chunks of entries, shards of words.</summary>
public sealed class SearchIndexFilesTests
{
    private static Dictionary<string, JsonElement> Files(int articles)
    {
        var site = SiteModel.Build(new SiteSettings(), Enumerable.Range(0, articles).Select(i => new Article
        {
            Title = i == 0 ? "Ferry line approved" : $"Report {i}",
            Slug = $"report-{i}",
            Story = $"report-{i}",
            Source = "Example News",
            Date = new DateOnly(2024, 1, 1).AddDays(i),
            Body = i == 0 ? "The harbour council approved a ferry line. Élan vital.\n" : "Engineers closed the old bridge for repairs.\n",
        }));
        var files = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var count = SearchIndexWriter.Write(site, (path, bytes) => files.Add(path, JsonDocument.Parse(bytes).RootElement.Clone()));
        Assert.Equal(files.Count, count);
        return files;
    }

    [Fact]
    public void The_manifest_names_every_shard_and_the_chunks_hold_every_entry_oldest_first()
    {
        var files = Files(SearchIndexWriter.ChunkSize + 3);

        var manifest = files[SiteUrls.SearchIndex];
        Assert.Equal(SearchIndexWriter.ChunkSize + 3, manifest.GetProperty("docs").GetInt32());
        Assert.Equal(SearchIndexWriter.ChunkSize, manifest.GetProperty("chunk").GetInt32());
        var shards = manifest.GetProperty("shards").EnumerateArray().Select(s => s.GetString()!).ToList();
        Assert.Equal(shards.Order(StringComparer.Ordinal), shards);
        Assert.Equal(shards.Select(SiteUrls.SearchWords).Order(StringComparer.Ordinal), files.Keys.Where(k => k.StartsWith("search/words/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.Equal(SearchIndexWriter.ChunkSize, files[SiteUrls.SearchDocs(0)].GetArrayLength());
        Assert.Equal(3, files[SiteUrls.SearchDocs(1)].GetArrayLength());
        Assert.Equal("Ferry line approved", files[SiteUrls.SearchDocs(0)][0][0].GetString()); // the oldest
        Assert.Equal($"Report {SearchIndexWriter.ChunkSize + 2}", files[SiteUrls.SearchDocs(1)][2][0].GetString()); // the newest, numbered last
    }

    [Fact]
    public void A_word_lists_the_articles_holding_it_with_zero_for_a_title_word_and_later_places_for_later_words()
    {
        var files = Files(3);
        var ferry = 0; // the oldest, numbered first (last in site order)

        int[] Postings(string word) => [.. files[SiteUrls.SearchWords(SearchIndexWriter.ShardOf(word))].GetProperty(word).EnumerateArray().Select(e => e.GetInt32())];

        Assert.Equal([ferry, 0], Postings("ferry"));
        Assert.Equal([ferry, 1], Postings("harbour"));
        Assert.Equal([1, 1, 2, 1], Postings("engineers")); // the two newest, numbered 2 (newest) and 1
        Assert.Equal([1, 0, 2, 0], Postings("report"));
        Assert.Equal([ferry, 2], Postings("élan")); // past the first 50 characters of its words
        Assert.True(files.ContainsKey("search/words/_00e9l.json"));
    }

    [Theory]
    [InlineData("syria", "sy")]
    [InlineData("s", "s")]
    [InlineData("2017", "20")]
    [InlineData("élan", "_00e9l")]
    [InlineData("北京", "_5317_4eac")]
    public void Shard_names_are_the_first_two_characters_letters_of_other_alphabets_in_hex(string word, string shard) =>
        Assert.Equal(shard, SearchIndexWriter.ShardOf(word));

    [Fact]
    public void The_word_table_keeps_every_word_apart_and_its_articles_in_order_as_it_grows()
    {
        // 5,000 words over 300 articles: the table doubles several times from its smallest size.
        var postings = new SearchPostings();
        var expected = new Dictionary<string, List<(int Article, int Place)>>(StringComparer.Ordinal);
        for (var article = 0; article < 300; article++)
        {
            for (var w = article % 7; w < 5000; w += 1 + (article % 13))
            {
                var word = $"w{w}";
                var place = (article + w) % 256;
                postings.Add(word, article, place);
                (expected.TryGetValue(word, out var list) ? list : expected[word] = []).Add((article, place));
            }
        }

        var shards = SearchPostings.Shards([postings]);

        var found = shards.Values.SelectMany(s => s).ToDictionary(w => w.Word, w => w.Postings.Select(p => (SearchPostings.ArticleOf(p), SearchPostings.PlaceOf(p))).ToList());
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), found.Keys.Order(StringComparer.Ordinal));
        foreach (var (word, list) in expected)
        {
            Assert.Equal(list, found[word]);
        }

        Assert.All(shards, shard => Assert.All(shard.Value, w => Assert.Equal(shard.Key, SearchIndexWriter.ShardOf(w.Word))));
    }
}
