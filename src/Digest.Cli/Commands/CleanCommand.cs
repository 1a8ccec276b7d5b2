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
                    reporter.Failure($"refusing to delete {paths.Display(folder)}: {refusal}", null, DigestCommand.UsageError);
                    return DigestCommand.UsageError;
                }
            }

            // Each folder's line, and with --json one object naming what was deleted and what emptied behind a link.
            var lines = new List<string>();
            var deleted = new List<string>();
            var emptied = new List<string>();
            Report(BuiltFolders.Remove(paths.Cache), paths.Display(paths.Cache), " (the build cache)", quietWhenNothing: true);
            Report(BuiltFolders.Remove(paths.Output), paths.Display(paths.Output), "", quietWhenNothing: false);
            reporter.Outcome(string.Join(Environment.NewLine, lines), ("deleted", deleted), ("emptied", emptied));
            return DigestCommand.Success;

            void Report((BuiltFolders.Removal Removal, string Folder) done, string folder, string about, bool quietWhenNothing)
            {
                var name = $"{folder}/{about}";
                switch (done.Removal)
                {
                    case BuiltFolders.Removal.Deleted:
                        lines.Add($"deleted {name}");
                        deleted.Add(folder);
                        break;
                    case BuiltFolders.Removal.Emptied:
                        lines.Add($"emptied {done.Folder}/, where the link {name} leads (the link is kept)");
                        emptied.Add(folder);
                        break;
                    case BuiltFolders.Removal.Missing when !quietWhenNothing:
                        lines.Add($"nothing to clean: {name} does not exist");
                        break;
                    case BuiltFolders.Removal.Empty when !quietWhenNothing:
                        lines.Add($"nothing to clean: {name} is a link to {done.Folder}/, which is empty");
                        break;
                }
            }
        });
        return command;
    }
}
