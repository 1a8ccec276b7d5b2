using Digest.Cache;
using Digest.Ingest;
using Digest.Tests.Support;

namespace Digest.Tests.Ingest;

public sealed class SeedReaderTests
{
    private const string Text = "Ferry Line Approved\n\nThe harbour council approved a new ferry line on Tuesday.\n";

    // A seed written long ago, known to a FileDigests as read so, then changed to other bytes of the same size and time.
    private static (TempProject Project, FileDigests Digests, string ContentKey) KnownThenChanged()
    {
        var project = new TempProject().WithSeed("ferry.txt", Text);
        var path = Path.Combine(project.Paths.Seeds, "ferry.txt");
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddHours(-1));
        var digests = new FileDigests();
        var first = SeedReader.ReadAll(project.Paths, new List<Diagnostic>(), digests: digests).Single();
        var time = File.GetLastWriteTimeUtc(path);
        File.WriteAllText(path, Text.Replace("Approved", "Rejected", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(path, time);
        return (project, digests, first.ContentKey);
    }

    [Fact]
    public void A_seed_known_by_size_and_time_whose_article_is_extracted_is_left_unread()
    {
        var (project, digests, key) = KnownThenChanged();
        using var _ = project;
        var asked = new List<(string, string)>();

        var seed = SeedReader.ReadAll(project.Paths, new List<Diagnostic>(), digests: digests, isExtracted: (name, content) =>
        {
            asked.Add((name, content));
            return true;
        }).Single();

        Assert.Equal([("ferry.txt", key)], asked);
        Assert.True(seed.IsUnread);
        Assert.Equal(("ferry.txt", key, ""), (seed.Name, seed.ContentKey, seed.Text));
    }

    [Fact]
    public void A_seed_whose_article_is_not_extracted_or_whose_time_moved_is_read()
    {
        var (project, digests, key) = KnownThenChanged();
        using var _ = project;

        var notExtracted = SeedReader.ReadAll(project.Paths, new List<Diagnostic>(), digests: digests, isExtracted: (_, _) => false).Single();
        File.SetLastWriteTimeUtc(Path.Combine(project.Paths.Seeds, "ferry.txt"), DateTime.UtcNow.AddMinutes(-5));
        var moved = SeedReader.ReadAll(project.Paths, new List<Diagnostic>(), digests: digests, isExtracted: (_, _) => true).Single();

        foreach (var seed in new[] { notExtracted, moved })
        {
            Assert.False(seed.IsUnread);
            Assert.StartsWith("Ferry Line Rejected", seed.Text, StringComparison.Ordinal);
            Assert.NotEqual(key, seed.ContentKey);
            Assert.Equal(FileDigests.HashOf(File.ReadAllBytes(Path.Combine(project.Paths.Seeds, "ferry.txt"))), seed.ContentKey);
        }
    }
}
