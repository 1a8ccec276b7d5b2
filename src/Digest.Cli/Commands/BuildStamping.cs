using Digest.Cache;
using Digest.Cli.Output;
using Digest.Publish;
using Digest.Publish.Output;
using Digest.Theme;

namespace Digest.Cli.Commands;

/// <summary>
/// <c>build</c>'s use of the build stamp (<see cref="BuildStamp"/>): whether the last clean build still stands
/// for the project, so there is nothing to do, and the stamp a build leaves for the next one.
/// </summary>
internal static class BuildStamping
{
    /// <summary>The project's stamp as it is now, and the summary of a build with nothing to do when the last clean build still stands.</summary>
    /// <param name="Now">The project's stamp now (null when no earlier build left one).</param>
    /// <param name="UpToDate">The last clean build's summary with nothing written, made or changed; null when there is work to do.</param>
    /// <param name="Inputs">The seed and input files there were when the build started.</param>
    public sealed record Result(BuildStamp? Now, BuildSummary? UpToDate, IReadOnlyCollection<string> Inputs)
    {
        /// <summary>
        /// The stamp of the last clean build when only seeds changed since it (not the curated files, settings, articles
        /// edited by hand, theme files, code or options): a publish of articles that ingest then leaves as they were would
        /// make the site that build made (<see cref="PublishKept"/>).
        /// </summary>
        public BuildStamp? SeedsChangedSince { get; init; }
    }

    /// <summary>Compares the project with the last clean build's stamp (files read only where their size or time moved) and output/ with its manifest.</summary>
    /// <param name="paths">The project.</param>
    /// <param name="drafts">Whether the build publishes drafts.</param>
    /// <param name="baseUrl">The base URL the command line gives in place of the settings' (<c>--base-url</c>), if any.</param>
    public static Result Check(ProjectPaths paths, bool drafts = false, string? baseUrl = null)
    {
        var last = BuildStamp.Load(paths);
        if (last is null)
        {
            return new Result(null, null, BuildStamp.Files(paths));
        }

        var context = StampContext(paths, drafts, baseUrl);
        var now = BuildStamp.Take(paths, context, last);
        return now.Fingerprint == last.Fingerprint && UpToDate(last.Report, paths) is { } unchanged && Publisher.IsOutputAsPublished(paths)
            ? new Result(now, unchanged, now.FilePaths)
            : new Result(now, null, now.FilePaths) { SeedsChangedSince = now.DiffersOnlyInside(last, context, paths.Seeds) ? last : null };
    }

    /// <summary>
    /// The summary of a publish that need not run, with the last clean build's figures and nothing made or changed; null
    /// when it must run. It need not when only seeds changed since that build (<see cref="Result.SeedsChangedSince"/>),
    /// ingest then wrote no article and took none out (<paramref name="ingested"/>: clean, nothing written; the articles'
    /// files are those of that build), and every file of <c>output/</c> is as that build left it: its inputs are then
    /// that build's, byte for byte, and so is its site.
    /// </summary>
    /// <param name="paths">The project.</param>
    /// <param name="before">What <see cref="Check"/> found when the build started.</param>
    /// <param name="ingested">The summary of this build's ingest.</param>
    /// <param name="output">The output folder as the build opened it before ingest (its files were checked meanwhile).</param>
    public static BuildSummary? PublishKept(ProjectPaths paths, Result before, BuildSummary ingested, OutputFolder output)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(ingested);
        ArgumentNullException.ThrowIfNull(output);
        if (before.SeedsChangedSince is not { } last || ingested.Diagnostics.Count > 0 || ingested.Written != 0
            || !SameArticleFiles(paths, last) || UpToDate(last.Report, paths) is not { } kept || !output.HoldsPreviousPublish)
        {
            return null;
        }

        return ingested with
        {
            Copies = kept.Copies,
            Stories = kept.Stories,
            Entities = kept.Entities,
            Pages = kept.Pages,
            Files = kept.Files,
            Rendered = 0,
            Changed = 0,
            Drafts = kept.Drafts,
            OutputFolder = kept.OutputFolder,
        };
    }

    // Whether the articles' folder holds the files it held at the last build, no more and no fewer (ingest takes out the
    // article of a seed taken out; one written would have been counted).
    private static bool SameArticleFiles(ProjectPaths paths, BuildStamp last)
    {
        var listed = FolderFiles.Of(paths.Articles, paths.Root);
        var now = listed.Files.Concat(listed.LeftOut.Select(l => l.Path)).Where(f => !WorkingFiles.Below(paths.Articles, f)).ToHashSet(StringComparer.Ordinal);
        var then = last.FilePaths.Where(f => ProjectPaths.IsInside(f, paths.Articles)).ToList();
        return now.Count == then.Count && then.All(now.Contains);
    }

    /// <summary>
    /// Starts taking the stamp this build leaves, on a thread of its own and one core, once ingest is done: publish, which runs meanwhile,
    /// writes none of the files a stamp covers, so the stamp finds them as the build leaves them, and publish's steps that
    /// use one core leave the other to it. A file changed by someone else while the build runs is one <see cref="Keep"/>
    /// finds written since the build started (taken before that change, the stamp differs from the file, and the next
    /// build reads it again).
    /// </summary>
    /// <param name="paths">The project.</param>
    /// <param name="before">What <see cref="Check"/> found when the build started.</param>
    /// <param name="digests">The files the build read or wrote, as it did (not read again while their size and time hold).</param>
    /// <param name="drafts">Whether the build publishes drafts (a build that does not must not find it up to date).</param>
    /// <param name="baseUrl">The base URL of <c>--base-url</c>, if any (a build with another, or none, must not find it up to date).</param>
    public static Task<BuildStamp> Begin(ProjectPaths paths, Result before, FileDigests? digests = null, bool drafts = false, string? baseUrl = null) =>
        Task.Factory.StartNew(() => BuildStamp.Take(paths, StampContext(paths, drafts, baseUrl), before.Now, digests, oneCore: true), CancellationToken.None,
            TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>
    /// Leaves the stamp of the build just done: a full one when it had no problem and no file it reads (the
    /// articles it wrote aside) was written or removed while it ran or just before (the clock of a file's time
    /// may lag); otherwise only the files' hashes, so that the next build reads only files that changed.
    /// </summary>
    /// <param name="paths">The project.</param>
    /// <param name="before">What <see cref="Check"/> found when the build started.</param>
    /// <param name="started">When the build started (UTC).</param>
    /// <param name="summary">What the build reported.</param>
    /// <param name="taken">The stamp <see cref="Begin"/> started taking.</param>
    public static void Keep(ProjectPaths paths, Result before, DateTime started, BuildSummary summary, Task<BuildStamp> taken)
    {
        ArgumentNullException.ThrowIfNull(taken);
        // An input problem it met (a folder gone) is thrown here as it was, not wrapped.
        var done = taken.GetAwaiter().GetResult();
        if (summary.Diagnostics.Count == 0 && !done.WrittenSince(started - BuildStamp.Settled, paths.Articles) && !done.Lacks(before.Inputs, paths.Articles))
        {
            done.Save(paths, Figures(summary));
        }
        else
        {
            done.SaveFilesOnly(paths);
        }
    }

    // What a build's result depends on besides its files: the code of Digest and of the theme, the folders (named from the
    // cache's, as the stamp names files: a project moved with its cache is the same build), whether drafts are shown, and
    // the base URL the command line gives.
    private static string StampContext(ProjectPaths paths, bool drafts, string? baseUrl)
    {
        var cache = Path.GetFullPath(paths.Cache);
        return string.Join('\n', "build", CodeVersion.Digest, CodeVersion.Of(typeof(RazorPageRenderer).Assembly),
            Path.GetRelativePath(cache, paths.Seeds), Path.GetRelativePath(cache, paths.Input), Path.GetRelativePath(cache, paths.Output),
            drafts ? "drafts" : "", baseUrl is null ? "" : "base url " + baseUrl);
    }

    private static Dictionary<string, long> Figures(BuildSummary summary) => new(StringComparer.Ordinal)
    {
        ["seeds"] = summary.Seeds ?? 0,
        ["articles"] = summary.Articles ?? 0,
        ["kept_by_hand"] = summary.KeptByHand ?? 0,
        ["copies"] = summary.Copies ?? 0,
        ["stories"] = summary.Stories ?? 0,
        ["entities"] = summary.Entities ?? 0,
        ["pages"] = summary.Pages ?? 0,
        ["files"] = summary.Files ?? 0,
        ["drafts"] = summary.Drafts ?? 0,
    };

    // The summary of a build with nothing to do: the last build's figures, nothing written, made or changed.
    private static BuildSummary? UpToDate(IReadOnlyDictionary<string, long> figures, ProjectPaths paths)
    {
        int? Figure(string name) => figures.TryGetValue(name, out var value) ? (int)value : null;
        return Figure("seeds") is null || Figure("files") is null ? null : new BuildSummary
        {
            Diagnostics = [],
            Seeds = Figure("seeds"),
            Articles = Figure("articles"),
            Written = 0,
            Removed = 0,
            KeptByHand = Figure("kept_by_hand"),
            Copies = Figure("copies"),
            Stories = Figure("stories"),
            Entities = Figure("entities"),
            Pages = Figure("pages"),
            Files = Figure("files"),
            Rendered = 0,
            Changed = 0,
            Drafts = Figure("drafts"),
            OutputFolder = paths.Display(paths.Output),
        };
    }
}
