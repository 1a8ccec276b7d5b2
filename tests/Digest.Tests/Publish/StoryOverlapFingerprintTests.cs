using Digest.Entities;
using Digest.Ingest.Attribution;
using Digest.Publish;
using Digest.Publish.Output;
using Digest.Publish.Pages;
using Digest.Tests.Support;

namespace Digest.Tests.Publish;

/// <summary>A story's overlap analysis is fingerprinted by its cache key, which follows every text the analysis reads.</summary>
public sealed class StoryOverlapFingerprintTests : IDisposable
{
    private const string Short = "The harbour council met on Monday.";
    private const string Long = "The harbour council met on Monday. It voted to dredge the channel before the summer ferries return.";

    private readonly TempProject _project = new();

    public void Dispose() => _project.Dispose();

    // The story and its page's fingerprint in a publish with the build cache, which is then saved for the next.
    private (StoryView Story, UInt128 Fingerprint) Publish(string longBody)
    {
        using var cache = PublishCache.Open(_project.Paths);
        var site = SiteModel.Build(new SiteSettings(), [SiteModelMemoryTests.Report("a-short", Short), SiteModelMemoryTests.Report("b-long", longBody)],
            EntityCatalog.Create(null, "", new List<Diagnostic>()), SourceCatalog.BuiltIn, cache: cache);
        var page = SitePlanner.Plan(site).OfType<StoryPage>().Single();
        var fingerprint = new ModelHasher().Hash(page.GetType().Name, page.FingerprintContent(), page.SiteDependencies());
        cache.Save();
        return (page.Story, fingerprint);
    }

    private static string KeyOf(StoryView story) => Assert.IsAssignableFrom<IHashedByKey>(story.Overlap).Key;

    [Fact]
    public void The_overlap_hashes_as_its_key_made_afresh_or_read_back()
    {
        var made = Publish(Long);
        var readBack = Publish(Long);
        var hasher = new ModelHasher();

        Assert.Contains(made.Story.Overlap[1].Passages, p => p.IsRepeated);
        Assert.Equal(hasher.Hash(made.Story.Overlap), hasher.Hash(new KeyedOverlap([], KeyOf(made.Story))));
        Assert.Equal(KeyOf(made.Story), KeyOf(readBack.Story));
        Assert.Equal(made.Fingerprint, readBack.Fingerprint);
    }

    [Fact]
    public void Editing_a_report_gives_its_story_a_new_overlap_key()
    {
        var before = Publish(Long);
        var after = Publish(Long + " The ferries return in June.");

        Assert.NotEqual(KeyOf(before.Story), KeyOf(after.Story));
        Assert.NotEqual(before.Fingerprint, after.Fingerprint);
        Assert.Contains(after.Story.Overlap[0].Passages, p => p.Text.Contains("June", StringComparison.Ordinal));
    }
}
