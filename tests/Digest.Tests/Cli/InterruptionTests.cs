using System.Diagnostics;
using Digest.Cli;
using Digest.Ingest;
using Digest.Publish;
using Digest.Tests.Support;
using Digest.Theme;

namespace Digest.Tests.Cli;

/// <summary>A build interrupted (Ctrl+C, SIGTERM) stops at its next safe point and leaves the site and the articles as they were.</summary>
public sealed class InterruptionTests
{
    private const int SigTerm = 15;
    // Every file of a folder with its bytes, by path.
    private static Dictionary<string, string> Snapshot(string folder) => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
        .ToDictionary(file => Path.GetRelativePath(folder, file), file => Convert.ToHexString(File.ReadAllBytes(file)), StringComparer.Ordinal);

    private static TempProject Built()
    {
        var project = new TempProject().WithRepositorySeeds();
        Assert.DoesNotContain(project.Build(), d => d.Severity == Severity.Error);
        // A seed's new paragraph: the next build has an article, pages and feeds to change.
        var seed = Directory.GetFiles(project.Paths.Seeds, "*.txt").Order(StringComparer.Ordinal).First();
        File.AppendAllText(seed, "\nA correction: an earlier version of this report gave the wrong date for the vote.\n");
        return project;
    }

    [Theory]
    [InlineData("load articles and catalogs")]
    [InlineData("render pages")]
    [InlineData("feeds, sitemap, search index, assets")]
    public void A_publish_stopped_at_the_end_of_a_step_leaves_output_as_it_was_and_nothing_staged(string step)
    {
        using var project = Built();
        Assert.Equal(1, project.Ingest().Written);
        var before = Snapshot(project.Paths.Output);
        using var interrupt = new CancellationTokenSource();

        Assert.Throws<OperationCanceledException>(() => Publisher.Run(project.Paths, () => new RazorPageRenderer(),
            onStep: time => { if (time.Step == step) { interrupt.Cancel(); } }, cancel: interrupt.Token));

        Assert.Equal(before, Snapshot(project.Paths.Output));
        Assert.Equal(["output"], Directory.GetDirectories(project.Root, "output*").Select(Path.GetFileName));
        // The next publish makes what the stopped one would have.
        Assert.NotEqual(0, project.Publish().Changed);
        Assert.NotEqual(before, Snapshot(project.Paths.Output));
    }

    [Fact]
    public void An_ingest_stopped_at_the_end_of_a_step_writes_no_article()
    {
        using var project = Built();
        var before = Snapshot(project.Paths.Articles);
        using var interrupt = new CancellationTokenSource();

        Assert.Throws<OperationCanceledException>(() => Ingester.Run(project.Paths, onStage: (step, _) => { if (step == "dedup: topics") { interrupt.Cancel(); } }, cancel: interrupt.Token));

        Assert.Equal(before, Snapshot(project.Paths.Articles));
        Assert.Equal(1, project.Ingest().Written);
    }

    [Fact]
    public void A_cold_ingest_stopped_after_recognition_keeps_the_extracts_and_mentions_for_the_next()
    {
        using var project = new TempProject().WithRepositorySeeds();
        using var interrupt = new CancellationTokenSource();

        Assert.Throws<OperationCanceledException>(() => Ingester.Run(project.Paths, onStage: (step, _) => { if (step == "entities") { interrupt.Cancel(); } }, cancel: interrupt.Token));

        Assert.Empty(project.ArticleFiles());
        Assert.False(File.Exists(Path.Combine(project.Paths.Cache, "article-files.cache")));
        var seeds = Directory.GetFiles(project.Paths.Seeds).Order(StringComparer.Ordinal).ToList();
        using (var cache = IngestCache.Open(project.Paths.Cache, project.Paths))
        {
            Assert.All(seeds, seed => Assert.True(cache.HasExtract(Path.GetFileName(seed), Digest.Cache.FileDigests.HashOf(File.ReadAllBytes(seed))), seed));
        }

        // Each article's mentions, under the key recognition looks them up by (the articles as an ingest without the cache makes them).
        using var other = new TempProject().WithRepositorySeeds();
        var articles = Ingester.Run(other.Paths, useCache: false).Articles;
        var catalog = Digest.Entities.EntityCatalog.Load(project.Paths, []);
        using var recognition = Digest.Cache.CacheStore.Open(project.Paths.Cache, PublishCache.EntityRecognitionStore, Digest.Cache.CodeVersion.Digest);
        Assert.Equal(seeds.Count, articles.Count);
        Assert.All(articles, article => Assert.True(recognition.TryGet(Digest.Entities.EntityResolver.MentionsKey(article, catalog), out _), article.Slug));
    }

    [Fact]
    public void Entity_recognition_the_longest_step_of_a_cold_ingest_stops_between_articles()
    {
        var articles = Enumerable.Range(0, 50).Select(i => new Article { Slug = $"a{i}", Story = $"a{i}", Title = $"Report {i}", Body = $"Ministers met in Lisbon on day {i}." }).ToList();
        using var interrupt = new CancellationTokenSource();
        interrupt.Cancel();

        Assert.Throws<OperationCanceledException>(void () => Digest.Entities.EntityStage.Run(articles, Digest.Entities.EntityCatalog.Shipped, cancel: interrupt.Token));
        Assert.Contains("Lisbon", Digest.Entities.EntityStage.Run(articles, Digest.Entities.EntityCatalog.Shipped)[0].Entities);
    }

    [Fact]
    public async Task A_build_process_sent_SIGTERM_stops_with_exit_code_130_and_leaves_no_staging_folder()
    {
        using var project = new TempProject();
        // Enough seeds that the build is still under way when the signal comes, even on a machine busy with other work
        // (60 seeds were once built whole, in a CI run beside other builds, before the test's thread sent it).
        for (var i = 0; i < 600; i++)
        {
            project.WithSeed($"seed-{i:D3}.txt", $"Report number {i} on the harbour works\n\nThe harbour works in town {i} went on for a {i}th week, the council said. " +
                $"Ferries to island {i} ran late, and the mayor of town {i} asked for patience while the quay was rebuilt.\n");
        }

        var cli = Path.Combine(AppContext.BaseDirectory, "Digest.Cli.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { cli, "build", "--root", project.Root, "--verbose" })
        {
            start.ArgumentList.Add(argument);
        }

        using var build = Process.Start(start)!;
        var error = build.StandardError.ReadToEndAsync();
        // The first step's line: the build has begun (and listens for the signal).
        while (await build.StandardOutput.ReadLineAsync() is { } line && !line.Contains("open cache", StringComparison.Ordinal))
        {
        }

        if (Kill(build.Id, SigTerm) != 0)
        {
            await build.WaitForExitAsync();
            Assert.Fail($"the build had ended before the signal, with exit code {build.ExitCode}: {await error}");
        }

        var rest = build.StandardOutput.ReadToEndAsync();
        await build.WaitForExitAsync();

        Assert.True(DigestCommand.Interrupted == build.ExitCode, $"exit code {build.ExitCode}: {await rest}{await error}");
        // Said at the signal, and again when the build has stopped.
        Assert.Contains("digest: stopping at the next safe point, and removing what was staged (Ctrl+C again ends at once)…", await error, StringComparison.Ordinal);
        Assert.Contains("interrupted: the build stopped before its end, and output/ is as it was", await error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(project.Paths.Output));
        Assert.Empty(Directory.GetDirectories(project.Root, "output*"));
    }

    [Fact]
    public void In_a_terminal_the_spinner_says_the_build_is_stopping()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var reporter = new Digest.Cli.Output.Reporter(output, error, Digest.Cli.Output.Verbosity.Normal, json: false, interactive: true);

        // As the signal handler does, from another thread while the stage runs; the spinner draws the text it is given.
        reporter.Stage("Publishing the site", () =>
        {
            Task.Run(reporter.Stopping).Wait();
            // Spectre redraws the spinner every 80 ms or so: a second leaves room for a busy machine.
            Thread.Sleep(1000);
            return 0;
        });

        Assert.Contains("Publishing the site: stopping… (Ctrl+C again ends at once)", output.ToString(), StringComparison.Ordinal);
        Assert.Equal("", error.ToString());
    }

    // Sends a signal (libc's kill(2)): .NET can only end a process outright.
    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill")]
    private static extern int Kill(int processId, int signal);
}
