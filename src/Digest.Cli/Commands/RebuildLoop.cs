using Digest.Cli.Output;

namespace Digest.Cli.Commands;

/// <summary>
/// <c>serve</c>'s watch: rebuilds the project a moment after its seeds, its input or its theme files
/// (<see cref="ProjectPaths.ThemeAssets"/>) change, and counts the builds so open pages know to reload. The theme's
/// templates are compiled into Digest: a change to one is reported, not built (Digest must be built again, and
/// <c>dotnet run … serve</c> does that when it starts).
/// </summary>
internal sealed class RebuildLoop : IDisposable
{
    private readonly ProjectPaths _paths;
    private readonly Reporter _reporter;
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _debounce;
    private readonly Lock _building = new();
    private readonly HashSet<string> _templatesReported = new(StringComparer.Ordinal);
    private int _version;

    /// <summary>Starts watching <paramref name="paths"/>; builds are reported to <paramref name="reporter"/>.</summary>
    public RebuildLoop(ProjectPaths paths, Reporter reporter)
    {
        _paths = paths;
        _reporter = reporter;
        _debounce = new Timer(_ =>
        {
            // A change during a long build fires the timer again: that build waits for this one (two at
            // once would share the staging folder and the cache's files), then picks up the change.
            lock (_building)
            {
                BuildCommands.Run(paths, ingest: true, publish: true, reporter);
                Interlocked.Increment(ref _version);
            }
        });
        foreach (var folder in new[] { paths.Seeds, paths.Input, paths.Theme }.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, EnableRaisingEvents = true };
            watcher.Changed += (_, e) => Touch(e.FullPath);
            watcher.Created += (_, e) => Touch(e.FullPath);
            watcher.Deleted += (_, e) => Touch(e.FullPath);
            watcher.Renamed += (_, e) => Touch(e.FullPath);
            _watchers.Add(watcher);
        }
    }

    /// <summary>How many builds the loop has finished: the preview server's pages reload when it moves.</summary>
    public Func<int> Version => () => Volatile.Read(ref _version);

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _debounce.Dispose();
    }

    private void Touch(string path)
    {
        if (ProjectPaths.IsInside(path, _paths.Theme) && !ProjectPaths.IsInside(path, _paths.ThemeAssets))
        {
            ReportTemplate(path);
            return;
        }

        // Ingest writes input/articles/ itself; those writes must not trigger another build.
        if (!ProjectPaths.IsInside(path, _paths.Articles) || !IsOwnWrite(path))
        {
            _debounce.Change(300, Timeout.Infinite);
        }
    }

    // A template or the theme's code: compiled into Digest, so this build cannot show it. Build output (bin/, obj/)
    // is not the maintainer's edit.
    private void ReportTemplate(string path)
    {
        var first = Path.GetRelativePath(_paths.Theme, path).Split(Path.DirectorySeparatorChar)[0];
        if (first is "bin" or "obj" || Directory.Exists(path))
        {
            return;
        }

        lock (_templatesReported)
        {
            if (!_templatesReported.Add(path))
            {
                return;
            }
        }

        _reporter.Diagnostics([Diagnostic.Warning(_paths.Display(path),
            "the theme's templates and code are compiled into Digest: stop serve and start it again to see this change (`dotnet run --project src/Digest.Cli -- serve` builds them first); files in theme/assets/ are picked up at once")]);
    }

    private static bool IsOwnWrite(string path) =>
        File.Exists(path) && Content.ArticleFile.IsUnchangedSinceIngest(File.ReadAllText(path));
}
