using System.CommandLine;

namespace Digest.Cli.Commands;

/// <summary><c>clean</c>: removes what a build generates and nothing a maintainer wrote.</summary>
internal static class CleanCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command("clean", "Delete output/ (the published site) and .digest-cache/ (the build cache); seeds/ and input/ are never touched") { CommonOptions.Output };
        command.SetAction(parse =>
        {
            var paths = CommonOptions.Paths(parse);
            var reporter = CommonOptions.CreateReporter(parse, output, error);
            var inside = Path.GetRelativePath(paths.Output, paths.Input);
            if (!inside.StartsWith("..", StringComparison.Ordinal) || !Path.GetRelativePath(paths.Output, paths.Seeds).StartsWith("..", StringComparison.Ordinal))
            {
                error.WriteLine($"digest: refusing to delete {paths.Display(paths.Output)}: it contains seeds/ or input/");
                return DigestCommand.UsageError;
            }

            if (Directory.Exists(paths.Cache))
            {
                Directory.Delete(paths.Cache, recursive: true);
                reporter.Line($"deleted {paths.Display(paths.Cache)}/ (the build cache)");
            }

            if (!Directory.Exists(paths.Output))
            {
                reporter.Line($"nothing to clean: {paths.Display(paths.Output)}/ does not exist");
                return DigestCommand.Success;
            }

            Directory.Delete(paths.Output, recursive: true);
            reporter.Line($"deleted {paths.Display(paths.Output)}/");
            return DigestCommand.Success;
        });
        return command;
    }
}
