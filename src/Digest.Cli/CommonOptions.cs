using System.CommandLine;
using Digest.Cli.Output;

namespace Digest.Cli;

/// <summary>The options commands share, defined once.</summary>
internal static class CommonOptions
{
    public static readonly Option<string?> Root = new("--root") { Description = "Project root (default: the current directory)", Recursive = true };
    public static readonly Option<string?> Seeds = new("--seeds") { Description = "Folder of raw articles (default: ROOT/seeds)" };
    public static readonly Option<string?> Input = new("--input") { Description = "Folder of markdown articles and curated data (default: ROOT/input)" };
    public static readonly Option<string?> Output = new("--output") { Description = "Folder of the published site (default: ROOT/output)" };
    public static readonly Option<bool> NoCache = new("--no-cache") { Description = "Redo everything and write every file, without reading or filling the build cache (.digest-cache/)" };
    public static readonly Option<bool> Drafts = new("--drafts") { Description = "Take the articles marked draft: true too: publish them, to preview them (a build without it leaves them out again), or count them (entities)" };
    public static readonly Option<string?> BaseUrl = new("--base-url")
    {
        Description = "Where the site is served, in place of base_url in input/digest.yml (a deploy preview's or a Pages site's address)",
        HelpName = "URL",
    };

    public static readonly Option<bool> Strict = new("--strict")
    {
        Description = "Exit 1 when there are warnings, as when there are errors (for CI: an unknown key or a seed that could not be read fails the job)",
    };

    public static readonly Option<bool> Verbose = new("--verbose", "-v") { Description = "Print each step as it ends, with its wall and CPU time, memory and collector pauses", Recursive = true };
    public static readonly Option<bool> Quiet = new("--quiet", "-q") { Description = "Print errors and the summary only", Recursive = true };
    public static readonly Option<bool> Json = new("--json") { Description = "Print a machine-readable JSON summary (with the diagnostics) instead of text", Recursive = true };

    static CommonOptions()
    {
        // An empty path is the folder it is found from: `--seeds ""` made the project root the seeds folder, and the build
        // then refused to publish into a folder inside it, a message about something nobody asked for.
        foreach (var (option, folder) in new[] { (Root, "the current directory"), (Seeds, "ROOT/seeds"), (Input, "ROOT/input"), (Output, "ROOT/output") })
        {
            option.Validators.Add(result =>
            {
                if (result.GetValueOrDefault<string?>() is { } given && string.IsNullOrWhiteSpace(given))
                {
                    result.AddError($"{option.Name} '{given}': an empty path; name a folder, or leave the option out for {folder}");
                }
            });
        }

        // Both asked for: which one wins was the option order's secret.
        Quiet.Validators.Add(result =>
        {
            if (!result.Implicit && result.GetValue(Verbose) && result.GetValueOrDefault<bool>())
            {
                result.AddError("--verbose and --quiet ask for opposite things; give one of them");
            }
        });

        // A mistyped --root would otherwise build an empty site into a folder made for it.
        Root.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } root && !string.IsNullOrWhiteSpace(root) && !Directory.Exists(root))
            {
                result.AddError($"--root {root}: no such folder");
            }
        });
        BaseUrl.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } url && Publish.SiteSettings.NormalBaseUrl(url) is null)
            {
                result.AddError($"--base-url '{url}' {Publish.SiteSettings.BaseUrlRule}");
            }
        });
    }

    /// <summary>
    /// Makes a folder that <paramref name="option"/> (<see cref="Seeds"/> or <see cref="Input"/>) names, and that is not
    /// there, a usage error of <paramref name="command"/>, which reads the folder and writes nothing into it. A mistyped
    /// folder would otherwise be read as one with nothing in it: `publish --input typo` replaced the site with an empty
    /// one, and `ingest --seeds typo` took out every article whose seed it did not find. (A command that writes into the
    /// folder, as ingest into --input, may be given a new one.)
    /// </summary>
    public static Command Reading(this Command command, Option<string?> option)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(option);
        command.Validators.Add(result =>
        {
            if (result.GetResult(option) is { } given)
            {
                RequireFolder(given, option == Seeds ? paths => paths.Seeds : paths => paths.Input);
            }
        });
        return command;
    }

    private static void RequireFolder(System.CommandLine.Parsing.OptionResult result, Func<ProjectPaths, string> folder)
    {
        if (result.Implicit || result.GetValueOrDefault<string?>() is not { } named || string.IsNullOrWhiteSpace(named) || result.GetValue(Root) is { } root && !Directory.Exists(root))
        {
            return;
        }

        // Resolved as the command resolves it: from --root.
        var resolved = folder(ProjectPaths.Resolve(result.GetValue(Root), result.GetValue(Seeds), result.GetValue(Input), null));
        bool found;
        try
        {
            found = FolderFiles.Exists(resolved);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // There may be a folder the build cannot read: the build says so (exit 3).
            return;
        }

        if (!found)
        {
            result.AddError($"{result.Option.Name} {named}: no such folder{(Path.IsPathRooted(named) ? "" : $" ({resolved}: a folder given is found from the project root, --root)")}");
        }
    }

    /// <summary>
    /// Makes a value of <paramref name="option"/> that is no whole number, or one outside <paramref name="least"/>..<paramref
    /// name="most"/>, a usage error with <paramref name="message"/> and the value given ("--top must be …, not 'abc'"): the
    /// parser's own error named the CLR type ("as expected type 'System.Int32'").
    /// </summary>
    public static void Within(Option<int> option, int least, int most, string message)
    {
        ArgumentNullException.ThrowIfNull(option);
        option.CustomParser = result =>
        {
            var given = result.Tokens is [.., var last] ? last.Value : "";
            if (int.TryParse(given, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var value)
                && value >= least && value <= most)
            {
                return value;
            }

            result.AddError($"{message}, not '{given}'");
            return default;
        };
    }

    /// <summary>The folders of a parsed command line.</summary>
    public static ProjectPaths Paths(ParseResult parse) =>
        ProjectPaths.Resolve(parse.GetValue(Root), parse.GetValue(Seeds), parse.GetValue(Input), parse.GetValue(Output));

    /// <summary>The reporter a parsed command line asks for.</summary>
    public static Reporter CreateReporter(ParseResult parse, TextWriter output, TextWriter error)
    {
        var verbosity = parse.GetValue(Quiet) ? Verbosity.Quiet : parse.GetValue(Verbose) ? Verbosity.Verbose : Verbosity.Normal;
        var strict = parse.CommandResult.Command.Options.Contains(Strict) && parse.GetValue(Strict);
        return new Reporter(output, error, verbosity, parse.GetValue(Json), Digest.Cli.Output.Reporter.IsTerminal(output), strict);
    }
}
