using System.Text.Json;
using Digest.Cli;
using Digest.Tests.Support;

namespace Digest.Tests.Cli;

public sealed class UpToDateBuildTests
{
    private static readonly DateTime LongAgo = new(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    // Inputs written long ago, as a project's are: only then is a build stamped (see BuildStamp.Settled).
    private static TempProject Project()
    {
        var project = new TempProject().WithRepositorySeeds();
        Backdate(project.Paths.Seeds);
        Backdate(project.Paths.Input);
        return project;
    }

    private static void Backdate(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, LongAgo);
        }
    }

    private static (int Code, string Output) Build(TempProject project, params string[] options)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = DigestCommand.Run(["build", "--root", project.Root, .. options], output, error);
        return (code, output + error.ToString());
    }

    private static Dictionary<string, DateTime> OutputTimes(TempProject project) =>
        Directory.EnumerateFiles(project.Paths.Output, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc);

    [Fact]
    public void A_project_moved_to_another_folder_keeps_its_output_and_makes_no_page_again()
    {
        using var project = Project();
        Assert.Equal(0, Build(project).Code);
        var moved = project.Root + "-moved";
        Directory.Move(project.Root, moved);
        try
        {
            using var output = new StringWriter();
            Assert.Equal(0, DigestCommand.Run(["build", "--root", moved], output, output));
            // The stamp names the project's files from the cache folder, and the manifest names output/ from there: the
            // last build still stands for the moved project, which has nothing to do.
            Assert.Contains("Nothing changed since the last build", output.ToString(), StringComparison.Ordinal);
            Assert.Contains(", 0 pages made, 0 files changed) in output/", output.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Move(moved, project.Root);
        }
    }

    [Fact]
    public void A_change_to_the_file_a_seed_links_to_is_seen_by_the_next_build()
    {
        using var project = Project();
        var kept = Path.Combine(project.Root, "kept", "ferry.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(kept)!);
        File.WriteAllText(kept, "Ferry Line Approved\n\nThe harbour council approved a new ferry line on Tuesday.\n");
        File.SetLastWriteTimeUtc(kept, LongAgo);
        File.CreateSymbolicLink(Path.Combine(project.Paths.Seeds, "ferry.txt"), kept);
        Assert.Equal(0, Build(project).Code);
        Assert.Contains("Nothing changed since the last build", Build(project).Output, StringComparison.Ordinal);

        // The link is as it was; the file it leads to is longer, and newer.
        File.AppendAllText(kept, "\nThe first ferry sails in May.\n");
        var (code, output) = Build(project);

        Assert.Equal(0, code);
        Assert.DoesNotContain("Nothing changed", output, StringComparison.Ordinal);
        var article = project.ArticleFiles().Single(f => Path.GetFileName(f).StartsWith("ferry-line-approved", StringComparison.Ordinal));
        Assert.Contains("The first ferry sails in May.", File.ReadAllText(article), StringComparison.Ordinal);
    }

    [Fact]
    public void A_build_with_nothing_changed_does_nothing_and_reports_the_same_figures()
    {
        using var project = Project();
        var (firstCode, first) = Build(project, "--json");
        var times = OutputTimes(project);

        var (code, second) = Build(project, "--json");

        Assert.Equal((0, 0), (firstCode, code));
        using var before = JsonDocument.Parse(first);
        using var after = JsonDocument.Parse(second);
        foreach (var figure in new[] { "seeds", "articles", "copies", "stories", "entities", "pages", "files", "errors", "warnings" })
        {
            Assert.Equal(before.RootElement.GetProperty(figure).GetInt32(), after.RootElement.GetProperty(figure).GetInt32());
        }

        Assert.Equal(0, after.RootElement.GetProperty("written").GetInt32());
        Assert.Equal(0, after.RootElement.GetProperty("pages_made").GetInt32());
        Assert.Equal(times, OutputTimes(project));
        Assert.Contains("Nothing changed since the last build", Build(project).Output, StringComparison.Ordinal);
    }

    // A seed given new bytes that clean to the same article (a blank line), dated after the last build.
    private static string Reworded(TempProject project)
    {
        var seed = Directory.GetFiles(project.Paths.Seeds, "*.txt").Order(StringComparer.Ordinal).First();
        File.AppendAllText(seed, "\n\n");
        File.SetLastWriteTimeUtc(seed, LongAgo.AddDays(1));
        return seed;
    }

    [Fact]
    public void A_seed_whose_new_bytes_give_the_same_articles_leaves_the_site_as_it_is()
    {
        using var project = Project();
        var (_, first) = Build(project, "--json");
        var times = OutputTimes(project);
        Reworded(project);

        var (code, second) = Build(project, "--json");

        Assert.Equal(0, code);
        using var before = JsonDocument.Parse(first);
        using var after = JsonDocument.Parse(second);
        foreach (var figure in new[] { "seeds", "articles", "copies", "stories", "entities", "pages", "files", "errors", "warnings" })
        {
            Assert.Equal(before.RootElement.GetProperty(figure).GetInt32(), after.RootElement.GetProperty(figure).GetInt32());
        }

        Assert.Equal(0, after.RootElement.GetProperty("pages_made").GetInt32());
        Assert.Equal(times, OutputTimes(project));
        Reworded(project);
        Assert.Contains("No article changed since the last build", Build(project).Output, StringComparison.Ordinal);
        // The build left a stamp of the project as it is now: the next one has nothing to do.
        Assert.Contains("Nothing changed", Build(project).Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_seed_with_the_same_article_and_any_other_change_publishes_again()
    {
        using var project = Project();
        Build(project);
        Reworded(project);
        Assert.Contains("No article changed", Build(project).Output, StringComparison.Ordinal);

        // A setting changed too: the site is made with it.
        Reworded(project);
        File.WriteAllText(Path.Combine(project.Paths.Input, "digest.yml"), "title: Harbour News Daily\n");
        File.SetLastWriteTimeUtc(Path.Combine(project.Paths.Input, "digest.yml"), LongAgo.AddDays(1));
        var (_, settings) = Build(project);
        Assert.DoesNotContain("No article changed", settings, StringComparison.Ordinal);
        Assert.Contains("Harbour News Daily", File.ReadAllText(project.OutputFile("")), StringComparison.Ordinal);

        // A page of the site changed by hand: it is made again.
        Reworded(project);
        var home = project.OutputFile("");
        var page = File.ReadAllText(home);
        File.WriteAllText(home, "defaced");
        Assert.DoesNotContain("No article changed", Build(project).Output, StringComparison.Ordinal);
        Assert.Equal(page, File.ReadAllText(home));

        // A seed taken out: its article goes, and its page.
        Reworded(project);
        var gone = Directory.GetFiles(project.Paths.Seeds, "*.txt").Order(StringComparer.Ordinal).Last();
        var articles = project.ArticleFiles().Count;
        File.Delete(gone);
        Assert.DoesNotContain("No article changed", Build(project).Output, StringComparison.Ordinal);
        Assert.Equal(articles - 1, project.ArticleFiles().Count);

        // Drafts asked for: another site.
        Reworded(project);
        Assert.DoesNotContain("No article changed", Build(project, "--drafts").Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_seed_a_changed_output_file_or_another_output_folder_makes_the_build_work_again()
    {
        using var project = Project();
        Build(project);
        var seed = Directory.GetFiles(project.Paths.Seeds, "*.txt").Order(StringComparer.Ordinal).First();
        File.AppendAllText(seed, "\nOne more sentence about the matter.\n");
        File.SetLastWriteTimeUtc(seed, LongAgo.AddDays(1));

        var (_, edited) = Build(project);
        Assert.DoesNotContain("Nothing changed", edited, StringComparison.Ordinal);
        Assert.Contains("1 written", edited, StringComparison.Ordinal);
        Backdate(project.Paths.Input);
        Build(project); // stamps the edited project
        Assert.Contains("Nothing changed", Build(project).Output, StringComparison.Ordinal);

        // A page changed by hand is made again, as a build without the stamp would.
        var home = project.OutputFile("");
        var page = File.ReadAllText(home);
        File.WriteAllText(home, "defaced");
        Assert.DoesNotContain("Nothing changed", Build(project).Output, StringComparison.Ordinal);
        Assert.Equal(page, File.ReadAllText(home));

        Assert.DoesNotContain("Nothing changed", Build(project, "--output", Path.Combine(project.Root, "elsewhere")).Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_build_that_leaves_unchanged_seeds_and_articles_unread_gives_the_bytes_of_a_build_from_scratch()
    {
        using var project = Project();
        Build(project);
        Backdate(project.Paths.Input); // the articles written long ago too: the next build trusts them by size and time
        var seed = Directory.GetFiles(project.Paths.Seeds, "*.txt").Order(StringComparer.Ordinal).First();
        var text = File.ReadAllText(seed);
        var body = text.IndexOf('\n', StringComparison.Ordinal); // the title (and so the slug) stays
        File.WriteAllText(seed, text[..body] + text[body..].Replace(" the ", " this ", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(seed, LongAgo.AddDays(1));
        using var scratch = new TempProject();
        CopyFolder(project.Paths.Seeds, scratch.Paths.Seeds);

        var (code, edited) = Build(project);
        Assert.Equal(0, Build(scratch, "--no-cache").Code);

        Assert.Equal(0, code);
        Assert.Contains("1 written", edited, StringComparison.Ordinal);
        foreach (var folder in new Func<TempProject, string>[] { p => p.Paths.Articles, p => p.Paths.Output })
        {
            var expected = Directory.EnumerateFiles(folder(scratch), "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
            var actual = Directory.EnumerateFiles(folder(project), "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(expected.Select(f => Path.GetRelativePath(folder(scratch), f)), actual.Select(f => Path.GetRelativePath(folder(project), f)));
            for (var i = 0; i < expected.Count; i++)
            {
                Assert.True(File.ReadAllBytes(expected[i]).AsSpan().SequenceEqual(File.ReadAllBytes(actual[i])), $"{actual[i]} differs from a build from scratch");
            }
        }
    }

    [Fact]
    public void A_build_without_the_cache_neither_reads_nor_fills_it_leaves_no_folder_and_gives_the_bytes_of_a_build_with_it()
    {
        using var project = Project();
        Build(project);
        using var scratch = new TempProject();
        CopyFolder(project.Paths.Seeds, scratch.Paths.Seeds);
        Assert.Equal(0, Build(scratch).Code);
        // The project's cache, as the build before left it but for a store made unreadable: a build that read it would fail to.
        var stores = Directory.GetFiles(project.Paths.Cache, "*.cache");
        foreach (var store in stores)
        {
            File.WriteAllText(store, "not a cache");
        }

        var kept = stores.ToDictionary(s => s, File.GetLastWriteTimeUtc);

        var (code, output) = Build(project, "--no-cache");

        Assert.True(code == 0, output);
        Assert.All(stores, store => Assert.Equal("not a cache", File.ReadAllText(store)));
        Assert.All(stores, store => Assert.Equal(kept[store], File.GetLastWriteTimeUtc(store)));
        Assert.False(File.Exists(Digest.Publish.Publisher.ManifestPath(project.Paths)), "the manifest of the output/ before stayed");
        Assert.False(File.Exists(Path.Combine(project.Paths.Cache, "build.stamp")));
        // The build's own cache was a folder of the project's cache folder, and is gone.
        Assert.Empty(Directory.GetDirectories(project.Paths.Cache));
        var expected = Directory.EnumerateFiles(scratch.Paths.Output, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var actual = Directory.EnumerateFiles(project.Paths.Output, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected.Select(f => Path.GetRelativePath(scratch.Paths.Output, f)), actual.Select(f => Path.GetRelativePath(project.Paths.Output, f)));
        Assert.All(expected.Zip(actual), pair => Assert.True(File.ReadAllBytes(pair.First).AsSpan().SequenceEqual(File.ReadAllBytes(pair.Second)), $"{pair.Second} differs"));
    }

    [Fact]
    public void A_build_without_the_cache_builds_where_the_projects_cache_folder_cannot_be_made()
    {
        using var project = Project();
        File.WriteAllText(project.Paths.Cache, "a file where the cache folder would be");

        var (code, output) = Build(project, "--no-cache");

        Assert.True(code == 0, output);
        Assert.True(File.Exists(project.OutputFile("index.html")));
        Assert.Equal("a file where the cache folder would be", File.ReadAllText(project.Paths.Cache));
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }

    // The stamp a build leaves is taken while publish runs (BuildStamping.Begin): a seed changed after that, with a time
    // from before the build (as a copy or a checkout may give it), is not in the stamp, so the next build works again.
    [Fact]
    public async Task A_seed_changed_after_the_leaving_stamp_was_taken_makes_the_next_build_work_again()
    {
        using var project = Project();
        Build(project);
        Backdate(project.Paths.Input);
        Build(project);
        var started = DateTime.UtcNow;
        var before = Digest.Cli.Commands.BuildStamping.Check(project.Paths);
        Assert.NotNull(before.UpToDate);

        var taken = Digest.Cli.Commands.BuildStamping.Begin(project.Paths, before);
        await taken;
        var seed = Directory.GetFiles(project.Paths.Seeds, "*.txt").Order(StringComparer.Ordinal).First();
        File.AppendAllText(seed, "\nOne more sentence about the matter.\n");
        File.SetLastWriteTimeUtc(seed, LongAgo.AddDays(2));
        Digest.Cli.Commands.BuildStamping.Keep(project.Paths, before, started, new Digest.Cli.Output.BuildSummary { Diagnostics = [] }, taken);

        var (code, output) = Build(project);
        Assert.Equal(0, code);
        Assert.DoesNotContain("Nothing changed", output, StringComparison.Ordinal);
        Assert.Contains("1 written", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_build_with_a_warning_is_not_stamped_so_the_next_one_reports_it_again()
    {
        using var project = Project();
        project.WithInputFile("digest.yml", "titel: typo\n");
        Backdate(project.Paths.Input);

        var (_, first) = Build(project);
        var (_, second) = Build(project);

        Assert.Contains("1 warnings", first, StringComparison.Ordinal);
        Assert.Contains("1 warnings", second, StringComparison.Ordinal);
        Assert.DoesNotContain("Nothing changed", second, StringComparison.Ordinal);
    }

    [Fact]
    public void A_seed_that_cannot_be_read_is_an_error_of_the_build_not_of_the_stamp()
    {
        using var project = Project();
        Build(project);
        File.CreateSymbolicLink(Path.Combine(project.Paths.Seeds, "gone.txt"), Path.Combine(project.Root, "nowhere.txt"));

        var (code, output) = Build(project);

        Assert.Equal(DigestCommand.ContentErrors, code);
        Assert.Contains("seeds/gone.txt", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Nothing changed", Build(project).Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_publish_and_no_cache_builds_remove_the_stamp()
    {
        using var project = Project();
        Build(project);
        Assert.True(File.Exists(Path.Combine(project.Paths.Cache, "build.stamp")));

        using (var output = new StringWriter())
        {
            DigestCommand.Run(["publish", "--root", project.Root], output, output);
        }

        Assert.False(File.Exists(Path.Combine(project.Paths.Cache, "build.stamp")));
        Build(project);
        Build(project, "--no-cache");
        Assert.False(File.Exists(Path.Combine(project.Paths.Cache, "build.stamp")));
    }

    [Fact]
    public void A_changed_theme_file_of_the_project_makes_the_build_work_again()
    {
        using var project = Project();
        var assets = project.Paths.ThemeAssets;
        Directory.CreateDirectory(assets);
        File.WriteAllText(Path.Combine(assets, "site.css"), "body { color: navy; }\n");
        Backdate(assets);
        Build(project);
        Assert.Contains("Nothing changed since the last build", Build(project).Output, StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(assets, "site.css"), "body { color: teal; }\n");

        var (code, output) = Build(project);
        Assert.Equal(0, code);
        Assert.DoesNotContain("Nothing changed", output, StringComparison.Ordinal);
        Assert.Equal("body { color: teal; }\n", project.ReadOutput("assets/site.css"));
    }
}
