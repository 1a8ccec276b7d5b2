using Digest.Cache;
using Digest.Content;
using Digest.Publish;
using Digest.Tests.Support;

namespace Digest.Tests.Publish;

public sealed class SearchIndexRowsTests
{
    private static SiteModel Site(string firstTitle) => SiteModel.Build(new SiteSettings(),
    [
        new Article { Title = firstTitle, Slug = "ferry", Story = "ferry", Source = "Example News", Date = new DateOnly(2024, 3, 1), Tags = ["transport"], Body = "The harbour council approved a ferry line.\n" },
        new Article { Title = "Bridge \"Closed\" <Again>", Slug = "bridge", Story = "bridge", Body = "Engineers closed the old bridge for repairs.\n" },
    ]);

    // Every file of the index, by site path, as one text ("path: bytes" lines in order).
    private static string Index(SiteModel site, CacheStore? rows = null)
    {
        var files = new List<string>();
        void File(string path, ReadOnlyMemory<byte> bytes) => files.Add(path + ": " + System.Text.Encoding.UTF8.GetString(bytes.Span));
        if (rows is null)
        {
            SearchIndexWriter.Write(site, File);
        }
        else
        {
            SearchIndexWriter.Write(site, File, rows);
        }

        return string.Join('\n', files);
    }

    [Fact]
    public void Entries_made_or_taken_from_the_store_give_the_bytes_of_an_index_made_afresh_and_a_changed_article_its_new_entry()
    {
        using var project = new TempProject();
        var site = Site("Ferry Line Approved");
        var fresh = Index(site);

        var filling = CacheStore.Open(project.Paths.Cache, "search-rows", "v1");
        var filled = Index(site, filling);
        filling.Save();
        var reading = CacheStore.Open(project.Paths.Cache, "search-rows", "v1");
        var read = Index(site, reading);
        var changed = Site("Ferry Line Rejected");
        var afterChange = Index(changed, reading);

        Assert.Equal(fresh, filled);
        Assert.Equal(fresh, read);
        Assert.Equal(Index(changed), afterChange);
        Assert.Contains("Ferry Line Rejected", afterChange, StringComparison.Ordinal);
    }
}
