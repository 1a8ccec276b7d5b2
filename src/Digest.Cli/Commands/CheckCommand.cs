using System.CommandLine;
using Digest.Check;
using Digest.Publish;

namespace Digest.Cli.Commands;

/// <summary><c>check</c>: validates the published site.</summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command("check", "Validate output/: links and fragments resolve, HTML is well-formed, feeds and sitemap parse")
        {
            CommonOptions.Input, CommonOptions.Output, CommonOptions.BaseUrl, CommonOptions.Strict,
        };
        command.SetAction(parse =>
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var paths = CommonOptions.Paths(parse);
            var reporter = CommonOptions.CreateReporter(parse, output, error);
            var diagnostics = new List<Diagnostic>();
            // A site built with --base-url is checked with the same: its links carry that path, not the settings'.
            var settings = SiteSettings.Load(paths, diagnostics, parse.GetValue(CommonOptions.BaseUrl));
            diagnostics.AddRange(reporter.Stage("Checking the site", () => SiteChecker.Check(paths.Output, new SiteUrls(settings.BaseUrl).BasePath, paths.Display)));
            var files = Directory.Exists(paths.Output) ? Directory.EnumerateFiles(paths.Output, "*", SearchOption.AllDirectories).Count() : 0;
            reporter.Diagnostics(diagnostics);
            reporter.Summary(new Output.BuildSummary { Files = files, Pages = null, Diagnostics = diagnostics, OutputFolder = paths.Display(paths.Output), Seconds = clock.Elapsed.TotalSeconds });
            return reporter.ExitCode(diagnostics);
        });
        return command;
    }
}
