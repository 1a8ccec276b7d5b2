using System.CommandLine;
using System.Diagnostics;
using Digest.Cache;
using Digest.Cli.Output;
using Digest.Ingest;
using Digest.Publish;
using Digest.Theme;

namespace Digest.Cli.Commands;

/// <summary><c>build</c>, <c>ingest</c> and <c>publish</c>: the two stages, alone or in turn.</summary>
internal static class BuildCommands
{
    public static Command Build(TextWriter output, TextWriter error) =>
        Create("build", "Ingest the seeds, then publish the site", output, error, ingest: true, publish: true,
            CommonOptions.Seeds, CommonOptions.Input, CommonOptions.Output, CommonOptions.NoCache, CommonOptions.Drafts, CommonOptions.BaseUrl, CommonOptions.Strict)
            .Reading(CommonOptions.Seeds);

    public static Command Ingest(TextWriter output, TextWriter error) =>
        Create("ingest", "Turn seeds into markdown articles in input/articles/", output, error, ingest: true, publish: false,
            CommonOptions.Seeds, CommonOptions.Input, CommonOptions.NoCache, CommonOptions.Strict)
            .Reading(CommonOptions.Seeds);

    public static Command Publish(TextWriter output, TextWriter error) =>
        Create("publish", "Publish input/ as a static site in output/", output, error, ingest: false, publish: true,
            CommonOptions.Input, CommonOptions.Output, CommonOptions.NoCache, CommonOptions.Drafts, CommonOptions.BaseUrl, CommonOptions.Strict)
            .Reading(CommonOptions.Input);

    /// <summary>
    /// Runs the stages on <paramref name="paths"/>; the exit code. A folder that cannot be read or written stops the
    /// build with its message (the stack too with <c>--verbose</c>), not a crash: serve's watch loop goes on after it.
    /// <paramref name="drafts"/> publishes the articles marked <c>draft: true</c> too. Ctrl+C stops it at its next safe
    /// point (<see cref="Interruption"/>): exit code 130, <c>output/</c> as it was. <paramref name="baseUrl"/> (<c>--base-url</c>)
    /// replaces the settings' <c>base_url</c> when given. <paramref name="problems"/>, if given, keeps the build's errors, or
    /// why it stopped (serve shows them on its pages). <paramref name="removed"/>, if given, receives the article files
    /// ingest took out of <c>input/articles/</c> (serve's watch tells them from a maintainer's removals).
    /// </summary>
    public static int Run(ProjectPaths paths, bool ingest, bool publish, Reporter reporter, bool useCache = true, bool drafts = false, string? baseUrl = null,
        BuildProblems? problems = null, ICollection<string>? removed = null)
    {
        // Publish replaces its output folder whole, and ingest takes articles out of input/articles/: folders that meet are refused first.
        if (BuiltFolders.BuildRefusal(paths, ingest, publish) is { } refusal)
        {
            reporter.Failure(refusal, null, DigestCommand.UsageError);
            problems?.Record([Diagnostic.Error("digest", refusal)]);
            return DigestCommand.UsageError;
        }

        // A file where the build needs a folder stops it before it starts, named (.NET's messages said "already exists", or
        // a part of some path not found, and the cache's crashed the build).
        if (FileWhereFolderBelongs(paths, publish, useCache) is { } file)
        {
            // A link whose target is gone is a file to .NET, which a maintainer would not call it.
            var message = new FileInfo(file).LinkTarget is { } target
                ? $"the build stopped: {paths.Display(file)} is a link to {target}, which is no folder; make that folder, or take the link away"
                : $"the build stopped: {paths.Display(file)} is a file, where the build needs a folder; move it away";
            reporter.Failure(message, null);
            problems?.Record([Diagnostic.Error("digest", message)]);
            return DigestCommand.FileSystemError;
        }

        using var interruption = new Interruption(reporter.Stopping);
        // A whole build without the cache: its stages share a cache of this build alone, in a folder of its own that goes
        // when the build ends (OwnCache), as a first build's stages share the one they fill (publish takes ingest's
        // articles and recognised names instead of reading and recognising them again). Nothing of the project's cache is
        // read or filled; its stamp and manifest of output/, which the new output/ makes stale, are taken out first.
        DirectoryInfo? own = null;
        // What the stages found, kept here too: a build that stops on a folder reports what it found before.
        var found = new List<Diagnostic>();
        try
        {
            if (!useCache && ingest && publish)
            {
                own = OwnCache(paths);
                BuildStamp.Remove(paths);
                Publisher.ForgetManifest(paths);
            }

            var code = RunStages(own is null ? paths : paths with { Cache = own.FullName }, ingest, publish, reporter, useCache: useCache || own is not null,
                stamping: useCache && ingest && publish, drafts, baseUrl, problems, removed, found, interruption.Token);
            if (interruption.Token.IsCancellationRequested)
            {
                // Asked to stop once it had begun to put its results in place (ingest's writing, publish's swap), which
                // always finishes: "stopping … removing what was staged" was said, and is corrected.
                reporter.FinishedWhenStopped(paths.Display(paths.Output));
            }

            return code;
        }
        catch (Exception e) when (FileSystemProblem(e) is { } problem)
        {
            var message = $"the build stopped: {paths.Message(problem)}";
            reporter.Failure(message, e, found: found);
            problems?.Record([.. found, Diagnostic.Error("digest", message)]);
            return DigestCommand.FileSystemError;
        }
        catch (OperationCanceledException) when (interruption.Token.IsCancellationRequested)
        {
            // A cancellation's stack says nothing, even with --verbose.
            reporter.Failure($"interrupted: the build stopped before its end, and {paths.Display(paths.Output)}/ is as it was", null, DigestCommand.Interrupted);
            return DigestCommand.Interrupted;
        }
        finally
        {
            try
            {
                own?.Delete(recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A folder of the system's temporary ones, left behind: the build's result stands.
            }
        }
    }

    // The file system's exception that stopped the build: e itself, or, from steps that run on every core or side by side,
    // the first of an AggregateException that holds nothing else (it escaped as a crash with a stack trace). Null for a bug.
    private static Exception? FileSystemProblem(Exception e) => e switch
    {
        IOException or UnauthorizedAccessException => e,
        AggregateException all when all.Flatten().InnerExceptions is { Count: > 0 } inner && inner.All(i => i is IOException or UnauthorizedAccessException) => inner[0],
        _ => null,
    };

    // The first folder the build writes or reads whole that is a file (the seeds folder's problem is ingest's own warning).
    // A build without the cache makes one of its own elsewhere when .digest-cache/ cannot be made (OwnCache).
    private static string? FileWhereFolderBelongs(ProjectPaths paths, bool publish, bool useCache) =>
        new[] { paths.Input, paths.Articles, publish ? paths.Output : null, useCache ? paths.Cache : null }.FirstOrDefault(File.Exists);

    // The folder of a build's own cache: inside the project's cache folder, on the disk a build's cache is on (a 100,000-seed
    // cache is 2.4 GB, and a system's temporary folder may be memory), under a name no other build uses; among the
    // system's temporary folders when the project's cannot be written (a read-only cache, which --no-cache gets round).
    private static DirectoryInfo OwnCache(ProjectPaths paths)
    {
        try
        {
            return Directory.CreateDirectory(Path.Combine(paths.Cache, ".no-cache-" + Path.GetRandomFileName()));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Directory.CreateTempSubdirectory("digest-build-");
        }
    }

    private static int RunStages(ProjectPaths paths, bool ingest, bool publish, Reporter reporter, bool useCache, bool stamping, bool drafts, string? baseUrl,
        BuildProblems? problems, ICollection<string>? removed, List<Diagnostic> diagnostics, CancellationToken cancel)
    {
        var clock = Stopwatch.StartNew();
        var started = DateTime.UtcNow;
        var summary = new BuildSummary { Diagnostics = diagnostics };

        // A build whose inputs, code and output folder are all as the last clean build left them has nothing to do.
        var stamp = stamping ? BuildStamping.Check(paths, drafts, baseUrl) : null;
        // What ingest reads and writes, recorded for the stamp this build leaves: it need not read those files again.
        var digests = stamping ? new FileDigests() : null;
        // And what the stamp just taken knows: an article file unchanged since the last build need not be read.
        if (stamp?.Now is { } now)
        {
            digests!.Trust(now);
        }

        if (stamp?.UpToDate is { } unchanged)
        {
            reporter.Line($"Nothing changed since the last build: {paths.Display(paths.Output)}/ is up to date.");
            reporter.Summary(unchanged with { Seconds = clock.Elapsed.TotalSeconds });
            problems?.Record([]);
            return DigestCommand.Success;
        }

        // Whatever this build does, the stamp of the last one no longer describes the folders.
        BuildStamp.Remove(paths);
        // The articles ingest read and wrote: publish takes them instead of reading each file again (with the cache
        // only: without it, publish reads and parses everything afresh).
        Content.ArticleFiles? ingested = null;
        // Ingest never writes output/: the previous publish's files are checked in the background while it runs.
        using var output = publish ? Publisher.OpenOutput(paths, useCache) : null;
        if (ingest)
        {
            (summary, ingested) = Ingest(paths, reporter, useCache, summary, diagnostics, digests, removed, cancel);
        }

        // Ingest has written what it writes into the folders the stamp covers: the stamp this build leaves is taken while publish runs.
        var ending = stamp is not null ? BuildStamping.Begin(paths, stamp, digests, drafts, baseUrl) : null;
        // Only seeds changed, and no article with them: the site is the last build's (a seed's new bytes that clean to the same article).
        if (stamp is not null && output is not null && BuildStamping.PublishKept(paths, stamp, summary, output) is { } kept)
        {
            reporter.Line($"No article changed since the last build: {paths.Display(paths.Output)}/ is up to date.");
            summary = kept;
            publish = false;
        }

        if (publish)
        {
            var result = reporter.Stage("Publishing the site", () => Publisher.Run(paths, () => new RazorPageRenderer(), useCache: useCache, ingested: ingested, onStep: reporter.Step, drafts: drafts, output: output, cancel: cancel, baseUrl: baseUrl, known: digests));
            reporter.Timings();
            // Both stages read input/ (a broken markdown article, a curated file): each problem is reported once.
            var reported = diagnostics.ToHashSet();
            diagnostics.AddRange(result.Diagnostics.Where(reported.Add));
            summary = summary with
            {
                Articles = result.Articles,
                Copies = result.Copies,
                Stories = result.Stories,
                Entities = result.Entities,
                Pages = result.Pages,
                Files = result.Files,
                Rendered = result.Rendered,
                Changed = result.Changed,
                Drafts = result.Drafts,
                OutputFolder = paths.Display(paths.Output),
            };
        }

        if (ending is not null)
        {
            BuildStamping.Keep(paths, stamp!, started, summary, ending);
        }

        summary = summary with { Seconds = clock.Elapsed.TotalSeconds };
        reporter.Diagnostics(diagnostics);
        reporter.Summary(summary);
        problems?.Record(diagnostics);
        return reporter.ExitCode(diagnostics);
    }

    // Its own method so that what ingest made and publish does not take is garbage before publish starts: a local of
    // Run would stay reachable to the end of Run in unoptimised (tier-0) code, which Run, called once, always is.
    private static (BuildSummary Summary, Content.ArticleFiles? Files) Ingest(ProjectPaths paths, Reporter reporter, bool useCache, BuildSummary summary,
        List<Diagnostic> diagnostics, FileDigests? digests, ICollection<string>? removed, CancellationToken cancel)
    {
        var timings = new StageTimings(reporter.Step);
        var result = reporter.Stage("Ingesting seeds", () => Ingester.Run(paths, useCache, (step, _) => timings.Lap(step), digests, cancel));
        reporter.Timings();
        // Each problem once: several settings read digest.yml, and one that cannot be read is named by each.
        var reported = diagnostics.ToHashSet();
        diagnostics.AddRange(result.Diagnostics.Where(reported.Add));
        foreach (var path in removed is null ? [] : result.Removed)
        {
            removed!.Add(path);
        }

        return (summary with
        {
            Seeds = result.Seeds,
            Articles = result.Articles.Count + result.KeptByHand,
            Written = result.Written,
            Removed = result.Removed.Count,
            KeptByHand = result.KeptByHand,
        }, useCache ? result.Files : null);
    }

    private static Command Create(string name, string description, TextWriter output, TextWriter error, bool ingest, bool publish, params Option[] options)
    {
        var command = new Command(name, description);
        foreach (var option in options)
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => Run(CommonOptions.Paths(parse), ingest, publish, CommonOptions.CreateReporter(parse, output, error),
            useCache: !parse.GetValue(CommonOptions.NoCache), drafts: publish && parse.GetValue(CommonOptions.Drafts),
            baseUrl: publish ? parse.GetValue(CommonOptions.BaseUrl) : null));
        return command;
    }
}
