using Digest.Publish.Output;
using Digest.Tests.Support;

namespace Digest.Tests.Publish;

/// <summary>Front matter a maintainer wrote by hand: story and topic ids, and copies that chain or loop.</summary>
public sealed class HandEditedLinksTests
{
    private static string Article(string slug, string extra) => $"---\ntitle: Report {slug}\nslug: {slug}\n{extra}---\n\nThe bridge closes, report {slug} says.\n";

    [Fact]
    public void A_story_id_that_climbs_out_of_the_site_is_read_as_a_slug_and_nothing_is_written_outside_output()
    {
        using var project = new TempProject()
            .WithInputFile("articles/d.md", Article("d", "story: \"../../etc\"\ntopic: \"<x>\"\n"))
            .WithInputFile("articles/e.md", Article("e", "story: Bridge Closure\n"));

        var result = project.Publish();

        Assert.Equal(["input", "output", "seeds"], Directory.EnumerateDirectories(project.Root).Select(Path.GetFileName).Where(n => !n!.StartsWith('.')).Order());
        Assert.True(File.Exists(project.OutputFile("stories/etc/")));
        Assert.True(File.Exists(project.OutputFile("stories/bridge-closure/")));
        var warnings = result.Diagnostics.Where(d => d.Severity == Severity.Warning).Select(d => (d.File, d.Line, d.Message)).ToList();
        Assert.Contains(("input/articles/d.md", 4, "story '../../etc' is not a slug (lowercase letters, digits and single hyphens, at most 200 characters); it is read as 'etc'"), warnings);
        Assert.Contains(("input/articles/d.md", 5, "topic '<x>' is not a slug (lowercase letters, digits and single hyphens, at most 200 characters); it is read as 'x'"), warnings);
        Assert.Contains(("input/articles/e.md", 4, "story 'Bridge Closure' is not a slug (lowercase letters, digits and single hyphens, at most 200 characters); it is read as 'bridge-closure'"), warnings);
        Assert.Empty(SiteLinks.Broken(project.Paths.Output));
    }

    [Fact]
    public void A_slug_story_or_alias_too_long_for_a_files_name_is_refused_at_its_line_and_the_rest_of_the_site_builds()
    {
        var name = new string('a', 300);
        using var project = new TempProject()
            .WithInputFile("articles/long.md", Article(name, ""))
            .WithInputFile("articles/f.md", Article("f", $"story: {name}\naliases: ['/{name}/']\n"));

        var result = project.Publish();

        var problems = result.Diagnostics.Select(d => (d.Severity, d.File, d.Line, d.Message)).ToList();
        Assert.Contains((Severity.Error, "input/articles/long.md", 3, $"slug '{name}' must be lowercase letters, digits and single hyphens, at most 200 characters"), problems);
        var cut = new string('a', Digest.Content.Slugs.MaxLength);
        Assert.Contains((Severity.Warning, "input/articles/f.md", 4, $"story '{name}' is not a slug (lowercase letters, digits and single hyphens, at most 200 characters); it is read as '{cut}'"), problems);
        Assert.Contains((Severity.Warning, "input/articles/f.md", 5, $"alias '/{name}/' has a name of 300 bytes ('{name[..20]}…'), longer than a file's name may be (200); it is ignored"), problems);
        Assert.True(File.Exists(project.OutputFile("articles/f/")));
        Assert.True(File.Exists(project.OutputFile($"stories/{cut}/")));
        Assert.Equal(1, result.Articles);
    }

    [Theory]
    [InlineData("stories/../../etc/")]
    [InlineData("../outside.html")]
    [InlineData("stories//x/")]
    [InlineData("a/./b.html")]
    public void The_output_folder_refuses_a_path_that_is_not_inside_the_site(string sitePath)
    {
        using var project = new TempProject();
        using var output = new OutputFolder(project.Paths.Output);

        Assert.Throws<InvalidOperationException>(() => output.Write(sitePath, "x"u8));
    }

    [Fact]
    public void A_copy_of_no_article_or_of_itself_is_a_warning_naming_it_and_is_shown_as_a_report()
    {
        using var project = new TempProject()
            .WithInputFile("articles/a.md", Article("a", "duplicate_of: missing-report\n"))
            .WithInputFile("articles/b.md", Article("b", "duplicate_of: b\n"))
            .WithInputFile("articles/c.md", Article("c", "duplicate_of: a\n"));

        var result = project.Publish();

        Assert.Equal(
            [
                ("input/articles/a.md", "duplicate_of 'missing-report' names no article; it is shown as a report of its own"),
                ("input/articles/b.md", "duplicate_of names the article itself; it is shown as a report of its own"),
            ],
            result.Diagnostics.Where(d => d.Severity == Severity.Warning).Select(d => (d.File, d.Message)));
        Assert.Equal((3, 1), (result.Articles, result.Copies));
        Assert.Null(project.RedirectTarget("articles/a/"));
        Assert.Null(project.RedirectTarget("articles/b/"));
        Assert.Equal("/articles/a/", project.RedirectTarget("articles/c/"));
    }

    [Fact]
    public void Copies_that_loop_leave_the_first_by_slug_as_the_report_and_a_chain_points_to_its_end()
    {
        using var project = new TempProject()
            .WithInputFile("articles/a.md", Article("a", "duplicate_of: b\n"))
            .WithInputFile("articles/b.md", Article("b", "duplicate_of: a\n"))
            .WithInputFile("articles/c.md", Article("c", "duplicate_of: d\n"))
            .WithInputFile("articles/d.md", Article("d", "duplicate_of: e\n"))
            .WithInputFile("articles/e.md", Article("e", ""));

        var result = project.Publish();

        Assert.Equal((5, 3), (result.Articles, result.Copies));
        Assert.True(File.Exists(project.OutputFile("articles/a/")));
        Assert.Equal("/articles/a/", project.RedirectTarget("articles/b/"));
        Assert.True(File.Exists(project.OutputFile("articles/e/")));
        Assert.Null(project.RedirectTarget("articles/e/"));
        Assert.Equal("/articles/e/", project.RedirectTarget("articles/c/"));
        Assert.Equal("/articles/e/", project.RedirectTarget("articles/d/"));
        Assert.Empty(SiteLinks.Broken(project.Paths.Output));
    }
}
