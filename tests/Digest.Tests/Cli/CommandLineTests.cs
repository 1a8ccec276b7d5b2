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

    [Theory]
    [InlineData("serve", "--port", "abc", "--port must be a port number from 0 to 65535 (0 picks a free one), not 'abc'")]
    [InlineData("serve", "--port", "1.5", "--port must be a port number from 0 to 65535 (0 picks a free one), not '1.5'")]
    [InlineData("serve", "--port", "-1", "--port must be a port number from 0 to 65535 (0 picks a free one), not '-1'")]
    [InlineData("serve", "--port", "65536", "--port must be a port number from 0 to 65535 (0 picks a free one), not '65536'")]
    [InlineData("entities", "--top", "0", "--top must be a number of candidates, 1 or more, not '0'")]
    [InlineData("entities", "--top", "-3", "--top must be a number of candidates, 1 or more, not '-3'")]
    [InlineData("entities", "--top", "many", "--top must be a number of candidates, 1 or more, not 'many'")]
    [InlineData("entities", "--top", "99999999999", "--top must be a number of candidates, 1 or more, not '99999999999'")]
    [InlineData("build", "--seeds", "", "--seeds '': an empty path; name a folder, or leave the option out for ROOT/seeds")]
    [InlineData("publish", "--input", " ", "--input ' ': an empty path; name a folder, or leave the option out for ROOT/input")]
    [InlineData("build", "--output", "", "--output '': an empty path; name a folder, or leave the option out for ROOT/output")]
    [InlineData("check", "--root", "", "--root '': an empty path; name a folder, or leave the option out for the current directory")]
    public void A_bad_option_value_is_a_usage_error_that_says_what_is_wrong_not_a_crash(string command, string option, string value, string message)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        Assert.Equal(DigestCommand.UsageError, DigestCommand.Run([command, option, value], output, error));
        Assert.Contains(message, error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("build", "--verbose", "--quiet")]
    [InlineData("check", "-q", "-v")]
    public void Verbose_and_quiet_together_are_a_usage_error(params string[] args)
    {
        using var project = new TempProject().WithRepositorySeeds();
        using var output = new StringWriter();
        using var error = new StringWriter();

        Assert.Equal(DigestCommand.UsageError, DigestCommand.Run([.. args, "--root", project.Root], output, error));
        Assert.Contains("--verbose and --quiet ask for opposite things; give one of them", error.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(project.Paths.Output));
    }

    [Fact]
    public void Json_keeps_apostrophes_and_accented_letters_as_they_are()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        DigestCommand.Run(["entities", "--json", "--top", "Zürich's"], output, error);

        Assert.Contains("\"failed\": \"--top must be a number of candidates, 1 or more, not 'Zürich's'\"", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_usage_error_with_json_gives_its_reason_as_the_one_json_object()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        Assert.Equal(DigestCommand.UsageError, DigestCommand.Run(["build", "--json", "--bogus"], output, error));

        using var json = System.Text.Json.JsonDocument.Parse(output.ToString());
        Assert.Equal("Unrecognized command or argument '--bogus'.", json.RootElement.GetProperty("failed").GetString());
        Assert.Equal(DigestCommand.UsageError, json.RootElement.GetProperty("exit_code").GetInt32());
        Assert.Contains("Unrecognized command or argument '--bogus'.", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("true", true)]
    [InlineData("1", true)]
    [InlineData("woodpecker", true)]
    [InlineData("false", false)]
    [InlineData("FALSE", false)]
    [InlineData("0", false)]
    [InlineData("", false)]
    public void Only_a_ci_variable_that_says_so_turns_the_terminal_s_display_into_plain_lines(string? value, bool inCi) =>
        Assert.Equal(inCi, Digest.Cli.Output.Reporter.InCi(value));
}
