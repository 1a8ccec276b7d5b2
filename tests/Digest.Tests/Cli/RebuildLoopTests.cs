using Digest.Cli;
using Digest.Cli.Commands;
using Digest.Cli.Output;
using Digest.Tests.Support;

namespace Digest.Tests.Cli;

public sealed class RebuildLoopTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_theme_file_edit_rebuilds_the_site_and_moves_the_version_pages_reload_on()
    {
        using var project = new TempProject().WithRepositorySeeds();
        Directory.CreateDirectory(project.Paths.ThemeAssets);
        var css = Path.Combine(project.Paths.ThemeAssets, "site.css");
        File.WriteAllText(css, "body { color: navy; }\n");
        using var quiet = new StringWriter();
        Assert.Equal(0, DigestCommand.Run(["build", "--root", project.Root, "--quiet"], quiet, quiet));
        using var output = new StringWriter();
        using var loop = new RebuildLoop(project.Paths, new Reporter(output, output, Verbosity.Quiet, json: false, interactive: false));
        var version = loop.Version();

        await File.WriteAllTextAsync(css, "body { color: teal; }\n");

        // Eventually: the write truncates the file before it fills it, and a build may read it in between (the
        // write's own event brings the next build).
        Assert.True(await Eventually(() => loop.Version() > version && project.ReadOutput("assets/site.css") == "body { color: teal; }\n"),
            "the edited stylesheet was not built");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_watched_folder_that_is_a_link_rebuilds_on_an_edit_behind_the_link(bool assetsLinked)
    {
        using var project = new TempProject().WithRepositorySeeds();
        var elsewhere = Path.Combine(project.Root, "..", Path.GetFileName(project.Root) + "-theme");
        try
        {
            // theme/, or only theme/assets/, kept in a folder elsewhere (a theme shared by several sites) and linked into the
            // project. (A watch follows its own folder's link, not the links below it: theme/assets/ needs a watch of its own.)
            var assets = Path.Combine(elsewhere, "assets");
            Directory.CreateDirectory(assets);
            File.WriteAllText(Path.Combine(assets, "site.css"), "body { color: navy; }\n");
            if (assetsLinked)
            {
                Directory.CreateDirectory(project.Paths.Theme);
                Directory.CreateSymbolicLink(project.Paths.ThemeAssets, assets);
            }
            else
            {
                Directory.CreateSymbolicLink(project.Paths.Theme, elsewhere);
            }

            using var quiet = new StringWriter();
            Assert.Equal(0, DigestCommand.Run(["build", "--root", project.Root, "--quiet"], quiet, quiet));
            Assert.Equal("body { color: navy; }\n", project.ReadOutput("assets/site.css"));
            using var output = new StringWriter();
            using var loop = new RebuildLoop(project.Paths, new Reporter(output, output, Verbosity.Quiet, json: false, interactive: false));
            var version = loop.Version();

            await File.WriteAllTextAsync(Path.Combine(assets, "site.css"), "body { color: teal; }\n");

            Assert.True(await Eventually(() => loop.Version() > version && project.ReadOutput("assets/site.css") == "body { color: teal; }\n"),
                "the stylesheet edited behind the link was not built");
        }
        finally
        {
            Directory.Delete(elsewhere, recursive: true);
        }
    }

    [Fact]
    public async Task A_template_edit_is_reported_as_needing_a_restart_and_builds_nothing()
    {
        using var project = new TempProject().WithRepositorySeeds();
        var pages = Path.Combine(project.Root, "theme", "Pages");
        Directory.CreateDirectory(pages);
        using var quiet = new StringWriter();
        Assert.Equal(0, DigestCommand.Run(["build", "--root", project.Root, "--quiet"], quiet, quiet));
        using var output = new StringWriter();
        var lines = new System.Collections.Concurrent.ConcurrentQueue<string>();
        using var error = new LineWriter(lines.Enqueue);
        using var loop = new RebuildLoop(project.Paths, new Reporter(output, error, Verbosity.Normal, json: false, interactive: false));
        var version = loop.Version();

        await File.WriteAllTextAsync(Path.Combine(pages, "ArticleTemplate.razor"), "<p>changed</p>\n");

        Assert.True(await Eventually(() => lines.Any(l => l.Contains("theme/Pages/ArticleTemplate.razor", StringComparison.Ordinal))), "the template edit was not reported");
        Assert.Contains(lines, l => l.Contains("start it again", StringComparison.Ordinal));
        await Task.Delay(1000);
        Assert.Equal(version, loop.Version());
    }

    [Fact]
    public async Task A_template_edit_is_noted_on_the_pages_for_as_long_as_serve_runs()
    {
        using var project = new TempProject().WithRepositorySeeds();
        var pages = Path.Combine(project.Root, "theme", "Pages");
        Directory.CreateDirectory(pages);
        var problems = new BuildProblems();
        using var output = new StringWriter();
        var reporter = new Reporter(output, output, Verbosity.Quiet, json: false, interactive: false);
        Assert.Equal(0, BuildCommands.Run(project.Paths, ingest: true, publish: true, reporter, problems: problems));
        using var loop = new RebuildLoop(project.Paths, reporter, problems: problems);
        var version = loop.Version();

        await File.WriteAllTextAsync(Path.Combine(pages, "ArticleTemplate.razor"), "<p>changed</p>\n");

        // The pages reload to show it, and a build (here, of a seed's edit) does not take it away.
        Assert.True(await Eventually(() => problems.Lines.Count == 1 && loop.Version() > version), "the template edit was not noted on the pages");
        Assert.Matches(@"^theme/Pages/ArticleTemplate\.razor: warning: .*start it again", problems.Lines[0]);
        var noted = loop.Version();
        var seed = Directory.GetFiles(project.Paths.Seeds, "*.txt").Order(StringComparer.Ordinal).First();
        await File.AppendAllTextAsync(seed, "\nThe council met again on Friday.\n");
        Assert.True(await Eventually(() => loop.Version() > noted), "the seed's edit was not built");
        Assert.Single(problems.Lines);
    }

    [Fact]
    public async Task A_theme_folder_made_after_serve_started_is_watched_too()
    {
        using var project = new TempProject().WithRepositorySeeds();
        using var quiet = new StringWriter();
        Assert.Equal(0, DigestCommand.Run(["build", "--root", project.Root, "--quiet"], quiet, quiet));
        Assert.False(Directory.Exists(project.Paths.Theme));
        using var output = new StringWriter();
        using var loop = new RebuildLoop(project.Paths, new Reporter(output, output, Verbosity.Quiet, json: false, interactive: false));
        var version = loop.Version();

        // Folder and file at once, as `mkdir -p theme/assets && cp site.css theme/assets/` does.
        Directory.CreateDirectory(project.Paths.ThemeAssets);
        await File.WriteAllTextAsync(Path.Combine(project.Paths.ThemeAssets, "site.css"), "body { color: plum; }\n");

        Assert.True(await Eventually(() => loop.Version() > version && project.ReadOutput("assets/site.css").Contains("plum", StringComparison.Ordinal)),
            "the new theme folder's stylesheet was not built");
    }

    [Fact]
    public async Task A_watched_folder_taken_away_and_made_again_is_watched_again()
    {
        using var watched = Watched.Built();
        var (project, loop) = (watched.Project, watched.Loop);
        var seeds = Directory.GetFiles(project.Paths.Seeds).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);
        var version = loop.Version();

        // `rm -r seeds`: a build (which, with no seeds folder, takes no article for gone).
        Directory.Delete(project.Paths.Seeds, recursive: true);
        Assert.True(await Eventually(() => loop.Version() > version), "the seeds taken away were not built");
        var without = loop.Version();

        // `mkdir seeds; cp … seeds/`, then a new seed: each is built, the watch having ended with the folder it watched.
        Directory.CreateDirectory(project.Paths.Seeds);
        foreach (var (name, bytes) in seeds)
        {
            await File.WriteAllBytesAsync(Path.Combine(project.Paths.Seeds, name), bytes);
        }

        Assert.True(await Eventually(() => loop.Version() > without), "the seeds put back were not built");
        await File.WriteAllTextAsync(Path.Combine(project.Paths.Seeds, "heron.txt"), "Heron steals fish\n\nA heron stole a fish from a market in Hamburg on Monday.\n");
        Assert.True(await Eventually(() => File.Exists(project.OutputFile("articles/heron-steals-fish/"))), "a seed added to the folder made again was not built");
    }

    [Fact]
    public async Task A_theme_taken_away_whole_and_made_again_is_built_each_time_and_no_template_is_reported()
    {
        using var project = new TempProject().WithRepositorySeeds();
        Directory.CreateDirectory(project.Paths.ThemeAssets);
        File.WriteAllText(Path.Combine(project.Paths.ThemeAssets, "site.css"), "body { color: plum; }\n");
        using var quiet = new StringWriter();
        Assert.Equal(0, DigestCommand.Run(["build", "--root", project.Root, "--quiet"], quiet, quiet));
        var lines = new System.Collections.Concurrent.ConcurrentQueue<string>();
        using var output = new StringWriter();
        using var error = new LineWriter(lines.Enqueue);
        using var loop = new RebuildLoop(project.Paths, new Reporter(output, error, Verbosity.Quiet, json: false, interactive: false));

        var previous = "plum";
        foreach (var colour in new[] { "olive", "teal" })
        {
            // `rm -r theme`: the built-in stylesheet comes back.
            Directory.Delete(project.Paths.Theme, recursive: true);
            Assert.True(await Eventually(() => !project.ReadOutput("assets/site.css").Contains(previous, StringComparison.Ordinal)), $"the theme taken away ({previous}) was not built");
            Directory.CreateDirectory(project.Paths.ThemeAssets);
            await File.WriteAllTextAsync(Path.Combine(project.Paths.ThemeAssets, "site.css"), $"body {{ color: {colour}; }}\n");
            Assert.True(await Eventually(() => project.ReadOutput("assets/site.css").Contains(colour, StringComparison.Ordinal)), $"the theme made again ({colour}) was not built");
            previous = colour;
        }

        Assert.DoesNotContain(lines, l => l.Contains("compiled into Digest", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_template_written_into_a_folder_just_made_is_reported()
    {
        using var project = new TempProject().WithRepositorySeeds();
        Directory.CreateDirectory(project.Paths.Theme);
        var lines = new System.Collections.Concurrent.ConcurrentQueue<string>();
        using var output = new StringWriter();
        using var error = new LineWriter(lines.Enqueue);
        using var loop = new RebuildLoop(project.Paths, new Reporter(output, error, Verbosity.Normal, json: false, interactive: false));

        var pages = Directory.CreateDirectory(Path.Combine(project.Paths.Theme, "Pages")).FullName;
        await File.WriteAllTextAsync(Path.Combine(pages, "HomeTemplate.razor"), "<p>changed</p>\n");

        Assert.True(await Eventually(() => lines.Any(l => l.Contains("theme/Pages/HomeTemplate.razor", StringComparison.Ordinal))), "the template was not reported");
    }

    [Fact]
    public async Task An_article_ingest_wrote_written_again_in_two_pieces_brings_no_build_and_a_hand_edit_does()
    {
        using var watched = Watched.Built();
        var (project, loop) = (watched.Project, watched.Loop);
        var article = project.ArticleFiles()[0];
        var written = await File.ReadAllBytesAsync(article);
        var version = loop.Version();

        // As ingest's write of a file in more than one piece looks to the watch: an event while it is half written, then
        // the rest. Taken for a maintainer's edit at its first event, it brought a second build after a seed edit. (The
        // pieces come well inside the watch's 300 ms for changes to settle: a pause of 100 ms between them left too little
        // room on a loaded machine, where the test's continuation came late once. So both writes are made on this thread, 50 ms
        // apart, which still lets the old watch, which read the file at its first event, see it half written.)
        File.WriteAllBytes(article, written[..(written.Length / 2)]);
        Thread.Sleep(50);
        File.WriteAllBytes(article, written);
        await Task.Delay(2000);
        Assert.Equal(version, loop.Version());

        // A maintainer's edit of the same file is built (ingest then leaves it as edited).
        await File.WriteAllTextAsync(article, System.Text.Encoding.UTF8.GetString(written).Replace("\n---\n", "\n---\nEdited by hand.\n\n", StringComparison.Ordinal));
        Assert.True(await Eventually(() => loop.Version() > version), "the hand edit was not built");
    }

    [Fact]
    public async Task A_seed_taken_out_is_built_once_its_article_taken_out_by_that_build_brings_no_other()
    {
        using var watched = Watched.Built();
        var (project, loop) = (watched.Project, watched.Loop);
        var articles = project.ArticleFiles();
        var version = loop.Version();

        File.Delete(Directory.GetFiles(project.Paths.Seeds, "*.txt").Order(StringComparer.Ordinal).First());

        Assert.True(await Eventually(() => loop.Version() > version && project.ArticleFiles().Count == articles.Count - 1), "the seed taken out was not built");
        var built = loop.Version();
        await Task.Delay(2000);
        Assert.Equal(built, loop.Version());

        // An article a maintainer takes out is built: ingest writes it again from its seed.
        var article = project.ArticleFiles()[0];
        File.Delete(article);
        Assert.True(await Eventually(() => loop.Version() > built && File.Exists(article)), "the article taken out by hand was not built again");
    }

    [Fact]
    public async Task An_editors_working_files_bring_no_build_while_the_maintainer_types()
    {
        using var watched = Watched.Built();
        var (project, loop) = (watched.Project, watched.Loop);
        var version = loop.Version();
        var seed = Directory.GetFiles(project.Paths.Seeds, "*.txt").Order(StringComparer.Ordinal).First();
        var name = Path.GetFileName(seed);

        // vim's swap file, written again as the maintainer types; emacs's autosave; a backup; the same beside an article.
        foreach (var round in new[] { "a", "ab", "abc" })
        {
            await File.WriteAllTextAsync(Path.Combine(project.Paths.Seeds, "." + name + ".swp"), round);
            await File.WriteAllTextAsync(Path.Combine(project.Paths.Seeds, "#" + name + "#"), round);
            await File.WriteAllTextAsync(Path.Combine(project.Paths.Articles, ".notes.md.swp"), round);
            await Task.Delay(400);
        }

        await File.WriteAllTextAsync(seed + "~", "backup");
        await Task.Delay(2000);
        Assert.Equal(version, loop.Version());

        // Saved: the seed itself is built.
        await File.AppendAllTextAsync(seed, "\nA sentence added on saving.\n");
        Assert.True(await Eventually(() => loop.Version() > version), "the saved seed was not built");
    }

    [Fact]
    public async Task A_hidden_static_file_is_built_and_published_but_an_editors_swap_file_beside_it_brings_no_build()
    {
        using var watched = Watched.Built();
        var (project, loop) = (watched.Project, watched.Loop);
        var wellKnown = Path.Combine(project.Paths.Static, ".well-known");
        Directory.CreateDirectory(wellKnown);
        // (The new folders' own events may bring a build, which finds nothing changed.)
        await Task.Delay(1500);
        var version = loop.Version();

        await File.WriteAllTextAsync(Path.Combine(wellKnown, ".security.txt.swp"), "typing");
        await Task.Delay(2000);
        Assert.Equal(version, loop.Version());

        await File.WriteAllTextAsync(Path.Combine(wellKnown, "security.txt"), "Contact: mailto:desk@news.example\n");
        Assert.True(await Eventually(() => loop.Version() > version && File.Exists(project.OutputFile(".well-known/security.txt"))), "the static file was not built");
        Assert.False(File.Exists(project.OutputFile(".well-known/.security.txt.swp")));
    }

    [Fact]
    public async Task A_link_to_nowhere_put_among_the_articles_is_built_and_named_not_a_crash_of_the_watch()
    {
        using var watched = Watched.Built();
        var (project, loop) = (watched.Project, watched.Loop);
        var version = loop.Version();

        File.CreateSymbolicLink(Path.Combine(project.Paths.Articles, "moved.md"), "elsewhere.md");

        Assert.True(await Eventually(() => loop.Version() > version), "the link was not built");
        Assert.Contains("input/articles/moved.md: error: cannot be read", watched.Said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rebuild_keeps_its_errors_for_the_preview_until_a_rebuild_has_none()
    {
        using var project = new TempProject().WithRepositorySeeds();
        var problems = new BuildProblems();
        using var output = new StringWriter();
        var reporter = new Reporter(output, output, Verbosity.Quiet, json: false, interactive: false);
        Assert.Equal(0, BuildCommands.Run(project.Paths, ingest: true, publish: true, reporter, problems: problems));
        Assert.Empty(problems.Lines);
        using var loop = new RebuildLoop(project.Paths, reporter, problems: problems);

        // A hand-written article whose front matter does not parse: an error naming it; every other page is built.
        var article = Path.Combine(project.Paths.Articles, "harbour-notes.md");
        await File.WriteAllTextAsync(article, "---\ntitle: [Harbour notes\nslug: harbour-notes\n---\nThe ferry sails at noon.\n");

        Assert.True(await Eventually(() => problems.Lines.Count == 1), "the broken article's error was not kept");
        // (The warning that ingest leaves the file alone stays in the terminal.)
        Assert.Matches(@"^input/articles/harbour-notes\.md:\d+:\d+: error: malformed YAML", problems.Lines[0]);

        var version = loop.Version();
        await File.WriteAllTextAsync(article, "---\ntitle: Harbour notes\nslug: harbour-notes\n---\nThe ferry sails at noon.\n");

        Assert.True(await Eventually(() => loop.Version() > version && problems.Lines.Count == 0), "the mended article's build still showed the error");
        Assert.Contains("The ferry sails at noon.", project.ReadOutput("articles/harbour-notes/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_base_url_changes_the_preview_serves_the_rebuilt_site_under_the_new_path()
    {
        using var project = new TempProject().WithRepositorySeeds().WithInputFile("digest.yml", "base_url: /digest/\n");
        using var output = new StringWriter();
        var reporter = new Reporter(output, output, Verbosity.Quiet, json: false, interactive: false);
        Assert.Equal(0, BuildCommands.Run(project.Paths, ingest: true, publish: true, reporter));
        await using var server = await Digest.Preview.PreviewServer.StartAsync(project.Paths.Output, "/digest/");
        var lines = new System.Collections.Concurrent.ConcurrentQueue<string>();
        using var said = new LineWriter(lines.Enqueue);
        using var loop = new RebuildLoop(project.Paths, reporter, afterBuild: () => ServeCommand.FollowBaseUrl(server, project.Paths, said));
        using var http = new HttpClient();
        Assert.Contains("href=\"/digest/stories/\"", await http.GetStringAsync(new Uri(server.Url)), StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(project.Paths.Input, "digest.yml"), "base_url: https://example.org/news\n");

        Assert.True(await Eventually(() => server.Url.EndsWith("/news/", StringComparison.Ordinal)), "the preview did not move to the new base path");
        Assert.Contains(lines, l => l.StartsWith("base_url changed: serving output/ at http://127.0.0.1:", StringComparison.Ordinal) && l.EndsWith("/news/", StringComparison.Ordinal));
        var home = await http.GetStringAsync(new Uri(server.Url));
        Assert.Contains("href=\"/news/stories/\"", home, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await http.GetAsync(new Uri(server.Url + "stories/"))).StatusCode);
        // A rebuild that leaves base_url as it is does not move it, or say anything.
        Assert.False(server.MoveTo("/news/"));
    }

    // A project of the repository's seeds, built, and a loop watching it (quiet).
    private sealed class Watched : IDisposable
    {
        private readonly StringWriter _output = new();

        private Watched()
        {
            Project = new TempProject().WithRepositorySeeds();
            var reporter = new Reporter(_output, _output, Verbosity.Quiet, json: false, interactive: false);
            Assert.Equal(0, BuildCommands.Run(Project.Paths, ingest: true, publish: true, reporter));
            Loop = new RebuildLoop(Project.Paths, reporter);
        }

        public TempProject Project { get; }

        public RebuildLoop Loop { get; }

        // What the builds reported.
        public string Said => _output.ToString();

        public static Watched Built() => new();

        public void Dispose()
        {
            Loop.Dispose();
            Project.Dispose();
            _output.Dispose();
        }
    }

    private static async Task<bool> Eventually(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            await Task.Delay(50);
        }

        return true;
    }

    private sealed class LineWriter(Action<string> onLine) : StringWriter(System.Globalization.CultureInfo.InvariantCulture)
    {
        public override void WriteLine(string? value)
        {
            onLine(value ?? "");
            base.WriteLine(value);
        }
    }
}
