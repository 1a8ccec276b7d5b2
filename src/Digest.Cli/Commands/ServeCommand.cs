using System.CommandLine;
using Digest.Cli.Output;
using Digest.Preview;
using Digest.Publish;

namespace Digest.Cli.Commands;

/// <summary>
/// <c>serve</c>: builds, serves output/ on 127.0.0.1, watches seeds/ and input/, rebuilds on change and
/// reloads open pages (the preview server injects a small reload script; the files on disk stay as built).
/// </summary>
internal static class ServeCommand
{
    private static readonly Option<int> Port = new("--port", "-p") { Description = "Port on 127.0.0.1 (default 8080; 0 picks a free one)", DefaultValueFactory = _ => 8080 };

    public static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command("serve", "Preview the site on 127.0.0.1, rebuilding and reloading when seeds/ or input/ change")
        {
            Port, CommonOptions.Seeds, CommonOptions.Input, CommonOptions.Output,
        };
        command.SetAction(async (parse, cancel) =>
        {
            var paths = CommonOptions.Paths(parse);
            var reporter = CommonOptions.CreateReporter(parse, output, error);
            BuildCommands.Run(paths, ingest: true, publish: true, reporter);
            var settings = SiteSettings.Load(paths, []);
            using var rebuilds = new RebuildLoop(paths, reporter);
            await using var server = await PreviewServer.StartAsync(paths.Output, new SiteUrls(settings.BaseUrl).BasePath, parse.GetValue(Port), rebuilds.Version).ConfigureAwait(false);
            output.WriteLine($"serving {paths.Display(paths.Output)}/ at {server.Url} — watching seeds/ and input/; Ctrl+C stops");
            try
            {
                await Task.Delay(Timeout.Infinite, cancel).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }

            return DigestCommand.Success;
        });
        return command;
    }

    /// <summary>Watches the inputs and rebuilds after a quiet moment; counts builds so pages know to reload.</summary>
    private sealed class RebuildLoop : IDisposable
    {
        private readonly List<FileSystemWatcher> _watchers = [];
        private readonly Timer _debounce;
        private readonly Lock _building = new();
        private int _version;

        public RebuildLoop(ProjectPaths paths, Reporter reporter)
        {
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
            foreach (var folder in new[] { paths.Seeds, paths.Input }.Where(Directory.Exists))
            {
                var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, EnableRaisingEvents = true };
                watcher.Changed += (_, e) => Touch(e.FullPath);
                watcher.Created += (_, e) => Touch(e.FullPath);
                watcher.Deleted += (_, e) => Touch(e.FullPath);
                watcher.Renamed += (_, e) => Touch(e.FullPath);
                _watchers.Add(watcher);
            }

            // Ingest writes input/articles/ itself; those writes must not trigger another build.
            void Touch(string path)
            {
                if (!path.StartsWith(paths.Articles, StringComparison.Ordinal) || !IsOwnWrite(path))
                {
                    _debounce.Change(300, Timeout.Infinite);
                }
            }
        }

        public Func<int> Version => () => Volatile.Read(ref _version);

        public void Dispose()
        {
            foreach (var watcher in _watchers)
            {
                watcher.Dispose();
            }

            _debounce.Dispose();
        }

        private static bool IsOwnWrite(string path) =>
            File.Exists(path) && Content.ArticleFile.IsUnchangedSinceIngest(File.ReadAllText(path));
    }
}
