using System.CommandLine;
using Digest.Cli.Output;
using Digest.Preview;
using Digest.Publish;

namespace Digest.Cli.Commands;

/// <summary>
/// <c>serve</c>: builds, serves output/ on 127.0.0.1, watches seeds/, input/ and theme/ (<see cref="RebuildLoop"/>),
/// rebuilds on change and reloads open pages (the preview server injects a small reload script; the files on disk stay as built).
/// </summary>
internal static class ServeCommand
{
    private static readonly Option<int> Port = new("--port", "-p") { Description = "Port on 127.0.0.1 (0 picks a free one)", DefaultValueFactory = _ => 8080 };

    static ServeCommand() => CommonOptions.Within(Port, 0, 65535, "--port must be a port number from 0 to 65535 (0 picks a free one)");

    public static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command("serve", "Preview the site on 127.0.0.1, rebuilding and reloading when seeds/, input/ or theme/ change")
        {
            Port, CommonOptions.Seeds, CommonOptions.Input, CommonOptions.Output, CommonOptions.Drafts,
        };
        command.Reading(CommonOptions.Seeds);
        command.SetAction(async (parse, cancel) =>
        {
            var paths = CommonOptions.Paths(parse);
            var reporter = CommonOptions.CreateReporter(parse, output, error);
            var drafts = parse.GetValue(CommonOptions.Drafts);
            // Each build's errors are shown on the pages served, until a build has none.
            var problems = new BuildProblems();
            // Ctrl+C during the first build stops serve before it starts, as do folders no build may use (BuiltFolders.BuildRefusal)
            // and a folder it cannot read or write (an output/ that is a file cannot be served).
            var first = BuildCommands.Run(paths, ingest: true, publish: true, reporter, drafts: drafts, problems: problems);
            if (first is DigestCommand.Interrupted or DigestCommand.UsageError or DigestCommand.FileSystemError)
            {
                return first;
            }

            var settings = SiteSettings.Load(paths, []);
            RebuildLoop? rebuilds = null;
            await using var server = await StartAsync(paths, settings, parse.GetValue(Port), () => rebuilds?.Version() ?? 0, () => problems.Lines, reporter).ConfigureAwait(false);
            if (server is null)
            {
                return DigestCommand.UsageError;
            }

            // A rebuild after base_url changed links its pages under the new path: the site is served there from then on.
            using var loop = rebuilds = new RebuildLoop(paths, reporter, drafts, problems, afterBuild: () => FollowBaseUrl(server, paths, output));

            reporter.Outcome($"serving {paths.Display(paths.Output)}/ at {server.Url} — watching seeds/, input/ and theme/; Ctrl+C stops", ("serving", [server.Url]));
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

    /// <summary>Serves the site under the base path the settings give now (a rebuild after <c>base_url</c> changed), and says so when that moved it.</summary>
    public static void FollowBaseUrl(PreviewServer server, ProjectPaths paths, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(output);
        if (server.MoveTo(new SiteUrls(SiteSettings.Load(paths, []).BaseUrl).BasePath))
        {
            output.WriteLine($"base_url changed: serving {paths.Display(paths.Output)}/ at {server.Url}");
        }
    }

    // The preview server, or null (and why, on error) when the port cannot be had: Kestrel's "address already in
    // use" (another serve, another server) is the maintainer's to solve with another port, not a crash.
    private static async Task<PreviewServer?> StartAsync(ProjectPaths paths, SiteSettings settings, int port, Func<int> version, Func<IReadOnlyList<string>> problems,
        Reporter reporter)
    {
        try
        {
            return await PreviewServer.StartAsync(paths.Output, new SiteUrls(settings.BaseUrl).BasePath, port, version, problems).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            reporter.Failure($"cannot serve on 127.0.0.1:{port}: {e.Message} Pass --port N for another port (0 picks a free one).", e, DigestCommand.UsageError);
            return null;
        }
    }
}
