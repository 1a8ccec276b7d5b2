using Digest.Cache;
using Digest.Publish;
using Digest.Publish.Output;
using Digest.Tests.Support;

namespace Digest.Tests.Publish;

/// <summary>
/// The search index after a few articles changed: only the chunks and word shards they are in are made again from what
/// the cache kept of the previous index; every file is the same bytes as an index made afresh.
/// </summary>
public sealed class SearchIndexChangesTests
{
    private const int Articles = 40; // two chunks

    private static Article Report(int i, string? body = null, string? title = null) => new()
    {
        Title = title ?? $"Report {i} on the harbour",
        Slug = $"report-{i}",
        Story = $"report-{i}",
        Source = "Example News",
        Date = new DateOnly(2024, 1, 1).AddDays(i),
        Body = body ?? $"Engineers closed the old bridge {i} for repairs. The council met on day {i}.\n",
    };

    private static SiteModel Site(params IEnumerable<Article> articles) => SiteModel.Build(new SiteSettings(), articles);

    private static List<Article> Reports() => [.. Enumerable.Range(0, Articles).Select(i => Report(i))];

    // Every file of an index made afresh (no cache), as "path: bytes" lines in path order.
    private static string Fresh(SiteModel site)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        SearchIndexWriter.Write(site, (path, bytes) => files[path] = System.Text.Encoding.UTF8.GetString(bytes.Span));
        return string.Join('\n', files.Select(f => f.Key + ": " + f.Value));
    }

    // One publish of the index into the folder, with the project's cache of rows opened and saved as a build does; the files written.
    private static int Publish(TempProject project, MemoryOutput output, SiteModel site, int expectedFiles = -1)
    {
        using var rows = CacheStore.Open(project.Paths.Cache, "search-rows", "test");
        var files = SearchIndexWriter.Write(site, output, rows);
        rows.Save();
        var written = output.Commit();
        Assert.Equal(output.Count, files);
        if (expectedFiles >= 0)
        {
            Assert.Equal(expectedFiles, files);
        }

        return written;
    }

    [Fact]
    public void After_one_article_changes_only_its_chunk_and_the_shards_of_its_old_and_new_words_are_written_and_the_index_is_as_made_afresh()
    {
        using var project = new TempProject();
        var output = new MemoryOutput();
        var articles = Reports();
        var all = Publish(project, output, Site(articles));

        articles[7] = Report(7, body: "Zebras crossed the quay. Überraschung at 5pm.\n", title: "Zoo news");
        var changed = Site(articles);
        var written = Publish(project, output, changed);

        Assert.Equal(Fresh(changed), output.Files);
        Assert.InRange(written, 2, all / 2);
        Assert.Contains("\"zebras\"", output.Files, StringComparison.Ordinal);
        Assert.DoesNotContain("\"7\":", output.Files, StringComparison.Ordinal); // "bridge 7"'s number went with its text
    }

    [Fact]
    public void Changes_build_after_build_and_back_again_give_the_index_made_afresh_each_time()
    {
        using var project = new TempProject();
        var output = new MemoryOutput();
        var articles = Reports();
        Publish(project, output, Site(articles));
        var original = output.Files;

        foreach (var (index, body) in new[] { (3, "A lone word: quixotic. Über alles.\n"), (30, "Quixotic plans again, über den Fluss.\n"), (3, null), (30, null), (0, "Zz top.\n") })
        {
            articles[index] = Report(index, body);
            var site = Site(articles);
            Publish(project, output, site);
            Assert.Equal(Fresh(site), output.Files);
        }

        articles[0] = Report(0);
        Publish(project, output, Site(articles));
        Assert.Equal(original, output.Files);
    }

    [Fact]
    public void A_file_removed_from_the_output_is_written_again_from_what_the_cache_kept()
    {
        using var project = new TempProject();
        var output = new MemoryOutput();
        var articles = Reports();
        Publish(project, output, Site(articles));
        var shard = output.Paths.First(p => p.StartsWith("search/words/", StringComparison.Ordinal) && !p.Contains("/qu", StringComparison.Ordinal));
        output.Remove(shard);
        output.Remove(SiteUrls.SearchDocs(1));

        articles[35] = Report(35, "Quiet harbour today.\n");
        var site = Site(articles);
        Publish(project, output, site);

        Assert.Equal(Fresh(site), output.Files);
    }

    [Fact]
    public void A_new_report_newer_than_the_others_writes_only_its_chunk_and_the_shards_of_its_words()
    {
        // Articles are numbered oldest first: the usual new report, the newest, is numbered after the others.
        using var project = new TempProject();
        var output = new MemoryOutput();
        var articles = Reports();
        var all = Publish(project, output, Site(articles));

        articles.Add(Report(Articles, "A late report on the ferry.\n"));
        var added = Site(articles);
        var written = Publish(project, output, added);

        Assert.Equal(Fresh(added), output.Files);
        Assert.InRange(written, 3, all / 2); // its chunk, its words' shards, the manifest (which counts it)
    }

    [Fact]
    public void A_report_older_than_the_others_or_many_changes_make_the_whole_index_again()
    {
        using var project = new TempProject();
        var output = new MemoryOutput();
        var articles = Reports();
        var all = Publish(project, output, Site(articles));

        // Numbered first, it moves every other article's number: every chunk and shard is made again.
        articles.Add(Report(-1, "An early report on the ferry.\n") with { Slug = "report-early", Story = "report-early" });
        var added = Site(articles);
        Assert.True(Publish(project, output, added) > all / 2);
        Assert.Equal(Fresh(added), output.Files);

        for (var i = 0; i < articles.Count; i++)
        {
            articles[i] = Report(i, $"Every report rewritten: number {i * 7}.\n");
        }

        var rewritten = Site(articles);
        Publish(project, output, rewritten);
        Assert.Equal(Fresh(rewritten), output.Files);
    }

    [Fact]
    public void Without_the_cache_of_the_previous_build_the_index_is_made_afresh()
    {
        using var project = new TempProject();
        var output = new MemoryOutput();
        var articles = Reports();
        Publish(project, output, Site(articles));
        Directory.Delete(project.Paths.Cache, recursive: true);

        articles[12] = Report(12, "Cache gone, index whole.\n");
        var site = Site(articles);
        var written = Publish(project, output, site);

        Assert.Equal(Fresh(site), output.Files);
        Assert.Equal(output.Count, written);
    }

    // An output folder in memory: a publish writes files or keeps the previous publish's by fingerprint; at the commit
    // the files neither written nor kept are gone (as OutputFolder's swap leaves them).
    private sealed class MemoryOutput : IOutputFiles
    {
        private Dictionary<string, (string Text, UInt128 Fingerprint)> _published = new(StringComparer.Ordinal);
        private Dictionary<string, (string Text, UInt128 Fingerprint)> _next = new(StringComparer.Ordinal);
        private int _written;

        public int Count => _published.Count;

        public IEnumerable<string> Paths => _published.Keys.Order(StringComparer.Ordinal);

        public string Files => string.Join('\n', _published.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Key + ": " + f.Value.Text));

        public void Write(string sitePath, ReadOnlyMemory<byte> content, UInt128 fingerprint)
        {
            _next[sitePath] = (System.Text.Encoding.UTF8.GetString(content.Span), fingerprint);
            _written++;
        }

        public bool TryKeep(string sitePath, UInt128 fingerprint)
        {
            if (fingerprint == default || !_published.TryGetValue(sitePath, out var file) || file.Fingerprint != fingerprint)
            {
                return false;
            }

            _next[sitePath] = file;
            return true;
        }

        public void Remove(string sitePath) => _published.Remove(sitePath);

        // Ends a publish; returns how many files it wrote.
        public int Commit()
        {
            (_published, _next) = (_next, new(StringComparer.Ordinal));
            var written = _written;
            _written = 0;
            return written;
        }
    }
}
