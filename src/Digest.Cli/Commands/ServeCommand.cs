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
    private static readonly Option<int> Port = new("--port", "-p") { Description = "Port on 127.0.0.1 (default 8080; 0 picks a free one)", DefaultValueFactory = _ => 8080 };

    public static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command("serve", "Preview the site on 127.0.0.1, rebuilding and reloading when seeds/, input/ or theme/assets/ change")
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
            output.WriteLine($"serving {paths.Display(paths.Output)}/ at {server.Url} — watching seeds/, input/ and theme/; Ctrl+C stops");
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
}
