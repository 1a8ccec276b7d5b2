using Digest.Cli;
using Digest.Tests.Support;

namespace Digest.Tests.Check;

/// <summary>A file put in output/ by hand: an incremental build leaves it, a full one removes it, and check says so.</summary>
public sealed class StrayFileTests
{
    private const string Stray = "no build made this file: an incremental build leaves it, a full one removes it; a file of the site's own belongs in input/static/";

    private static (int Code, string Output) Run(TempProject project, params string[] command)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = DigestCommand.Run([.. command, "--root", project.Root], output, error);
        return (code, output + error.ToString());
    }

    [Fact]
    public void A_file_put_in_output_by_hand_is_a_warning_naming_it_and_a_full_build_removes_it()
    {
        using var project = new TempProject().WithRepositorySeeds();
        Assert.Equal(0, Run(project, "build").Code);
        File.WriteAllText(project.OutputFile("CNAME"), "news.example.org\n");
        File.WriteAllText(project.OutputFile("stories/notes.txt"), "to do\n");

        var (code, output) = Run(project, "check");

        Assert.Equal(0, code);
        Assert.Contains("output/CNAME: warning: " + Stray, output, StringComparison.Ordinal);
        Assert.Contains("output/stories/notes.txt: warning: " + Stray, output, StringComparison.Ordinal);
        Assert.Equal(1, Run(project, "check", "--strict").Code);

        // An incremental build leaves them; a full one does not.
        Assert.Equal(0, Run(project, "build").Code);
        Assert.True(File.Exists(project.OutputFile("CNAME")));
        Assert.Equal(0, Run(project, "build", "--no-cache").Code);
        Assert.False(File.Exists(project.OutputFile("CNAME")));
        Assert.Equal(0, Run(project, "check", "--strict").Code);
    }

    [Fact]
    public void After_a_build_without_the_cache_its_new_pages_are_not_taken_for_files_no_build_made()
    {
        using var project = new TempProject().WithRepositorySeeds();
        Assert.Equal(0, Run(project, "build").Code);
        // A report of news no other seed has: pages of its own (article, story) that the first build's manifest does not list.
        project.WithSeed("ferry.txt", "Ferry Line Approved\n\nThe harbour council approved a new ferry line on Tuesday, with sailings from May.\n");

        Assert.Equal(0, Run(project, "build", "--no-cache").Code);
        var (code, output) = Run(project, "check", "--strict");

        Assert.True(code == 0, output);
        Assert.DoesNotContain("no build made this file", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_in_output_is_a_warning_naming_it_and_is_not_followed()
    {
        using var project = new TempProject().WithRepositorySeeds();
        Assert.Equal(0, Run(project, "build").Code);
        // Another folder with a page that is broken HTML; links to that folder, to the site itself (a loop) and to the page.
        var elsewhere = Directory.CreateTempSubdirectory("digest-elsewhere-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(elsewhere, "page.html"), "<p>not a page");
            Directory.CreateSymbolicLink(project.OutputFile("elsewhere"), elsewhere);
            Directory.CreateSymbolicLink(project.OutputFile("stories/loop"), project.Paths.Output);
            File.CreateSymbolicLink(project.OutputFile("page.html"), Path.Combine(elsewhere, "page.html"));

            var (code, output) = Run(project, "check");

            Assert.True(code == 1, output.Replace("\n", " | ", StringComparison.Ordinal));
            const string Link = "warning: a link to a folder, which the check does not follow: no build makes one in the site folder, and a full build removes it";
            Assert.Contains("output/elsewhere: " + Link, output, StringComparison.Ordinal);
            Assert.Contains("output/stories/loop: " + Link, output, StringComparison.Ordinal);
            Assert.DoesNotContain("loop/", output, StringComparison.Ordinal);
            Assert.DoesNotContain("elsewhere/page.html", output, StringComparison.Ordinal);
            // A link to a file is read as the file a host serves at its path (and, as no build made it, it is a stray).
            Assert.Contains("output/page.html:1:1: error: malformed HTML", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(elsewhere, recursive: true);
        }
    }

    [Fact]
    public void A_file_the_last_build_made_that_is_gone_is_an_error_naming_it_and_a_build_brings_it_back()
    {
        using var project = new TempProject().WithRepositorySeeds();
        Assert.Equal(0, Run(project, "build").Code);
        File.Delete(project.OutputFile("sitemap.xml"));
        File.Delete(project.OutputFile("robots.txt"));
        File.Delete(project.OutputFile("feed.json"));
        Directory.CreateDirectory(project.OutputFile("feed.json"));

        var (code, output) = Run(project, "check");

        Assert.Equal(1, code);
        const string Gone = "error: the last build made this file and it is no longer there (or is no file): build again";
        Assert.Contains("output/sitemap.xml: " + Gone, output, StringComparison.Ordinal);
        Assert.Contains("output/robots.txt: " + Gone, output, StringComparison.Ordinal);
        Assert.Contains("output/feed.json: " + Gone, output, StringComparison.Ordinal);

        Directory.Delete(project.OutputFile("feed.json"));
        Assert.Equal(0, Run(project, "build").Code);
        var (again, report) = Run(project, "check", "--strict");
        Assert.True(again == 0, report);
    }
}
