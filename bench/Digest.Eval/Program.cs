// Quality figures on ../shared/eval (never copied into the repository): each subcommand writes the
// evaluation texts as seeds into a temporary project, runs Digest's real ingest, and scores the
// front matter it wrote with the definitions of ../shared/eval/README.md.
using Digest.Eval;

// --change: print the change from the recorded figures (bench/Digest.Eval/figures) and record the new ones.
var change = args.Contains("--change");
args = args.Where(a => a != "--change").ToArray();
var evalRoot = args.Length > 1 ? args[1] : EvalWorkspace.DefaultEvalRoot();
IReadOnlyDictionary<string, Func<string, int>> commands = new Dictionary<string, Func<string, int>>
{
    ["cleaning"] = CleaningEval.RunText,
    ["html"] = CleaningEval.RunHtml,
    ["duplicates"] = root => DuplicatesEval.Run(root, change),
    ["stories"] = root => StoriesEval.Run(root, change),
    ["topics"] = root => TopicsEval.Run(root, change),
    ["topics-sweep"] = TopicsSweep.Run,
    ["entities"] = EntitiesEval.Run,
    ["retention"] = RetentionEval.Run,
    ["speed"] = SpeedEval.Run,
};

if (args.Length == 0 || !commands.TryGetValue(args[0], out var command))
{
    Console.Error.WriteLine($"usage: dotnet run --project bench/Digest.Eval -c Release -- <{string.Join('|', commands.Keys)}> [EVAL_DIR] [--change]");
    return 2;
}

return command(evalRoot);
