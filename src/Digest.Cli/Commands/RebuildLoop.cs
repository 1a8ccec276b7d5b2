using Digest.Cli.Output;

namespace Digest.Cli.Commands;

/// <summary>
/// <c>serve</c>'s watch: rebuilds the project a moment after its seeds, its input or its theme files
/// (<see cref="ProjectPaths.ThemeAssets"/>) change, and counts the builds so open pages know to reload. A folder made
/// after serve started (the project's first <c>theme/</c>) is watched from when it appears. The theme's
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
    private readonly BuildProblems? _problems;

    // What changed since the last build began: articles of input/articles/ (which ingest writes itself), and whether
    // anything else did. Looked at once the changes settle, not as each event comes (see Settled).
    private readonly Lock _pending = new();
    private readonly HashSet<string> _pendingArticles = new(StringComparer.Ordinal);
    private bool _pendingOther;

    // The article files the last build took out itself (a seed taken out, an article renamed): gone, but not a maintainer's doing.
    private readonly HashSet<string> _removedByBuild = new(StringComparer.Ordinal);
    private int _version;
    private bool _disposed;

    /// <summary>
    /// Starts watching <paramref name="paths"/>; builds are reported to <paramref name="reporter"/> (and their errors kept in
    /// <paramref name="problems"/>, if given), and publish drafts when <paramref name="drafts"/> says so.
    /// <paramref name="afterBuild"/>, if given, is called after each build, before the pages are told to reload.
    /// </summary>
    public RebuildLoop(ProjectPaths paths, Reporter reporter, bool drafts = false, BuildProblems? problems = null, Action? afterBuild = null)
    {
        _paths = paths;
        _reporter = reporter;
        _problems = problems;
        _debounce = new Timer(_ =>
        {
            // A change during a long build fires the timer again: that build waits for this one (two at
            // once would share the staging folder and the cache's files), then picks up the change.
            lock (_building)
            {
                if (Volatile.Read(ref _disposed) || !Settled())
                {
                    return;
                }

                _removedByBuild.Clear();
                BuildCommands.Run(paths, ingest: true, publish: true, reporter, drafts: drafts, problems: problems, removed: _removedByBuild);
                afterBuild?.Invoke();
                Interlocked.Increment(ref _version);
            }
        });
        foreach (var folder in new[] { paths.Seeds, paths.Input, paths.Theme })
        {
            Watch(folder);
        }

        // A folder the build reads that is a link inside one of those (theme/assets/ kept with a theme shared by several
        // sites) is read through the link, but a watch does not follow links below its own folder: it gets one of its own.
        foreach (var folder in new[] { paths.Articles, Path.Combine(paths.Input, Content.SitePages.Folder), paths.ThemeAssets })
        {
            if (new DirectoryInfo(folder).LinkTarget is not null)
            {
                Watch(folder);
            }
        }
    }

    /// <summary>How many builds the loop has finished, and notes it has given the pages (<see cref="BuildProblems.Note"/>): the preview server's pages reload when it moves.</summary>
    public Func<int> Version => () => Volatile.Read(ref _version);

    /// <inheritdoc/>
    public void Dispose()
    {
        lock (_watchers)
        {
            _disposed = true;
            foreach (var watcher in _watchers)
            {
                watcher.Dispose();
            }

            _watchers.Clear();
        }

        _debounce.Dispose();

        // A build under way ends before what it reports to goes away; none starts after.
        lock (_building)
        {
        }
    }

    // Watches a folder and all below it; a folder that does not exist yet (a project without a theme of its own, seeds
    // still to come) is watched for from its nearest existing parent, and then as the others once it appears.
    private void Watch(string folder)
    {
        if (!Directory.Exists(folder))
        {
            WatchFor(folder);
            return;
        }

        var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true };
        watcher.Changed += (_, e) => Touch(e.FullPath);
        watcher.Created += (_, e) => Created(e.FullPath);
        watcher.Deleted += (_, e) => Touch(e.FullPath);
        watcher.Renamed += (_, e) => Created(e.FullPath);
        Start(watcher);
        WatchAgain(folder, watcher);
    }

    // A watch ends with its folder: `rm -r seeds; mkdir seeds` left the new seeds/ unwatched, and the preview stale. The
    // folder's parent is watched for it to be made (or moved in) again, which gives it a new watch; its removal is a change.
    private void WatchAgain(string folder, FileSystemWatcher current)
    {
        if (Path.GetDirectoryName(folder) is not { } parent || !Directory.Exists(parent))
        {
            return;
        }

        var guard = new FileSystemWatcher(parent) { NotifyFilter = NotifyFilters.DirectoryName };
        var replaced = 0;
        void Again()
        {
            if (Interlocked.Exchange(ref replaced, 1) == 1)
            {
                return;
            }

            Retire(guard, current);
            Watch(folder);
            Created(folder);
        }

        guard.Created += (_, e) => AgainIf(e.FullPath);
        guard.Renamed += (_, e) => AgainIf(e.FullPath);
        guard.Deleted += (_, e) =>
        {
            if (e.FullPath == folder)
            {
                Touch(folder);
            }
        };
        Start(guard);

        void AgainIf(string path)
        {
            if (path == folder)
            {
                Again();
            }
        }
    }

    private void WatchFor(string folder)
    {
        var parent = Path.GetDirectoryName(folder);
        while (parent is not null && !Directory.Exists(parent))
        {
            parent = Path.GetDirectoryName(parent);
        }

        if (parent is null)
        {
            return;
        }

        var watcher = new FileSystemWatcher(parent) { NotifyFilter = NotifyFilters.DirectoryName };
        var appeared = 0;
        void Appeared()
        {
            if (Interlocked.Exchange(ref appeared, 1) == 1)
            {
                return;
            }

            Retire(watcher);
            Watch(folder);
            if (Directory.Exists(folder))
            {
                Created(folder);
            }
        }

        // Only the folder itself, or a parent of it on the way, moves the watch: the build's own folders beside them
        // (output/ staged and swapped in) come and go at every build.
        void OnTheWay(string path)
        {
            if (path == folder || ProjectPaths.IsInside(folder, path))
            {
                Appeared();
            }
        }

        watcher.Created += (_, e) => OnTheWay(e.FullPath);
        watcher.Renamed += (_, e) => OnTheWay(e.FullPath);
        Start(watcher);

        // Made between the check above and the watch's start: no event will come.
        if (Directory.Exists(folder))
        {
            Appeared();
        }
    }

    // Takes watches out of the loop's list and disposes of them, not from within their own events.
    private void Retire(params FileSystemWatcher[] watchers)
    {
        lock (_watchers)
        {
            foreach (var watcher in watchers)
            {
                _watchers.Remove(watcher);
            }
        }

        ThreadPool.QueueUserWorkItem(_ =>
        {
            foreach (var watcher in watchers)
            {
                watcher.Dispose();
            }
        });
    }

    private void Start(FileSystemWatcher watcher)
    {
        lock (_watchers)
        {
            if (_disposed)
            {
                watcher.Dispose();
                return;
            }

            _watchers.Add(watcher);
        }

        watcher.EnableRaisingEvents = true;
    }

    // A new folder's files may be written before its own watch is added (`mkdir theme/Pages; cp … theme/Pages/`):
    // they are looked for once it is.
    private void Created(string path)
    {
        Touch(path);
        try
        {
            foreach (var file in Directory.Exists(path) ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories) : [])
            {
                Touch(file);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Gone or closed again already: its own events, or the next build, tell the rest.
        }
    }

    private void Touch(string path)
    {
        // An editor's working files (vim's .seed.txt.swp, emacs's #seed.txt#, backups ending in '~') change as the
        // maintainer types: no stage reads them, so they bring no build (and no reload).
        if (new[] { _paths.Seeds, _paths.Input, _paths.Theme }.Any(folder => ProjectPaths.IsInside(path, folder) && WorkingFiles.Ignored(_paths, folder, path)))
        {
            return;
        }

        // A template or the theme's code (not theme/assets/ itself, nor theme/ taken away whole, which the build reads as no assets).
        if (ProjectPaths.IsInside(path, _paths.Theme) && path != _paths.ThemeAssets && !ProjectPaths.IsInside(path, _paths.ThemeAssets))
        {
            ReportTemplate(path);
            return;
        }

        lock (_pending)
        {
            if (ProjectPaths.IsInside(path, _paths.Articles))
            {
                _pendingArticles.Add(path);
            }
            else
            {
                _pendingOther = true;
            }
        }

        _debounce.Change(300, Timeout.Infinite);
    }

    // Whether the changes since the last build began call for a build, taking them: ingest writes input/articles/ itself,
    // and takes out the articles of seeds taken out, and neither must bring another build. An article is told to be
    // ingest's own by its content once the changes have settled (the debounce), and after any build under way is done:
    // a file is written in more than one piece, and one read at its first event, half written, was taken for a
    // maintainer's edit (a second build after about one seed edit in two).
    private bool Settled()
    {
        string[] articles;
        lock (_pending)
        {
            if (_pendingOther)
            {
                _pendingOther = false;
                _pendingArticles.Clear();
                return true;
            }

            articles = [.. _pendingArticles];
            _pendingArticles.Clear();
        }

        return !articles.All(path => IsOwnWrite(path) || (!File.Exists(path) && _removedByBuild.Contains(path)));
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

        var restart = Diagnostic.Warning(_paths.Display(path),
            "the theme's templates and code are compiled into Digest: stop serve and start it again to see this change (`dotnet run --project src/Digest.Cli -- serve` builds them first); files in theme/assets/ are picked up at once");
        _reporter.Diagnostics([restart]);
        if (_problems is not null)
        {
            // Shown on the pages too, where the maintainer looks for the change: they reload to show it.
            _problems.Note(restart);
            Interlocked.Increment(ref _version);
        }
    }

    // A file that cannot be read (a link to nowhere) is not ingest's: the build names it.
    private static bool IsOwnWrite(string path)
    {
        try
        {
            return File.Exists(path) && Content.ArticleFile.IsUnchangedSinceIngest(FolderFiles.ReadAllText(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
