using Digest.Cache;
using Digest.Check;
using Digest.Cli;
using Digest.Publish;
using Digest.Publish.Output;
using Digest.Tests.Support;

namespace Digest.Tests.Check;

/// <summary>
/// A check reads again only what changed since the last check that found no problem, and finds what a check of every
/// file finds: each case compares the two.
/// </summary>
public sealed class IncrementalCheckTests : IDisposable
{
    private readonly TempProject _project = new TempProject().WithRepositorySeeds();

    public IncrementalCheckTests() => _project.Build();

    public void Dispose() => _project.Dispose();

    private string Output => _project.Paths.Output;

    // A check with the project's cache, saved as the command saves it; and what it found, as printed.
    private (List<string> Problems, int? Changed) Check()
    {
        using var cache = CacheStore.Open(_project.Paths.Cache, "check", CodeVersion.Digest);
        var result = SiteChecker.Check(Output, "/", _project.Paths.Display, cache);
        cache.Save();
        return ([.. result.Diagnostics.Select(d => d.ToString())], result.Changed);
    }

    // What a check of every file, without the cache, finds.
    private List<string> Everything() => [.. SiteChecker.Check(Output, "/", _project.Paths.Display).Select(d => d.ToString())];

    private void Edit(string sitePath, Func<string, string> edit) => File.WriteAllText(_project.OutputFile(sitePath), edit(_project.ReadOutput(sitePath)));

    private static string BeforeBodyEnd(string html, string added) => html.Replace("</main>", added + "</main>", StringComparison.Ordinal);

    [Fact]
    public void A_site_as_the_last_clean_check_saw_it_is_only_hashed()
    {
        var (first, all) = Check();
        Assert.Empty(first);
        Assert.Null(all);

        var (problems, changed) = Check();

        Assert.Empty(problems);
        Assert.Equal(0, changed);
    }

    [Fact]
    public void A_project_moved_with_its_cache_keeps_its_check_s_memory()
    {
        Check();
        var moved = _project.Root + "-moved";
        Directory.Move(_project.Root, moved);
        try
        {
            // The state is kept under the site folder named from the cache's: the moved site is the same one.
            using var cache = CacheStore.Open(Path.Combine(moved, ".digest-cache"), "check", CodeVersion.Digest);
            var result = SiteChecker.Check(Path.Combine(moved, "output"), "/", path => path, cache);

            Assert.Empty(result.Diagnostics);
            Assert.Equal(0, result.Changed);
        }
        finally
        {
            Directory.Move(moved, _project.Root);
        }
    }

    [Fact]
    public void A_changed_page_is_read_again_and_its_broken_link_found()
    {
        Check();
        Edit("tags/", html => BeforeBodyEnd(html, "<a href=\"/no/such/page/\">gone</a>"));

        var (problems, changed) = Check();

        Assert.Equal(1, changed);
        Assert.Equal(["output/tags/index.html: error: broken link '/no/such/page/': no such file in the site"], problems);
        Assert.Equal(Everything(), problems);
    }

    [Fact]
    public void A_changed_page_s_fragment_into_a_page_not_read_again_is_followed()
    {
        Check();
        Edit("stories/", html => BeforeBodyEnd(html, "<a href=\"/tags/#main\">about</a><a href=\"/tags/#nowhere\">nowhere</a>"));

        var (problems, changed) = Check();

        Assert.Equal(1, changed);
        Assert.Equal(["output/stories/index.html: error: broken link '/tags/#nowhere': output/tags/index.html has no element with id 'nowhere'"], problems);
        Assert.Equal(Everything(), problems);
    }

    [Fact]
    public void A_file_gone_has_every_link_followed_again()
    {
        Check();
        File.Delete(_project.OutputFile("tags/syria/"));

        var (problems, changed) = Check();

        Assert.Null(changed);
        Assert.Contains("output/tags/index.html: error: broken link '/tags/syria/': no such file in the site", problems);
        Assert.Equal(Everything(), problems);
    }

    [Fact]
    public void A_page_that_lost_an_id_another_page_names_has_every_link_followed_again()
    {
        // A page not read again (stories/) names an id of a page that changes (tags/).
        Edit("stories/", html => BeforeBodyEnd(html, "<a href=\"/tags/#main\">about</a>"));
        Check();
        Assert.Equal(0, Check().Changed);
        Edit("tags/", html => html.Replace("id=\"main\"", "id=\"principal\"", StringComparison.Ordinal));

        var (problems, changed) = Check();

        Assert.Null(changed);
        Assert.Contains("output/stories/index.html: error: broken link '/tags/#main': output/tags/index.html has no element with id 'main'", problems);
        Assert.Equal(Everything(), problems);
    }

    [Fact]
    public void A_check_that_finds_problems_leaves_the_last_clean_one_s_state()
    {
        Check();
        Edit("tags/", html => BeforeBodyEnd(html, "<a href=\"/no/such/page/\">gone</a>"));
        var first = Check().Problems;

        // Found again, and the page mended is read again too.
        var (again, changed) = Check();
        Assert.Equal(first, again);
        Assert.Equal(1, changed);
        Edit("tags/", html => html.Replace("<a href=\"/no/such/page/\">gone</a>", "", StringComparison.Ordinal));
        var (mended, unchanged) = Check();
        Assert.Empty(mended);
        Assert.Equal(0, unchanged);
    }

    [Fact]
    public void A_feed_that_changed_is_parsed_again()
    {
        Check();
        File.AppendAllText(_project.OutputFile("feed.xml"), "<unclosed>");

        var (problems, changed) = Check();

        Assert.Equal(1, changed);
        Assert.Single(problems, p => p.StartsWith("output/feed.xml:", StringComparison.Ordinal) && p.Contains("malformed XML", StringComparison.Ordinal));
        Assert.Equal(Everything(), problems);
    }

    [Fact]
    public void A_file_that_cannot_be_read_is_an_error_of_its_own_and_the_rest_is_checked()
    {
        Check();
        // A link in the site that leads nowhere (a theme's asset linked to a file since moved, say).
        var feed = _project.OutputFile("feed.json");
        File.Delete(feed);
        File.CreateSymbolicLink(feed, Path.Combine(_project.Root, "moved", "feed.json"));

        var (problems, changed) = Check();

        Assert.Equal(1, changed);
        var problem = Assert.Single(problems);
        Assert.StartsWith("output/feed.json: error: the file cannot be read: ", problem, StringComparison.Ordinal);
        Assert.Equal(Everything(), problems);
    }

    [Fact]
    public void A_file_whose_hash_is_known_and_as_before_is_not_read()
    {
        Check();
        var stories = _project.OutputFile("stories/");
        var written = File.GetLastWriteTimeUtc(stories);
        var html = File.ReadAllText(stories);
        Assert.Contains("href=\"/topics/\"", html, StringComparison.Ordinal);
        // An edit of the same size, with the file's time put back: the publish's manifest still takes it for the file it wrote.
        File.WriteAllText(stories, html.Replace("href=\"/topics/\"", "href=\"/tapics/\"", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(stories, written);

        using var cache = CacheStore.Open(_project.Paths.Cache, "check", CodeVersion.Digest);
        var result = SiteChecker.Check(Output, "/", _project.Paths.Display, cache, LastPublish.Load(Output, Publisher.ManifestPath(_project.Paths)));

        Assert.Empty(result.Diagnostics);
        Assert.Equal(0, result.Changed);
        // Without what the publish recorded, the file is read, and its broken link found.
        Assert.Contains(Everything(), d => d.StartsWith("output/stories/index.html: error: broken link '/tapics/'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_page_edited_by_hand_after_the_publish_is_read_again_by_the_command()
    {
        using var output = new StringWriter();
        Assert.Equal(0, DigestCommand.Run(["check", "--root", _project.Root], output, output));
        // Not as the last publish left it (its manifest holds its size and time then), so read and hashed.
        Edit("stories/", html => BeforeBodyEnd(html, "<a href=\"/no/such/page/\">gone</a>"));

        Assert.Equal(DigestCommand.ContentErrors, DigestCommand.Run(["check", "--root", _project.Root], output, output));
        Assert.Contains("output/stories/index.html: error: broken link '/no/such/page/'", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_command_says_how_many_files_changed_and_no_cache_reads_them_all_without_keeping_anything()
    {
        using var output = new StringWriter();
        Assert.Equal(0, DigestCommand.Run(["check", "--root", _project.Root, "--no-cache"], output, output));
        Assert.False(File.Exists(Path.Combine(_project.Paths.Cache, "check.cache")));
        Assert.DoesNotContain("changed since", output.ToString(), StringComparison.Ordinal);

        Assert.Equal(0, DigestCommand.Run(["check", "--root", _project.Root], output, output));
        Assert.Equal(0, DigestCommand.Run(["check", "--root", _project.Root], output, output));

        Assert.Contains("files in output/ (0 changed since the last check that found no problem); 0 errors", output.ToString(), StringComparison.Ordinal);
    }
}
