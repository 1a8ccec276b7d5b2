using System.CommandLine;
using Digest.Cli.Commands;

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

    /// <summary>
    /// Exit code: a folder could not be read or written (permissions, a full disk, a path that is not a folder), so the
    /// build stopped (a publish that stops before its last step leaves <c>output/</c> as it was).
    /// </summary>
    public const int FileSystemError = 3;

    /// <summary>
    /// Exit code: the build was interrupted (Ctrl+C, SIGTERM) and stopped at its next safe point, leaving <c>output/</c> as
    /// it was (128 + SIGINT's number, as shells report a command that Ctrl+C ended).
    /// </summary>
    public const int Interrupted = 130;

    /// <summary>Runs the command line and returns the process exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        var root = new RootCommand("Digest: turns raw news articles into a deduplicated, cross-linked static news site.\n" +
            "Exit codes: 0 success, 1 content errors (the rest was still built), 2 usage errors, 3 a folder could not be read or written, " +
            "130 interrupted (Ctrl+C: output/ is left as it was).")
        {
            CommonOptions.Root, CommonOptions.Verbose, CommonOptions.Quiet, CommonOptions.Json,
        };
        root.Subcommands.Add(BuildCommands.Build(output, error));
        root.Subcommands.Add(BuildCommands.Ingest(output, error));
        root.Subcommands.Add(BuildCommands.Publish(output, error));
        root.Subcommands.Add(CheckCommand.Create(output, error));
        root.Subcommands.Add(ServeCommand.Create(output, error));
        root.Subcommands.Add(NewCommand.Create(output, error));
        root.Subcommands.Add(CleanCommand.Create(output, error));
        root.Subcommands.Add(EntitiesCommand.Create(output, error));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors)
            {
                error.WriteLine($"digest: {problem.Message}");
            }

            error.WriteLine("Run 'digest --help' for usage.");
            // A script that asked for JSON reads why on the output, as for any command that stopped.
            if (parsed.GetValue(CommonOptions.Json))
            {
                Output.Reporter.WriteFailure(output, TextWriter.Null, string.Join("; ", parsed.Errors.Select(e => e.Message)), null, json: true, verbose: false, UsageError);
            }

            return UsageError;
        }

        // A folder that cannot be read or written (a seeds path that is a file, a full disk) is the machine's
        // problem, not a bug: its message and exit code 3, the stack only with --verbose.
        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The project's files named from its root, as the build names them ('output/about', not the machine's path).
            Output.Reporter.WriteFailure(output, error, CommonOptions.Paths(parsed).Message(e), e, parsed.GetValue(CommonOptions.Json), parsed.GetValue(CommonOptions.Verbose));
            return FileSystemError;
        }
    }
}
