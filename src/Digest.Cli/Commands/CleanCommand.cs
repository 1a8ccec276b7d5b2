using System.CommandLine;

namespace Digest.Cli.Commands;

/// <summary><c>clean</c>: removes what a build generates and nothing a maintainer wrote.</summary>
internal static class CleanCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command("clean", "Delete output/ (the published site) and .digest-cache/ (the build cache); seeds/ and input/ are never touched. "
            + "A folder that is a link is emptied behind the link, and the link kept") { CommonOptions.Output };
        command.SetAction(parse =>
        {
            var paths = CommonOptions.Paths(parse);
            var reporter = CommonOptions.CreateReporter(parse, output, error);
            foreach (var folder in new[] { paths.Output, paths.Cache })
            {
                if (BuiltFolders.Refusal(paths, folder) is { } refusal)
                {
                    error.WriteLine($"digest: refusing to delete {paths.Display(folder)}: {refusal}");
                    return DigestCommand.UsageError;
                }
            }

            Report(BuiltFolders.Remove(paths.Cache), $"{paths.Display(paths.Cache)}/ (the build cache)", quietWhenNothing: true);
            Report(BuiltFolders.Remove(paths.Output), $"{paths.Display(paths.Output)}/", quietWhenNothing: false);
            return DigestCommand.Success;

            void Report((BuiltFolders.Removal Removal, string Folder) done, string name, bool quietWhenNothing)
            {
                switch (done.Removal)
                {
                    case BuiltFolders.Removal.Deleted:
                        reporter.Line($"deleted {name}");
                        break;
                    case BuiltFolders.Removal.Emptied:
                        reporter.Line($"emptied {done.Folder}/, where the link {name} leads (the link is kept)");
                        break;
                    case BuiltFolders.Removal.Missing when !quietWhenNothing:
                        reporter.Line($"nothing to clean: {name} does not exist");
                        break;
                    case BuiltFolders.Removal.Empty when !quietWhenNothing:
                        reporter.Line($"nothing to clean: {name} is a link to {done.Folder}/, which is empty");
                        break;
                }
            }
        });
        return command;
    }
}
