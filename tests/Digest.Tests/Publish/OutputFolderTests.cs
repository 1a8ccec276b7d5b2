using System.Text;
using Digest.Publish.Output;

namespace Digest.Tests.Publish;

public sealed class OutputFolderTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "digest-output-" + Guid.NewGuid().ToString("N")[..10]);

    private string Target => Path.Combine(_root, "output");

    private string Manifest => Path.Combine(_root, ".digest-cache", "output.manifest");

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private void Publish(params (string Path, string Text)[] files)
    {
        using var output = new OutputFolder(Target, Manifest);
        foreach (var (path, text) in files)
        {
            output.Write(path, Encoding.UTF8.GetBytes(text));
        }

        output.Commit();
    }

    private string Read(string relative) => File.ReadAllText(Path.Combine(Target, relative));

    [Fact]
    public void A_republish_rewrites_only_changed_files_and_removes_the_ones_the_site_no_longer_has()
    {
        Publish(("a/", "one"), ("b/", "two"), ("old/deep/", "gone soon"));
        var kept = Path.Combine(Target, "a", "index.html");
        var stamp = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        Publish(("a/", "one"), ("b/", "two"), ("old/deep/", "gone soon")); // records the same hashes again
        var before = File.GetLastWriteTimeUtc(kept);

        Publish(("a/", "one"), ("b/", "TWO"), ("c.xml", "three"));

        Assert.Equal(before, File.GetLastWriteTimeUtc(kept));
        Assert.Equal("TWO", Read("b/index.html"));
        Assert.Equal("three", Read("c.xml"));
        Assert.False(Directory.Exists(Path.Combine(Target, "old")));
        Assert.NotEqual(stamp, before);
        Assert.DoesNotContain(Directory.GetDirectories(_root), d => Path.GetFileName(d).StartsWith("output.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_made_into_a_stream_is_written_and_left_alone_when_its_bytes_did_not_change()
    {
        void PublishStreamed(string text, int changed)
        {
            using var output = new OutputFolder(Target, Manifest);
            output.Write("search.json", stream => stream.Write(Encoding.UTF8.GetBytes(text)));
            output.Write("a/", "one"u8);
            output.Commit();
            Assert.Equal(changed, output.Changed);
        }

        PublishStreamed("first", changed: 2);
        Assert.Equal("first", Read("search.json"));
        var before = File.GetLastWriteTimeUtc(Path.Combine(Target, "search.json"));

        PublishStreamed("first", changed: 0);
        Assert.Equal(before, File.GetLastWriteTimeUtc(Path.Combine(Target, "search.json")));

        using (var output = new OutputFolder(Target, Manifest))
        {
            output.Write("search.json", stream => stream.Write("second"u8));
            output.Commit();
            Assert.Equal(1, output.Changed);
        }

        Assert.Equal("second", Read("search.json"));
        Assert.DoesNotContain(Directory.GetDirectories(_root), d => Path.GetFileName(d).StartsWith("output.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_path_written_twice_in_one_publish_keeps_the_last_bytes()
    {
        Publish(("a/", "a longer first text"), ("a/", "second"));
        Assert.Equal("second", Read(Path.Combine("a", "index.html")));
    }

    [Fact]
    public void A_file_changed_by_hand_in_output_is_written_again()
    {
        Publish(("a/", "one"));
        File.WriteAllText(Path.Combine(Target, "a", "index.html"), "edited");

        Publish(("a/", "one"));

        Assert.Equal("one", Read("a/index.html"));
    }

    [Fact]
    public void Without_a_manifest_the_new_site_replaces_everything_in_output()
    {
        Directory.CreateDirectory(Target);
        File.WriteAllText(Path.Combine(Target, "stray.html"), "from some other tool");

        Publish(("a/", "one"));

        Assert.Equal(["index.html"], Directory.GetFiles(Path.Combine(Target, "a")).Select(Path.GetFileName));
        Assert.False(File.Exists(Path.Combine(Target, "stray.html")));
    }

    private static readonly UInt128 F1 = 1;
    private static readonly UInt128 F2 = 2;

    [Fact]
    public void A_page_is_kept_only_when_its_fingerprint_matches_and_its_file_is_intact()
    {
        using (var output = new OutputFolder(Target, Manifest))
        {
            output.Write("a/", "one"u8, fingerprint: F1);
            output.Commit();
        }

        using (var output = new OutputFolder(Target, Manifest))
        {
            Assert.False(output.TryKeep("a/", F2));
            Assert.True(output.TryKeep("a/", F1));
            output.Commit();
        }

        Assert.Equal("one", Read("a/index.html"));
        File.WriteAllText(Path.Combine(Target, "a", "index.html"), "edited by hand");
        using (var output = new OutputFolder(Target, Manifest))
        {
            Assert.False(output.TryKeep("a/", F1));
        }
    }

    [Fact]
    public void An_uncommitted_publish_changes_nothing()
    {
        Publish(("a/", "one"));
        using (var output = new OutputFolder(Target, Manifest))
        {
            output.Write("a/", "changed"u8);
            output.Write("b/", "new"u8);
        }

        Assert.Equal("one", Read("a/index.html"));
        Assert.False(Directory.Exists(Path.Combine(Target, "b")));
        Assert.DoesNotContain(Directory.GetDirectories(_root), d => Path.GetFileName(d).StartsWith("output.", StringComparison.Ordinal));
    }

    [Fact]
    public void An_output_folder_that_is_a_link_gets_the_site_behind_the_link_and_stays_a_link()
    {
        var served = Path.Combine(_root, "www", "site");
        Directory.CreateDirectory(served);
        File.WriteAllText(Path.Combine(_root, "www", "beside.txt"), "not the site's");
        Directory.CreateSymbolicLink(Target, served);

        foreach (var text in new[] { "first", "second" })
        {
            using var output = new OutputFolder(Target);
            output.Write("a/", Encoding.UTF8.GetBytes(text));
            output.Commit();
        }

        Assert.Equal(served, new DirectoryInfo(Target).LinkTarget);
        Assert.Equal("second", File.ReadAllText(Path.Combine(served, "a", "index.html")));
        Assert.Equal("not the site's", File.ReadAllText(Path.Combine(_root, "www", "beside.txt")));
        Assert.Equal(["beside.txt", "site"], Directory.GetFileSystemEntries(Path.Combine(_root, "www")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Replacing_the_site_removes_a_link_in_output_and_leaves_what_it_leads_to()
    {
        var elsewhere = Path.Combine(_root, "elsewhere");
        Directory.CreateDirectory(Path.Combine(elsewhere, "deep"));
        File.WriteAllText(Path.Combine(elsewhere, "deep", "kept.txt"), "a maintainer's");
        File.WriteAllText(Path.Combine(_root, "note.txt"), "a maintainer's note");
        Publish(("a/", "one"));
        Directory.CreateSymbolicLink(Path.Combine(Target, "linked-folder"), elsewhere);
        File.CreateSymbolicLink(Path.Combine(Target, "a", "linked-file.txt"), Path.Combine(_root, "note.txt"));

        // Without a manifest the new site replaces the old one whole, and the old one is deleted.
        using (var output = new OutputFolder(Target))
        {
            output.Write("b/", "two"u8);
            output.Commit();
        }

        Assert.Equal("a maintainer's", File.ReadAllText(Path.Combine(elsewhere, "deep", "kept.txt")));
        Assert.Equal("a maintainer's note", File.ReadAllText(Path.Combine(_root, "note.txt")));
        Assert.Equal(["b"], Directory.GetFileSystemEntries(Target).Select(Path.GetFileName));
    }

    // A process id no process has (Linux's largest is 2^22).
    private const int Gone = int.MaxValue;

    [Fact]
    public void A_publish_removes_the_staging_folder_a_killed_publish_left_and_keeps_a_running_ones()
    {
        Publish(("index.html", "old"));
        var killed = Path.Combine(_root, $"output.staging-{Gone}");
        Directory.CreateDirectory(Path.Combine(killed, "articles"));
        File.WriteAllText(Path.Combine(killed, "articles", "half.html"), "half a site");
        // Process 1 (init) always runs: its folder could be another build's, under way.
        var running = Path.Combine(_root, "output.staging-1");
        Directory.CreateDirectory(running);
        var other = Path.Combine(_root, "output.backup-2020");
        Directory.CreateDirectory(other);

        Publish(("index.html", "new"));

        Assert.False(Directory.Exists(killed));
        Assert.True(Directory.Exists(running));
        Assert.True(Directory.Exists(other)); // not a folder a publish makes
        Assert.Equal("new", Read("index.html"));
        Assert.Equal(["output", "output.backup-2020", "output.staging-1"], Directory.GetDirectories(_root).Select(Path.GetFileName).Where(n => n!.StartsWith("output", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_publish_killed_between_the_moves_of_a_swap_gets_the_previous_site_back_at_the_next()
    {
        Publish(("index.html", "published"), ("about/index.html", "about"));
        // Killed after output/ was moved aside and before the new site was moved in: no output/ at all.
        Directory.Move(Target, Path.Combine(_root, $"output.previous-{Gone}"));
        Directory.CreateDirectory(Path.Combine(_root, $"output.staging-{Gone}"));

        using (var output = new OutputFolder(Target, Manifest))
        {
            // The previous site is back, as its manifest describes it: an unchanged file is kept, not written again.
            Assert.Equal("published", Read("index.html"));
            output.Write("index.html", Encoding.UTF8.GetBytes("published"));
            Assert.Equal(0, output.Changed);
        }

        Assert.Equal("about", Read("about/index.html"));
        Assert.Equal(["output"], Directory.GetDirectories(_root).Select(Path.GetFileName).Where(n => n!.StartsWith("output", StringComparison.Ordinal)));
    }
}
