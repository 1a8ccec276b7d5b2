using Digest.Cache;
using Digest.Tests.Support;

namespace Digest.Tests.Cache;

public sealed class BuildStampTests : IDisposable
{
    private static readonly DateTime LongAgo = new(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private readonly TempProject _project = new TempProject().WithSeed("a.txt", "Alpha").WithSeed("b.txt", "Bravo").WithInputFile("digest.yml", "title: T\n");

    public BuildStampTests() => Settle();

    public void Dispose() => _project.Dispose();

    // Every file last written long ago: its size and time are trusted.
    private void Settle()
    {
        foreach (var file in Directory.EnumerateFiles(_project.Root, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, LongAgo);
        }
    }

    private BuildStamp Take(BuildStamp? previous = null, string context = "c") => BuildStamp.Take(_project.Paths, context, previous);

    // Records a file as a build that read it now would.
    private static void RecordRead(FileDigests digests, string path) =>
        digests.Read(path, File.ReadAllBytes(path), new FileInfo(path).Length, File.GetLastWriteTimeUtc(path));

    [Fact]
    public void Unchanged_files_give_the_same_fingerprint_without_being_read_again()
    {
        var first = Take();
        var second = Take(first);

        Assert.Equal(3, first.FilesRead);
        Assert.Equal(0, second.FilesRead);
        Assert.Equal(first.Fingerprint, second.Fingerprint);
        Assert.NotEqual(first.Fingerprint, Take(first, context: "other code").Fingerprint);
    }

    [Fact]
    public void A_touched_file_is_read_again_and_counts_only_if_its_content_changed()
    {
        var first = Take();
        File.SetLastWriteTimeUtc(Path.Combine(_project.Paths.Seeds, "a.txt"), LongAgo.AddDays(1));

        var touched = Take(first);

        Assert.Equal(1, touched.FilesRead);
        Assert.Equal(first.Fingerprint, touched.Fingerprint);

        File.WriteAllText(Path.Combine(_project.Paths.Seeds, "a.txt"), "Alpha!");
        Assert.NotEqual(first.Fingerprint, Take(touched).Fingerprint);
    }

    [Fact]
    public void Added_and_removed_files_change_the_fingerprint()
    {
        var first = Take();
        _project.WithInputFile("articles/new.md", "---\ntitle: N\n---\n");
        var added = Take(first);
        File.Delete(Path.Combine(_project.Paths.Seeds, "b.txt"));

        Assert.NotEqual(first.Fingerprint, added.Fingerprint);
        Assert.NotEqual(added.Fingerprint, Take(added).Fingerprint);
    }

    [Fact]
    public void Editors_working_files_that_no_stage_reads_leave_the_fingerprint_as_it_was()
    {
        var first = Take();
        _project.WithSeed(".a.txt.swp", "swap").WithSeed("#a.txt#", "autosave").WithSeed("a.txt~", "backup")
            .WithInputFile("articles/.#harbour.md", "lock").WithInputFile(Path.Combine(".git", "HEAD"), "ref");

        var after = Take(first);

        Assert.Equal(first.Fingerprint, after.Fingerprint);
        Assert.Equal(0, after.FilesRead);
        // A file a stage does read still counts, under any name that is not a working file's.
        _project.WithSeed("c.txt", "Charlie");
        Assert.NotEqual(first.Fingerprint, Take(after).Fingerprint);
    }

    [Fact]
    public void A_file_written_just_before_a_stamp_is_read_again_even_when_its_size_and_time_are_kept()
    {
        var path = Path.Combine(_project.Paths.Seeds, "a.txt");
        File.WriteAllText(path, "Alpha");
        var written = File.GetLastWriteTimeUtc(path);
        var first = Take();

        // Another edit of the same size within the same tick of the file system's clock.
        File.WriteAllText(path, "Omega");
        File.SetLastWriteTimeUtc(path, written);
        var second = Take(first);

        Assert.Equal(1, second.FilesRead);
        Assert.NotEqual(first.Fingerprint, second.Fingerprint);
    }

    [Fact]
    public void Files_recorded_as_read_or_written_are_not_read_again_and_give_the_same_fingerprint()
    {
        var digests = new FileDigests();
        var seed = Path.Combine(_project.Paths.Seeds, "a.txt");
        RecordRead(digests, seed);
        var article = Path.Combine(_project.Paths.Articles, "alpha.md");
        Directory.CreateDirectory(_project.Paths.Articles);
        File.WriteAllText(article, "---\ntitle: Alpha\n---\n");
        digests.Written(article, File.ReadAllBytes(article));

        var recorded = BuildStamp.Take(_project.Paths, "c", null, digests);
        var read = Take();

        Assert.Equal(2, recorded.FilesRead);
        Assert.Equal(4, read.FilesRead);
        Assert.Equal(read.Fingerprint, recorded.Fingerprint);
    }

    [Fact]
    public void A_file_changed_after_it_was_recorded_or_recorded_just_after_a_write_is_read()
    {
        var digests = new FileDigests();
        var seed = Path.Combine(_project.Paths.Seeds, "a.txt");
        RecordRead(digests, seed);
        File.WriteAllText(seed, "Alpha, changed");
        var fresh = Path.Combine(_project.Paths.Seeds, "b.txt");
        File.WriteAllText(fresh, "Bravo");
        RecordRead(digests, fresh);

        var recorded = BuildStamp.Take(_project.Paths, "c", null, digests);

        Assert.Equal(3, recorded.FilesRead);
        Assert.Equal(Take().Fingerprint, recorded.Fingerprint);
    }

    [Fact]
    public void A_saved_stamp_loads_with_its_fingerprint_and_figures_and_a_damaged_one_not_at_all()
    {
        var stamp = Take();
        stamp.Save(_project.Paths, new Dictionary<string, long> { ["seeds"] = 2, ["files"] = 9 });

        var loaded = BuildStamp.Load(_project.Paths);

        Assert.NotNull(loaded);
        Assert.Equal(stamp.Fingerprint, loaded.Fingerprint);
        Assert.Equal(new Dictionary<string, long> { ["files"] = 9, ["seeds"] = 2 }, loaded.Report);
        Assert.Equal(0, Take(loaded).FilesRead);

        var file = Path.Combine(_project.Paths.Cache, "build.stamp");
        File.AppendAllText(file, "not\ta line\n");
        Assert.Null(BuildStamp.Load(_project.Paths));
        BuildStamp.Remove(_project.Paths);
        Assert.False(File.Exists(file));
        Assert.Null(BuildStamp.Load(_project.Paths));
    }

    [Fact]
    public void A_stamp_of_files_with_names_beyond_ascii_loads_with_windows_line_ends_too()
    {
        _project.WithSeed("café – über.txt", "Charlie");
        Settle();
        var stamp = Take();
        stamp.Save(_project.Paths, new Dictionary<string, long> { ["seeds"] = 3 });
        var file = Path.Combine(_project.Paths.Cache, "build.stamp");

        foreach (var text in new[] { File.ReadAllText(file), File.ReadAllText(file).ReplaceLineEndings("\r\n") })
        {
            File.WriteAllText(file, text, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: text.Contains('\r', StringComparison.Ordinal)));
            var loaded = BuildStamp.Load(_project.Paths);

            Assert.NotNull(loaded);
            Assert.Equal(stamp.Fingerprint, loaded.Fingerprint);
            Assert.Equal(3, loaded.Report["seeds"]);
            Assert.Contains(Path.Combine(_project.Paths.Seeds, "café – über.txt"), loaded.FilePaths);
            Assert.Equal(0, Take(loaded).FilesRead);
        }
    }

    [Fact]
    public void A_stamp_kept_for_its_files_only_spares_reading_them_but_matches_no_build()
    {
        var stamp = Take();
        stamp.SaveFilesOnly(_project.Paths);

        var loaded = BuildStamp.Load(_project.Paths);

        Assert.NotNull(loaded);
        Assert.Empty(loaded.Report);
        var again = Take(loaded);
        Assert.Equal(0, again.FilesRead);
        Assert.Equal(stamp.Fingerprint, again.Fingerprint);
        Assert.NotEqual(again.Fingerprint, loaded.Fingerprint);
    }

    [Fact]
    public void A_file_that_cannot_be_read_is_stamped_as_such_and_read_again_next_time()
    {
        var link = Path.Combine(_project.Paths.Seeds, "gone.txt");
        File.CreateSymbolicLink(link, Path.Combine(_project.Root, "nowhere.txt"));

        var first = Take();
        var second = Take(first);

        Assert.Equal(4, first.FilesRead);
        Assert.Equal(1, second.FilesRead);
        Assert.Equal(first.Fingerprint, second.Fingerprint);
        File.WriteAllText(Path.Combine(_project.Root, "nowhere.txt"), "Here now");
        Assert.NotEqual(first.Fingerprint, Take(second).Fingerprint);
    }

    [Fact]
    public void A_file_removed_since_the_start_is_found_outside_the_folder_the_build_writes()
    {
        _project.WithInputFile("articles/old.md", "---\ntitle: O\n---\n");
        var before = BuildStamp.Files(_project.Paths);
        File.Delete(Path.Combine(_project.Paths.Articles, "old.md"));
        Assert.False(Take().Lacks(before, _project.Paths.Articles));

        File.Delete(Path.Combine(_project.Paths.Seeds, "b.txt"));
        Assert.True(Take().Lacks(before, _project.Paths.Articles));
        Assert.Equal(before.Length - 2, Take().FilePaths.Count);
    }

    [Fact]
    public void Files_written_since_a_time_are_found_outside_the_folder_the_build_writes()
    {
        var since = DateTime.UtcNow.AddMinutes(-1);
        Assert.False(Take().WrittenSince(since, _project.Paths.Articles));

        _project.WithInputFile("articles/written-by-ingest.md", "---\ntitle: N\n---\n");
        Assert.False(Take().WrittenSince(since, _project.Paths.Articles));

        _project.WithSeed("c.txt", "Charlie");
        Assert.True(Take().WrittenSince(since, _project.Paths.Articles));
    }
}
