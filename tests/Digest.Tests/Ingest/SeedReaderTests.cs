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
    public void A_seed_whose_article_is_not_extracted_or_that_the_build_does_not_know_is_read()
    {
        var (project, digests, key) = KnownThenChanged();
        using var _ = project;

        var notExtracted = SeedReader.ReadAll(project.Paths, new List<Diagnostic>(), digests: digests, isExtracted: (_, _) => false).Single();
        // What a build knows of its files is what the stamp taken as it started found, and what it read and wrote since: a
        // file changed after the stamp looked at it is found changed by the stamp the build leaves, and read by the next build.
        var unknown = SeedReader.ReadAll(project.Paths, new List<Diagnostic>(), digests: new FileDigests(), isExtracted: (_, _) => true).Single();

        foreach (var seed in new[] { notExtracted, unknown })
        {
            Assert.False(seed.IsUnread);
            Assert.StartsWith("Ferry Line Rejected", seed.Text, StringComparison.Ordinal);
            Assert.NotEqual(key, seed.ContentKey);
            Assert.Equal(FileDigests.HashOf(File.ReadAllBytes(Path.Combine(project.Paths.Seeds, "ferry.txt"))), seed.ContentKey);
        }
    }

    [Fact]
    public void Seeds_in_folders_inside_seeds_are_read_with_their_sidecars_and_named_by_their_path()
    {
        using var project = new TempProject()
            .WithSeed("ferry.txt", Text)
            .WithSeed("2019/11/bridge.txt", "Bridge Closes for Repairs\n\nThe old bridge closes on Monday for a month of repairs.\n")
            .WithSeed("2019/11/bridge.yml", "source: AP\ndate: 2019-11-20\n")
            .WithSeed(".git/objects/note.txt", "Not a seed\n\nA file in a hidden folder.\n");

        var seeds = SeedReader.ReadAll(project.Paths, new List<Diagnostic>());
        var result = project.Ingest();

        Assert.Equal(["2019/11/bridge.txt", "ferry.txt"], seeds.Select(s => s.Name));
        Assert.Equal("seeds/2019/11/bridge.txt", seeds[0].DisplayPath);
        Assert.Equal([true, false], seeds.Select(s => s.HasSidecar)); // from the folder's listing: no lookup per seed
        Assert.Empty(result.Diagnostics);
        var bridge = Assert.Single(result.Articles, a => a.Seed == "2019/11/bridge.txt");
        Assert.Equal(("bridge-closes-for-repairs", "Associated Press", new DateOnly(2019, 11, 20)), (bridge.Slug, bridge.Source, bridge.Date));
        Assert.Empty(project.Ingest().Diagnostics); // read back: the front matter's seed names the file in its folder
    }

    [Fact]
    public void A_file_in_seeds_that_no_build_reads_is_a_warning_naming_it()
    {
        using var project = new TempProject()
            .WithSeed("ferry.txt", Text)
            .WithSeed("ferry.yml", "source: AP\n")
            .WithSeed("bridge.txt", Text)
            .WithSeed("bridge.yaml", "source: AP\n")
            .WithSeed("renamed.yml", "source: AP\n")
            .WithSeed("notes.md", "# notes\n")
            .WithSeed(".gitkeep", "")
            .WithSeed("#notes#", "draft")
            .WithSeed("bridge.txt~", Text);
        var diagnostics = new List<Diagnostic>();

        SeedReader.ReadAll(project.Paths, diagnostics);

        Assert.All(diagnostics, d => Assert.Equal(Severity.Warning, d.Severity));
        Assert.Equal(["seeds/bridge.yaml", "seeds/notes.md", "seeds/renamed.yml"], diagnostics.Select(d => d.File));
        Assert.Contains("a sidecar is NAME.yml", diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Contains("not a seed: seeds are .txt, .html or .htm files", diagnostics[1].Message, StringComparison.Ordinal);
        Assert.Contains("a sidecar without its seed", diagnostics[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sidecar_two_seeds_share_is_a_warning_naming_both()
    {
        using var project = new TempProject()
            .WithSeed("ferry.txt", Text)
            .WithSeed("ferry.html", "<html><body><h1>Ferry line approved</h1><p>The council approved it.</p></body></html>")
            .WithSeed("ferry.yml", "title: Ferry line approved\n");
        var diagnostics = new List<Diagnostic>();

        Assert.Equal(2, SeedReader.ReadAll(project.Paths, diagnostics).Count);

        var warning = Assert.Single(diagnostics);
        Assert.Equal(("seeds/ferry.yml", Severity.Warning), (warning.File, warning.Severity));
        Assert.Equal("the sidecar of 2 seeds (ferry.html, ferry.txt): it applies to each; give each seed a name of its own", warning.Message);
    }

    [Fact]
    public void Editors_working_files_are_no_seeds_even_a_hidden_txt_or_emacs_lock_that_leads_nowhere()
    {
        using var project = new TempProject()
            .WithSeed("ferry.txt", Text)
            .WithSeed(".notes.txt", Text)
            .WithSeed("#ferry.txt#", Text)
            .WithSeed(".ferry.txt.swp", "swap");
        // Emacs marks a file it edits with a link named .#FILE to user@host.pid, which is no file.
        File.CreateSymbolicLink(Path.Combine(project.Paths.Seeds, ".#ferry.txt"), "maintainer@desk.4242:1700000000");
        var diagnostics = new List<Diagnostic>();

        var seeds = SeedReader.ReadAll(project.Paths, diagnostics);

        Assert.Equal(["ferry.txt"], seeds.Select(s => s.Name));
        Assert.Empty(diagnostics);
    }
}
