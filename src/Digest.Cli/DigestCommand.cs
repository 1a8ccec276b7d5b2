using System.CommandLine;
using System.Diagnostics;
using Digest.Check;
using Digest.Ingest;
using Digest.Publish;
using Digest.Theme;

namespace Digest.Cli;

/// <summary>The command line of DESIGN.md: parse arguments, call the library, print. Nothing else.</summary>
public static class DigestCommand
{
    /// <summary>Exit code: success.</summary>
    public const int Success = 0;

    /// <summary>Exit code: some input had errors (the rest was still built).</summary>
    public const int ContentErrors = 1;

    /// <summary>Exit code: the command line itself was wrong.</summary>
    public const int UsageError = 2;

    private static readonly Option<string?> RootOption = new("--root") { Description = "Project root (default: the current directory)" };
    private static readonly Option<string?> SeedsOption = new("--seeds") { Description = "Folder of raw articles (default: ROOT/seeds)" };
    private static readonly Option<string?> InputOption = new("--input") { Description = "Folder of markdown articles and curated data (default: ROOT/input)" };
    private static readonly Option<string?> OutputOption = new("--output") { Description = "Folder the site is written to (default: ROOT/output)" };

    /// <summary>Runs the command line and returns the process exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        var root = new RootCommand("Digest: turns raw news articles into a deduplicated, cross-linked static news site.");
        root.Subcommands.Add(Command("build", "Ingest the seeds, then publish the site", output, error, ingest: true, publish: true, SeedsOption, InputOption, OutputOption));
        root.Subcommands.Add(Command("ingest", "Turn seeds into markdown articles in input/articles/", output, error, ingest: true, publish: false, SeedsOption, InputOption));
        root.Subcommands.Add(Command("publish", "Publish input/ as a static site in output/", output, error, ingest: false, publish: true, InputOption, OutputOption));
        root.Subcommands.Add(CheckCommand(output, error));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors)
            {
                error.WriteLine($"digest: {problem.Message}");
            }

            error.WriteLine("Run 'digest --help' for usage.");
            return UsageError;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    private static Command Command(string name, string description, TextWriter output, TextWriter error, bool ingest, bool publish, params Option[] options)
    {
        var command = new Command(name, description) { RootOption };
        foreach (var option in options)
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            var paths = ProjectPaths.Resolve(
                parse.GetValue(RootOption), parse.GetValue(SeedsOption), parse.GetValue(InputOption), parse.GetValue(OutputOption));
            return Execute(paths, ingest, publish, output, error);
        });
        return command;
    }

    private static Command CheckCommand(TextWriter output, TextWriter error)
    {
        var command = new Command("check", "Validate output/: links and fragments resolve, HTML is well-formed, feeds and sitemap parse")
        {
            RootOption, InputOption, OutputOption,
        };
        command.SetAction(parse =>
        {
            var paths = ProjectPaths.Resolve(parse.GetValue(RootOption), input: parse.GetValue(InputOption), output: parse.GetValue(OutputOption));
            var settingsProblems = new List<Diagnostic>();
            var settings = SiteSettings.Load(paths, settingsProblems);
            var problems = SiteChecker.Check(paths.Output, new SiteUrls(settings.BaseUrl).BasePath, paths.Display);
            foreach (var problem in settingsProblems.Concat(problems))
            {
                error.WriteLine(problem);
            }

            var files = Directory.Exists(paths.Output) ? Directory.EnumerateFiles(paths.Output, "*", SearchOption.AllDirectories).Count() : 0;
            output.WriteLine($"checked {files} files in {paths.Display(paths.Output)}/: {problems.Count} problems");
            return problems.Any(p => p.Severity == Severity.Error) ? ContentErrors : Success;
        });
        return command;
    }

    private static int Execute(ProjectPaths paths, bool ingest, bool publish, TextWriter output, TextWriter error)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new List<Diagnostic>();
        var summary = new List<string>();
        if (ingest)
        {
            var result = Ingester.Run(paths);
            diagnostics.AddRange(result.Diagnostics);
            summary.Add($"{result.Seeds} seeds → {result.Articles.Count + result.KeptByHand} articles ({result.Written} written, {result.KeptByHand} kept as edited by hand)");
        }

        if (publish)
        {
            using var renderer = new RazorPageRenderer();
            var result = Publisher.Run(paths, renderer);
            diagnostics.AddRange(result.Diagnostics);
            summary.Add($"{result.Articles} articles → {result.Pages} pages ({result.Files} files) in {paths.Display(paths.Output)}/");
        }

        foreach (var diagnostic in diagnostics)
        {
            error.WriteLine(diagnostic);
        }

        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count - errors;
        output.WriteLine($"{string.Join("; ", summary)}; {errors} errors, {warnings} warnings; {clock.Elapsed.TotalSeconds:0.00} s");
        return errors > 0 ? ContentErrors : Success;
    }
}
