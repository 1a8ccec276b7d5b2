using System.Diagnostics;
using Digest.Cli;
using Digest.Tests.Support;

namespace Digest.Tests.Cli;

/// <summary>
/// A folder the build cannot read stops it (exit 3) before anything is written or taken out: taken for an empty folder,
/// an unreadable <c>seeds/</c> had ingest take out every article, and an unreadable <c>input/</c> published an empty site,
/// both with exit 0. Permissions do not bind the root user, which tests may run as: the command then runs as
/// <c>nobody</c> (<c>setpriv</c>), in a project that user owns.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class UnreadableFolderTests
{
    private const int Nobody = 65534;

    private static readonly bool AsRoot = Environment.UserName == "root";

    // Runs the tool itself (the test's own build of it) on the project, as a user its permissions bind.
    private static (int Code, string Output) Run(TempProject project, params string[] arguments)
    {
        var tool = Path.Combine(AppContext.BaseDirectory, "Digest.Cli");
        var start = AsRoot ? new ProcessStartInfo("setpriv") : new ProcessStartInfo(tool);
        if (AsRoot)
        {
            foreach (var argument in (string[])["--reuid", $"{Nobody}", "--regid", $"{Nobody}", "--clear-groups", tool])
            {
                start.ArgumentList.Add(argument);
            }
        }

        foreach (var argument in (string[])[.. arguments, "--root", project.Root])
        {
            start.ArgumentList.Add(argument);
        }

        start.RedirectStandardOutput = start.RedirectStandardError = true;
        start.Environment["DOTNET_CLI_HOME"] = project.Root;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error);
    }

    private static TempProject Built()
    {
        var project = new TempProject().WithRepositorySeeds();
        OwnedByRunner(project);

        Assert.Equal(0, Run(project, "build", "--quiet").Code);
        return project;
    }

    private static Dictionary<string, string> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllText, StringComparer.Ordinal);

    // Takes every permission from the folder while the action runs.
    private static void Unreadable(string folder, Action action)
    {
        File.SetUnixFileMode(folder, UnixFileMode.None);
        try
        {
            action();
        }
        finally
        {
            Readable(folder);
        }
    }

    private static void Readable(string folder) => File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

    // The project's files, made since the last chown too, owned by the user the command runs as.
    private static void OwnedByRunner(TempProject project)
    {
        if (AsRoot)
        {
            using var chown = Process.Start("chown", ["-R", $"{Nobody}:{Nobody}", project.Root]);
            chown.WaitForExit();
            Assert.Equal(0, chown.ExitCode);
        }
    }

    [Theory]
    [InlineData("build", "seeds")]
    [InlineData("ingest", "seeds")]
    [InlineData("build", "seeds/more")]
    [InlineData("publish", "input")]
    [InlineData("publish", "input/articles")]
    public void A_folder_that_cannot_be_read_stops_the_command_and_nothing_is_taken_out(string command, string folder)
    {
        using var project = Built();
        Directory.CreateDirectory(Path.Combine(project.Root, "seeds", "more"));
        var articles = Files(project.Paths.Articles);
        var site = Files(project.Paths.Output);

        Unreadable(Path.Combine(project.Root, folder), () =>
        {
            var (code, output) = Run(project, command);

            Assert.Equal(3, code);
            Assert.Contains($"Access to the path '{folder}", output, StringComparison.Ordinal);
        });

        Assert.Equal(articles, Files(project.Paths.Articles));
        Assert.Equal(site, Files(project.Paths.Output));
    }

    [Fact]
    public void A_build_that_stops_on_a_folder_reports_the_problems_it_found_before()
    {
        using var project = Built();
        var sidecar = Path.Combine(project.Paths.Seeds, Path.GetFileNameWithoutExtension(Directory.GetFiles(project.Paths.Seeds).Order(StringComparer.Ordinal).First()) + ".yml");
        File.WriteAllText(sidecar, "date: 2017-99-99\n");
        OwnedByRunner(project);

        // The output folder is met once ingest is done (the stamp lists seeds/ and input/ as the build starts).
        Unreadable(project.Paths.Output, () =>
        {
            var (code, output) = Run(project, "build");

            Assert.Equal(3, code);
            // Ingest's problem, found before publish met the folder, on the error stream, and with --json in the JSON object.
            Assert.Contains($"seeds/{Path.GetFileName(sidecar)}:1:7: error: date '2017-99-99'", output, StringComparison.Ordinal);
            Assert.Contains("the build stopped: Access to the path 'output", output, StringComparison.Ordinal);
            var (jsonCode, json) = Run(project, "build", "--json");
            Assert.Equal(3, jsonCode);
            Assert.Matches("\"diagnostics\": \\[\\s*\\{\\s*\"file\": \"seeds/[^\"]+\\.yml\",\\s*\"line\": 1,", json);
        });
    }

    [Fact]
    public void An_old_site_that_cannot_be_deleted_after_a_full_build_s_swap_does_not_stop_that_build_or_the_next()
    {
        // A full build swaps output/ whole: the new site goes in, and the old one (unreadable) cannot be deleted.
        using var project = Built();

        Unreadable(project.Paths.Output, () => Assert.Equal(0, Run(project, "build", "--no-cache", "--quiet").Code));

        Assert.True(File.Exists(Path.Combine(project.Paths.Output, "index.html")));
        var left = Assert.Single(Directory.GetDirectories(project.Root, "output.previous-*"));
        try
        {
            Assert.Equal(0, Run(project, "build", "--quiet").Code);
        }
        finally
        {
            Readable(left);
        }
    }

    [Theory]
    [InlineData("check", "input/")]
    [InlineData("entities", "input/articles")]
    [InlineData("clean", ".digest-cache")]
    public void A_project_folder_that_cannot_be_entered_is_said_to_be_so_not_empty_or_missing(string command, string named)
    {
        // check said "the site folder does not exist", entities "no uncurated entities", clean "nothing to clean".
        using var project = Built();
        var site = Files(project.Paths.Output);

        Unreadable(project.Root, () =>
        {
            var (code, output) = Run(project, command);

            Assert.Equal(3, code);
            Assert.Contains($"Access to the path '{named}", output, StringComparison.Ordinal);
        });

        Assert.Equal(site, Files(project.Paths.Output));
    }

    [Theory]
    [InlineData("publish", "--input", "inptu")]
    [InlineData("build", "--seeds", "seed")]
    [InlineData("ingest", "--seeds", "/no/such/seeds")]
    [InlineData("entities", "--input", "nowhere")]
    [InlineData("check", "--input", "imput")]
    public void A_folder_named_on_the_command_line_that_is_not_there_is_a_usage_error(string command, string option, string folder)
    {
        using var project = new TempProject().WithRepositorySeeds();
        project.Build();
        var site = Files(project.Paths.Output);
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = DigestCommand.Run([command, "--root", project.Root, option, folder], output, error);

        Assert.Equal(2, code);
        Assert.StartsWith($"digest: {option} {folder}: no such folder", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(site, Files(project.Paths.Output));
        Assert.Equal(5, project.ArticleFiles().Count);
    }
}
