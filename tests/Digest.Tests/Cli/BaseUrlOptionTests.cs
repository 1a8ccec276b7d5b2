using System.Text.RegularExpressions;
using Digest.Cli;
using Digest.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Digest.Tests.Cli;

/// <summary><c>--base-url</c>: where this build's site is served, in place of <c>base_url</c> in <c>input/digest.yml</c>.</summary>
public sealed partial class BaseUrlOptionTests
{
    private const string Pages = "https://example.github.io/digest";

    private static (int Code, string Output) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = DigestCommand.Run(args, output, error);
        return (code, output + error.ToString());
    }

    private static Dictionary<string, byte[]> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes, StringComparer.Ordinal);

    private static void AssertSameFiles(Dictionary<string, byte[]> expected, Dictionary<string, byte[]> actual)
    {
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (file, bytes) in expected)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(actual[file]), $"{file} differs");
        }
    }

    [Fact]
    public void A_build_with_the_option_is_the_build_whose_settings_give_that_base_url()
    {
        using var withOption = new TempProject().WithRepositorySeeds();
        using var withSetting = new TempProject().WithRepositorySeeds().WithInputFile("digest.yml", $"base_url: {Pages}\n");

        Assert.Equal(0, Run("build", "--root", withOption.Root, "--base-url", Pages).Code);
        Assert.Equal(0, Run("build", "--root", withSetting.Root).Code);

        AssertSameFiles(Files(withSetting.Paths.Output), Files(withOption.Paths.Output));
        Assert.Contains("href=\"/digest/stories/\"", withOption.ReadOutput(""), StringComparison.Ordinal);
    }

    [Fact]
    public void The_option_overrides_the_settings_file_and_a_build_without_it_goes_back()
    {
        using var project = new TempProject().WithRepositorySeeds().WithInputFile("digest.yml", "title: Harbour News\nbase_url: https://news.example.org/\n");
        Assert.Equal(0, Run("build", "--root", project.Root).Code);
        var before = Files(project.Paths.Output);

        var (code, output) = Run("build", "--root", project.Root, "--base-url", "/preview/pr-7");

        Assert.Equal(0, code);
        Assert.DoesNotContain("Nothing changed", output, StringComparison.Ordinal);
        Assert.Contains("href=\"/preview/pr-7/stories/\"", project.ReadOutput(""), StringComparison.Ordinal);
        Assert.DoesNotContain("news.example.org", project.ReadOutput(""), StringComparison.Ordinal);
        Assert.Contains("<title>Harbour News</title>", project.ReadOutput(""), StringComparison.Ordinal);

        // The cache made the pages for the option's address; a build without it makes them again for the file's.
        Assert.Equal(0, Run("build", "--root", project.Root).Code);
        AssertSameFiles(before, Files(project.Paths.Output));
    }

    [Fact]
    public void A_build_stamped_with_one_base_url_is_not_up_to_date_for_another()
    {
        using var project = new TempProject().WithRepositorySeeds();
        Backdate(project.Paths.Seeds);
        Assert.Equal(0, Run("build", "--root", project.Root, "--base-url", "/a/").Code);
        Assert.Contains("Nothing changed", Run("build", "--root", project.Root, "--base-url", "/a/").Output, StringComparison.Ordinal);

        var (code, output) = Run("build", "--root", project.Root, "--base-url", "/b/");

        Assert.Equal(0, code);
        Assert.DoesNotContain("Nothing changed", output, StringComparison.Ordinal);
        Assert.Contains("href=\"/b/stories/\"", project.ReadOutput(""), StringComparison.Ordinal);
        Assert.DoesNotContain("Nothing changed", Run("build", "--root", project.Root).Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("build")]
    [InlineData("publish")]
    [InlineData("check")]
    public void A_base_url_that_is_neither_a_url_nor_a_path_is_a_usage_error(string command)
    {
        using var project = new TempProject().WithRepositorySeeds();

        var (code, output) = Run(command, "--root", project.Root, "--base-url", "example.org/digest");

        Assert.Equal(DigestCommand.UsageError, code);
        Assert.Contains("--base-url 'example.org/digest' must be an absolute http(s) URL or a path starting with '/'", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(project.Paths.Output));
    }

    [Fact]
    public void Check_follows_the_links_under_the_base_url_it_is_given()
    {
        using var project = new TempProject().WithRepositorySeeds();
        Assert.Equal(0, Run("build", "--root", project.Root, "--base-url", Pages).Code);

        Assert.Equal(0, Run("check", "--root", project.Root, "--base-url", Pages).Code);
        // The settings' base_url (/) is not where these links lead: one error says so, not one per link.
        var (code, output) = Run("check", "--root", project.Root);
        Assert.Equal(DigestCommand.ContentErrors, code);
        Assert.Contains("output/index.html: error: the site's links lead under '/digest/', not under '/', the base path it is checked for", output, StringComparison.Ordinal);
        Assert.Contains("check it with --base-url set to that URL", output, StringComparison.Ordinal);
        Assert.DoesNotContain("broken link", output, StringComparison.Ordinal);
        Assert.Contains("1 errors", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_for_a_base_path_the_site_was_not_built_for_says_so_once()
    {
        using var project = new TempProject().WithRepositorySeeds();
        Assert.Equal(0, Run("build", "--root", project.Root).Code);

        var (code, output) = Run("check", "--root", project.Root, "--base-url", "/digest/");

        Assert.Equal(DigestCommand.ContentErrors, code);
        Assert.Contains("the site's links lead under '/', not under '/digest/'", output, StringComparison.Ordinal);
        Assert.DoesNotContain("leaves the site's base path", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_site_with_some_broken_links_under_its_base_path_gets_an_error_for_each()
    {
        using var project = new TempProject().WithRepositorySeeds();
        Assert.Equal(0, Run("build", "--root", project.Root).Code);
        Directory.Delete(Path.Combine(project.Paths.Output, "stories"), recursive: true);

        var (code, output) = Run("check", "--root", project.Root);

        Assert.Equal(DigestCommand.ContentErrors, code);
        Assert.Contains("output/index.html: error: broken link '/stories/': no such file in the site", output, StringComparison.Ordinal);
        Assert.DoesNotContain("built for another base URL", output, StringComparison.Ordinal);
    }

    /// <summary>
    /// The project's GitHub Pages workflow builds and checks the site at the address <c>actions/configure-pages</c>
    /// gives: its <c>digest</c> commands, run as the workflow runs them (with an address such as that step gives), pass.
    /// </summary>
    [Fact]
    public void The_pages_workflow_builds_and_checks_the_site_at_the_pages_address()
    {
        var workflow = new YamlStream();
        workflow.Load(new StringReader(File.ReadAllText(Path.Combine(RepositoryRoot.Path, ".github", "workflows", "site.yml"))));
        var steps = (YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)((YamlMappingNode)workflow.Documents[0].RootNode)["jobs"])["build"])["steps"];
        var mappings = steps.Children.Cast<YamlMappingNode>().ToList();
        Assert.Contains(mappings, s => Scalar(s, "id") == "pages" && Scalar(s, "uses")?.StartsWith("actions/configure-pages@", StringComparison.Ordinal) == true);

        using var project = new TempProject().WithRepositorySeeds();
        var commands = mappings.Where(s => Scalar(s, "run")?.Contains("src/Digest.Cli", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(["build", "check"], commands.Select(s => Arguments(s)[0]));
        foreach (var step in commands)
        {
            var args = Arguments(step);
            Assert.Contains("--base-url", args);
            var (code, output) = Run([.. args, "--root", project.Root]);
            Assert.True(code == 0, $"{string.Join(' ', args)}: exit {code}\n{output}");
        }

        Assert.Contains("href=\"/digest/stories/\"", project.ReadOutput(""), StringComparison.Ordinal);
    }

    // The arguments a step's `run` gives digest (after `--`), its environment's ${{ }} expressions given the address a
    // Pages site has, and the shell's "$NAME" given the step's env value.
    private static string[] Arguments(YamlMappingNode step)
    {
        var env = step.Children.TryGetValue(new YamlScalarNode("env"), out var node) && node is YamlMappingNode mapping
            ? mapping.Children.ToDictionary(e => ((YamlScalarNode)e.Key).Value!, e => Expression().Replace(((YamlScalarNode)e.Value).Value!, Pages), StringComparer.Ordinal)
            : [];
        var line = Scalar(step, "run")!.Trim();
        var digest = line[(line.IndexOf(" -- ", StringComparison.Ordinal) + 4)..];
        return [.. Word().Matches(digest).Select(m => m.Groups["quoted"].Success ? m.Groups["quoted"].Value : m.Value)
            .Select(w => w.StartsWith('$') ? env[w.TrimStart('$').Trim('{', '}')] : w)];
    }

    private static string? Scalar(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var node) ? (node as YamlScalarNode)?.Value : null;

    private static void Backdate(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        }
    }

    [GeneratedRegex(@"\$\{\{[^}]*\}\}")]
    private static partial Regex Expression();

    [GeneratedRegex("\"(?<quoted>[^\"]*)\"|[^\\s\"]+")]
    private static partial Regex Word();
}
