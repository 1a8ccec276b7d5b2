using System.Diagnostics;
using Digest.Cli;
using Digest.Tests.Support;

namespace Digest.Tests.Cli;

/// <summary>Inputs that are no regular files: a named pipe (opened for reading, it waits for a writer; .NET shows it as an empty file), a link to nowhere, a folder where a file belongs.</summary>
public sealed class SpecialFileTests
{
    [Fact]
    public async Task Named_pipes_among_the_inputs_are_empty_files_named_in_errors_not_a_build_that_waits_for_ever()
    {
        using var project = new TempProject().WithRepositorySeeds();
        Directory.CreateDirectory(project.Paths.Articles);
        Directory.CreateDirectory(project.Paths.ThemeAssets);
        string[] pipes = [Path.Combine(project.Paths.Seeds, "pipe.txt"), Path.Combine(project.Paths.Articles, "pipe.md"), Path.Combine(project.Paths.ThemeAssets, "pipe.css"), Path.Combine(project.Paths.Input, "notes.pipe")];
        foreach (var pipe in pipes)
        {
            await MakeFifo(pipe);
        }

        using var output = new StringWriter();
        var build = Task.Run(() => DigestCommand.Run(["build", "--root", project.Root], output, output));

        Assert.Same(build, await Task.WhenAny(build, Task.Delay(TimeSpan.FromSeconds(60))));
        Assert.Equal(1, await build);
        var said = output.ToString();
        Assert.Contains("seeds/pipe.txt: error: the file is empty", said, StringComparison.Ordinal);
        Assert.Contains("input/articles/pipe.md:1: error: no YAML front matter", said, StringComparison.Ordinal);
        // The other seeds are built.
        Assert.Equal(Directory.GetFiles(project.Paths.Seeds, "*.txt").Length - 1, project.ArticleFiles().Count(f => !f.EndsWith("pipe.md", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_curated_file_that_cannot_be_read_is_an_error_naming_it_once_and_the_other_inputs_build()
    {
        using var project = new TempProject().WithRepositorySeeds();
        File.CreateSymbolicLink(Path.Combine(project.Paths.Input, "entities.yml"), "curation/entities.yml");
        Directory.CreateDirectory(Path.Combine(project.Paths.Input, "digest.yml"));
        using var output = new StringWriter();

        Assert.Equal(1, DigestCommand.Run(["build", "--root", project.Root], output, output));

        var lines = output.ToString().Split('\n');
        Assert.Single(lines, l => l.StartsWith("input/entities.yml: error: cannot be read: ", StringComparison.Ordinal) && l.EndsWith("; the build goes on without it", StringComparison.Ordinal));
        // .NET's message names the file as the project does, not by its absolute path.
        Assert.Contains(lines, l => l.StartsWith("input/entities.yml: error: cannot be read: ", StringComparison.Ordinal) && l.Contains("'input/entities.yml'", StringComparison.Ordinal));
        Assert.DoesNotContain(project.Root, output.ToString(), StringComparison.Ordinal);
        Assert.Single(lines, l => l == "input/digest.yml: error: is a folder, not a file; the build goes on without it");
        Assert.Equal(Directory.GetFiles(project.Paths.Seeds, "*.txt").Length, project.ArticleFiles().Count);
        Assert.True(File.Exists(project.OutputFile("index.html")));
    }

    [Fact]
    public async Task A_named_pipe_put_in_output_is_a_check_error_naming_it_not_a_check_that_waits_for_ever()
    {
        using var project = new TempProject().WithRepositorySeeds();
        using var output = new StringWriter();
        Assert.Equal(0, DigestCommand.Run(["build", "--root", project.Root, "--quiet"], output, output));
        await MakeFifo(Path.Combine(project.Paths.Output, "pipe.html"));

        var check = Task.Run(() => DigestCommand.Run(["check", "--root", project.Root], output, output));

        Assert.Same(check, await Task.WhenAny(check, Task.Delay(TimeSpan.FromSeconds(60))));
        Assert.Equal(1, await check);
        Assert.Contains("output/pipe.html:1:1: error: malformed HTML", output.ToString(), StringComparison.Ordinal);
    }

    private static async Task MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", path);
        await mkfifo.WaitForExitAsync();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    // The project's path, with the folder there (if any) taken away for something else to take its place.
    private static string WithoutFolder(TempProject project, string path)
    {
        var full = Path.Combine(project.Root, path);
        if (Directory.Exists(full))
        {
            Directory.Delete(full, recursive: true);
        }

        return full;
    }

    [Theory]
    [InlineData("output", "build")]
    [InlineData("input", "publish")]
    public void A_link_to_a_folder_that_is_gone_where_the_build_needs_a_folder_is_named_as_a_link(string path, string command)
    {
        using var project = new TempProject().WithRepositorySeeds();
        var link = WithoutFolder(project, path);
        var gone = Path.Combine(project.Root, "gone");
        File.CreateSymbolicLink(link, gone);
        using var output = new StringWriter();

        Assert.Equal(DigestCommand.FileSystemError, DigestCommand.Run([command, "--root", project.Root], output, output));

        Assert.Equal($"digest: error: the build stopped: {path} is a link to {gone}, which is no folder; make that folder, or take the link away", output.ToString().Trim());
        Assert.False(Directory.Exists(gone));
    }

    [Theory]
    [InlineData("input", "build")]
    [InlineData("input/articles", "build")]
    [InlineData("output", "publish")]
    [InlineData(".digest-cache", "build")]
    public void A_file_where_the_build_needs_a_folder_stops_it_naming_the_file_and_nothing_is_written(string path, string command)
    {
        using var project = new TempProject().WithRepositorySeeds();
        var file = WithoutFolder(project, path);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, "not a folder");
        using var output = new StringWriter();

        Assert.Equal(DigestCommand.FileSystemError, DigestCommand.Run([command, "--root", project.Root], output, output));

        Assert.Equal($"digest: error: the build stopped: {path} is a file, where the build needs a folder; move it away", output.ToString().Trim());
        Assert.Equal("not a folder", File.ReadAllText(file));
    }

    [Fact]
    public void A_file_where_the_seeds_folder_belongs_is_a_warning_saying_so_and_a_build_without_the_cache_goes_round_a_cache_that_is_a_file()
    {
        using var project = new TempProject().WithRepositorySeeds();
        File.WriteAllText(project.Paths.Cache, "not a folder");
        using var output = new StringWriter();

        Assert.Equal(0, DigestCommand.Run(["build", "--root", project.Root, "--no-cache"], output, output));
        Directory.Delete(project.Paths.Seeds, recursive: true);
        File.WriteAllText(project.Paths.Seeds, "not a folder");
        Assert.Equal(0, DigestCommand.Run(["build", "--root", project.Root, "--no-cache"], output, output));

        Assert.Contains("seeds: warning: a file where the seeds folder belongs; nothing to ingest", output.ToString(), StringComparison.Ordinal);
        // The check keeps what it found in the cache only when it can: it checks the site all the same.
        using var checkOutput = new StringWriter();
        Assert.Equal(0, DigestCommand.Run(["check", "--root", project.Root], checkOutput, checkOutput));
        Assert.Equal("not a folder", File.ReadAllText(project.Paths.Cache));
    }
}
