using Digest.Cli;
using Digest.Publish;
using Digest.Tests.Support;

namespace Digest.Tests.Publish;

/// <summary><c>input/static/</c>: the maintainer's files, published as they are at the site's root.</summary>
public sealed class StaticFilesTests
{
    private static readonly DateTime LongAgo = new(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private static string Static(TempProject project, string relative, string text)
    {
        var path = Path.Combine(project.Paths.Static, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static (int Code, string Output) Run(TempProject project, params string[] command)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = DigestCommand.Run([.. command, "--root", project.Root], output, error);
        return (code, output + error.ToString());
    }

    private static List<string> SiteFiles(TempProject project) =>
        [.. Directory.EnumerateFiles(project.Paths.Output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(project.Paths.Output, f).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    [Fact]
    public void The_files_are_published_at_the_site_root_hidden_ones_too_but_not_editors_or_version_controls()
    {
        using var project = new TempProject().WithRepositorySeeds();
        Static(project, "_redirects", "/old /news 301\n");
        Static(project, "_headers", "/*\n  X-Frame-Options: DENY\n");
        Static(project, ".well-known/security.txt", "Contact: mailto:desk@news.example\n");
        Static(project, "media/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        string[] working = [".#_redirects", "#_redirects#", "_redirects~", "._headers.swp", ".DS_Store", ".gitkeep", ".git/HEAD", "media/.logo.svg.swo"];
        foreach (var file in working)
        {
            Static(project, file, "not for the site");
        }

        var diagnostics = project.Build();

        Assert.Empty(diagnostics);
        Assert.Equal("/old /news 301\n", project.ReadOutput("_redirects"));
        Assert.Equal("/*\n  X-Frame-Options: DENY\n", project.ReadOutput("_headers"));
        Assert.Equal("Contact: mailto:desk@news.example\n", project.ReadOutput(".well-known/security.txt"));
        Assert.Equal("<svg xmlns=\"http://www.w3.org/2000/svg\"/>", project.ReadOutput("media/logo.svg"));
        Assert.Empty(SiteFiles(project).Intersect(working));
        Assert.Equal(["media/logo.svg"], SiteFiles(project).Where(f => f.StartsWith("media/", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_robots_txt_of_the_projects_replaces_the_sites_and_taking_it_out_gives_the_sites_back()
    {
        using var project = new TempProject().WithRepositorySeeds();
        project.Build();
        var made = project.ReadOutput("robots.txt");
        Assert.Contains("Sitemap:", made, StringComparison.Ordinal);
        var own = Static(project, "robots.txt", "User-agent: GPTBot\nDisallow: /\n");

        var result = project.Publish();

        Assert.Empty(result.Diagnostics);
        Assert.Equal("User-agent: GPTBot\nDisallow: /\n", project.ReadOutput("robots.txt"));
        File.Delete(own);
        project.Publish();
        Assert.Equal(made, project.ReadOutput("robots.txt"));
    }

    [Fact]
    public void A_file_where_the_site_has_a_file_or_folder_of_its_own_is_an_error_naming_it_and_the_site_keeps_its_own()
    {
        using var project = new TempProject().WithRepositorySeeds();
        Static(project, "index.html", "<p>my own home page</p>");
        Static(project, "stories", "a file where the site has a folder");
        Static(project, "feed.xml/entry", "a folder where the site has a file");
        Static(project, "assets/site.css", "body { color: navy; }");
        Static(project, "assets/logo.svg", "<svg/>");
        // On a file system that ignores case (macOS's), this would be the home page.
        Static(project, "Index.html", "<p>my own home page too</p>");

        var diagnostics = project.Build().Select(d => d.ToString()).ToList();

        Assert.Equal(
        [
            "input/static/Index.html: error: not published: the site makes index.html itself, and publishes its own; give this file another name or folder",
            "input/static/assets/site.css: error: not published: the site makes assets/site.css itself, and publishes its own; give this file another name or folder",
            "input/static/feed.xml/entry: error: not published: the site makes a file feed.xml, where this path needs a folder; give this file another name or folder",
            "input/static/index.html: error: not published: the site makes index.html itself, and publishes its own; give this file another name or folder",
            "input/static/stories: error: not published: the site has a folder stories/ there; give this file another name or folder",
        ], diagnostics);
        Assert.DoesNotContain("my own home page", project.ReadOutput("index.html"), StringComparison.Ordinal);
        Assert.False(File.Exists(project.OutputFile("Index.html")));
        Assert.True(Directory.Exists(Path.Combine(project.Paths.Output, "stories")));
        Assert.StartsWith("<?xml", project.ReadOutput("feed.xml"), StringComparison.Ordinal);
        Assert.Equal("<svg/>", project.ReadOutput("assets/logo.svg"));
    }

    [Fact]
    public void A_link_to_a_file_outside_the_project_is_not_published()
    {
        using var project = new TempProject().WithRepositorySeeds();
        using var outside = new TempProject();
        var secret = Path.Combine(outside.Root, "secret.txt");
        File.WriteAllText(secret, "the machine's own");
        Directory.CreateDirectory(project.Paths.Static);
        File.CreateSymbolicLink(Path.Combine(project.Paths.Static, "secret.txt"), secret);

        var diagnostics = project.Build();

        Assert.Contains(diagnostics, d => d.ToString().StartsWith("input/static/secret.txt: error: not published:", StringComparison.Ordinal));
        Assert.False(File.Exists(project.OutputFile("secret.txt")));
    }

    [Fact]
    public void An_edit_of_a_static_file_hidden_or_not_is_built_and_one_taken_out_leaves_the_site()
    {
        using var project = new TempProject().WithRepositorySeeds();
        var redirects = Static(project, "_redirects", "/old /news 301\n");
        var security = Static(project, ".well-known/security.txt", "Contact: mailto:desk@news.example\n");
        foreach (var file in Directory.EnumerateFiles(project.Root, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, LongAgo);
        }

        Assert.Equal(0, Run(project, "build").Code);
        Assert.Contains("Nothing changed since the last build", Run(project, "build").Output, StringComparison.Ordinal);

        File.WriteAllText(security, "Contact: mailto:security@news.example\n");
        var (code, output) = Run(project, "build");
        Assert.Equal(0, code);
        Assert.DoesNotContain("Nothing changed", output, StringComparison.Ordinal);
        Assert.Equal("Contact: mailto:security@news.example\n", project.ReadOutput(".well-known/security.txt"));

        File.Delete(redirects);
        Assert.Equal(0, Run(project, "build").Code);
        Assert.False(File.Exists(project.OutputFile("_redirects")));
        Assert.Equal(0, Run(project, "check", "--strict").Code);
    }

    [Fact]
    public void A_static_file_of_the_size_and_time_the_last_build_knew_is_not_read_again()
    {
        using var project = new TempProject().WithRepositorySeeds();
        var media = Static(project, "media/map.txt", "the harbour map, first edition");
        foreach (var file in Directory.EnumerateFiles(project.Root, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, LongAgo);
        }

        Assert.Equal(0, Run(project, "build").Code);
        // Other bytes of the same length, with the time put back: known by size and time, as the stamp knows every input.
        File.WriteAllText(media, "the harbour map, fixed edition");
        File.SetLastWriteTimeUtc(media, LongAgo);
        var seed = Directory.GetFiles(project.Paths.Seeds, "*.txt").Order(StringComparer.Ordinal).First();
        File.AppendAllText(seed, "\nA sentence added to build again.\n");

        var (code, output) = Run(project, "build");

        Assert.True(code == 0, output);
        Assert.DoesNotContain("Nothing changed", output, StringComparison.Ordinal);
        Assert.Equal("the harbour map, first edition", project.ReadOutput("media/map.txt"));

        // A new time: read, and published.
        File.SetLastWriteTimeUtc(media, LongAgo.AddDays(1));
        Assert.Equal(0, Run(project, "build").Code);
        Assert.Equal("the harbour map, fixed edition", project.ReadOutput("media/map.txt"));
    }

    [Fact]
    public void Check_leaves_a_static_file_as_the_maintainer_wrote_it_but_checks_a_site_page_at_its_path()
    {
        using var project = new TempProject().WithRepositorySeeds();
        // A domain's proof file is named .html and is not HTML.
        Static(project, "google0123456789abcdef.html", "google-site-verification: google0123456789abcdef.html");
        Assert.Equal(0, Run(project, "build").Code);

        var (code, output) = Run(project, "check", "--strict");

        Assert.Equal(0, code);
        Assert.Contains("0 errors", output, StringComparison.Ordinal);

        // The same bytes put at a page's path by hand are checked: the exemption is for the maintainer's file as published.
        File.WriteAllText(project.OutputFile("stories/index.html"), "google-site-verification: google0123456789abcdef.html");
        var copies = StaticFiles.Copies(project.Paths);
        var problems = Digest.Check.SiteChecker.Check(project.Paths.Output, "/", project.Paths.Display, cache: null, copies: copies);
        Assert.Contains(problems.Diagnostics, d => d.ToString().StartsWith("output/stories/index.html:", StringComparison.Ordinal));
        Assert.DoesNotContain(problems.Diagnostics, d => d.ToString().Contains("google0123456789abcdef", StringComparison.Ordinal));
    }
}
