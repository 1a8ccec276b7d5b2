using System.CommandLine;
using Digest.Cache;
using Digest.Check;
using Digest.Publish;

namespace Digest.Cli.Commands;

/// <summary><c>check</c>: validates the published site.</summary>
internal static class CheckCommand
{
    private static readonly Option<bool> NoCache = new("--no-cache")
    {
        Description = "Check every file, without reading or keeping the last check that found no problem (.digest-cache/check.cache)",
    };

    public static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command("check", "Validate output/: links and fragments resolve, HTML is well-formed, feeds and sitemap parse (only what changed since the last check that found no problem is read again)")
        {
            CommonOptions.Input, CommonOptions.Output, CommonOptions.BaseUrl, CommonOptions.Strict, NoCache,
        };
        command.Reading(CommonOptions.Input);
        command.SetAction(parse =>
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var paths = CommonOptions.Paths(parse);
            var reporter = CommonOptions.CreateReporter(parse, output, error);
            var diagnostics = new List<Diagnostic>();
            // A site built with --base-url is checked with the same: its links carry that path, not the settings'.
            var settings = SiteSettings.Load(paths, diagnostics, parse.GetValue(CommonOptions.BaseUrl));
            // The last check that found no problem is kept in the build cache: only what changed since is read again, and a
            // file the last publish left as it is is not even read (its manifest has its hash).
            // Only a cache: a file where its folder belongs (which stops a build) leaves the check to read every file.
            var noCache = parse.GetValue(NoCache) || File.Exists(paths.Cache);
            using var cache = CacheStore.Open(noCache ? null : paths.Cache, "check", CodeVersion.Digest);
            // The last publish's manifest: what it made (a file it did not is a warning) and, with the cache, the hashes a check need not read.
            var published = Publish.Output.LastPublish.Load(paths.Output, Publisher.ManifestPath(paths));
            var result = reporter.Stage("Checking the site", () => SiteChecker.Check(paths.Output, new SiteUrls(settings.BaseUrl).BasePath, paths.Display, cache, published,
                StaticFiles.Copies(paths)));
            diagnostics.AddRange(result.Diagnostics);
            try
            {
                cache.Save();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Only a cache (a project one may not write to, say): the next check reads every file.
            }

            reporter.Diagnostics(diagnostics);
            reporter.Summary(new Output.BuildSummary
            {
                Files = result.Files, Changed = result.Changed, Pages = null, Diagnostics = diagnostics, OutputFolder = paths.Display(paths.Output), Seconds = clock.Elapsed.TotalSeconds,
            });
            return reporter.ExitCode(diagnostics);
        });
        return command;
    }
}
