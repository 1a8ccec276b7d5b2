using Digest.Cli;
using Digest.Tests.Support;

namespace Digest.Tests.Cli;

public sealed class CommandLineTests
{
    [Fact]
    public void Build_of_the_seeds_exits_0_and_prints_a_summary()
    {
        using var project = new TempProject().WithRepositorySeeds();
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = DigestCommand.Run(["build", "--root", project.Root], output, error);

        Assert.Equal(DigestCommand.Success, code);
        Assert.Matches(@"5 seeds → 5 articles .* pages .*; 0 errors, 0 warnings; \d+\.\d\d s", output.ToString());
        Assert.Equal("", error.ToString());
    }

    [Fact]
    public void Ingest_and_publish_run_separately_with_explicit_folders()
    {
        using var project = new TempProject().WithRepositorySeeds();
        var input = Path.Combine(project.Root, "content");
        var site = Path.Combine(project.Root, "public");
        using var output = new StringWriter();

        Assert.Equal(0, DigestCommand.Run(["ingest", "--seeds", project.Paths.Seeds, "--input", input], output, output));
        Assert.False(Directory.Exists(site));
        Assert.Equal(0, DigestCommand.Run(["publish", "--input", input, "--output", site], output, output));

        Assert.Equal(5, Directory.GetFiles(Path.Combine(input, "articles"), "*.md").Length);
        Assert.True(File.Exists(Path.Combine(site, "index.html")));
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("build", "--no-such-option")]
    [InlineData("publish", "--seeds", "x")]
    public void Usage_errors_exit_2(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        Assert.Equal(DigestCommand.UsageError, DigestCommand.Run(args, output, error));
        Assert.NotEqual("", error.ToString());
    }
}
