using System.Text.Json;
using Digest.Cli;
using Digest.Tests.Support;

namespace Digest.Tests.Cli;

/// <summary><c>--strict</c>: warnings fail a command as errors do (MkDocs' <c>--strict</c>, Hugo's <c>--panicOnWarning</c>).</summary>
public sealed class StrictOptionTests
{
    // A settings file with a misspelt key: a warning naming the key it meant, and a site built all the same.
    private static TempProject ProjectWithAWarning() =>
        new TempProject().WithRepositorySeeds().WithInputFile("digest.yml", "title: Harbour News\ntitel: Harbour News\n");

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = DigestCommand.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void A_warning_fails_a_strict_build_that_still_publishes_the_site()
    {
        using var project = ProjectWithAWarning();
        Assert.Equal(DigestCommand.Success, Run("build", "--root", project.Root).Code);

        var (code, output, error) = Run("build", "--root", project.Root, "--strict");

        Assert.Equal(DigestCommand.ContentErrors, code);
        Assert.Contains("input/digest.yml:2:1: warning: unknown key 'titel'", error, StringComparison.Ordinal);
        Assert.Contains("digest: error: 1 warning fails the command (--strict)", error, StringComparison.Ordinal);
        Assert.Contains("0 errors, 1 warnings", output, StringComparison.Ordinal);
        Assert.Contains("<title>Harbour News</title>", project.ReadOutput(""), StringComparison.Ordinal);
        // The warning is met again by the next build (a build with warnings is never "up to date"), which fails again.
        Assert.Equal(DigestCommand.ContentErrors, Run("build", "--root", project.Root, "--strict").Code);
    }

    [Fact]
    public void A_strict_build_without_warnings_succeeds()
    {
        using var project = new TempProject().WithRepositorySeeds();

        var (code, _, error) = Run("build", "--root", project.Root, "--strict");

        Assert.Equal(DigestCommand.Success, code);
        Assert.Equal("", error);
    }

    [Fact]
    public void Quiet_does_not_hide_the_warnings_that_fail_a_strict_build()
    {
        using var project = ProjectWithAWarning();
        Assert.DoesNotContain("warning:", Run("build", "--root", project.Root, "--quiet").Error, StringComparison.Ordinal);

        var (code, _, error) = Run("build", "--root", project.Root, "--quiet", "--strict");

        Assert.Equal(DigestCommand.ContentErrors, code);
        Assert.Contains("warning: unknown key 'titel'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_strict_build_with_json_writes_one_json_object_and_exits_1()
    {
        using var project = ProjectWithAWarning();

        var (code, output, _) = Run("build", "--root", project.Root, "--strict", "--json");

        Assert.Equal(DigestCommand.ContentErrors, code);
        using var summary = JsonDocument.Parse(output);
        Assert.Equal(1, summary.RootElement.GetProperty("warnings").GetInt32());
        Assert.Equal(0, summary.RootElement.GetProperty("errors").GetInt32());
    }

    [Theory]
    [InlineData("ingest")]
    [InlineData("publish")]
    [InlineData("check")]
    public void The_other_commands_that_read_the_project_take_it_too(string command)
    {
        using var project = new TempProject().WithRepositorySeeds();
        Assert.Equal(DigestCommand.Success, Run("build", "--root", project.Root).Code);
        // ingest reads the seeds and their sidecars (a misspelt key is a warning); publish and check read the settings.
        var seed = Path.GetFileNameWithoutExtension(Directory.GetFiles(project.Paths.Seeds, "*.txt").Order(StringComparer.Ordinal).First());
        project.WithSeed(seed + ".yml", "sourse: Harbour Times\n").WithInputFile("digest.yml", "titel: Harbour News\n");
        Assert.Equal(DigestCommand.Success, Run(command, "--root", project.Root).Code);

        var (code, _, error) = Run(command, "--root", project.Root, "--strict");

        Assert.Equal(DigestCommand.ContentErrors, code);
        Assert.Contains("(--strict)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Serve_has_no_strict_option()
    {
        var (code, _, error) = Run("serve", "--strict");

        Assert.Equal(DigestCommand.UsageError, code);
        Assert.Contains("--strict", error, StringComparison.Ordinal);
    }
}
