// Scale benchmark of the dedup stage (issue 4): generates corpora of growing size from
// ../shared/eval/bbc-fulltext (read at run time), times DedupStage.Run on each in a fresh child
// process (so peak memory is that size's alone) and prints wall and CPU time, peak working set,
// the ratio of each CPU time to the one before, and how many planted copies and stories were found.
//   dotnet run --project bench/Digest.Bench -c Release -- [--sizes 10000,20000,40000,100000] [--eval DIR]
//   dotnet run --project bench/Digest.Bench -c Release -- --determinism 20000
// How far one report's change reaches in dedup's weighting, candidate pairs and groups (LocalityProbe):
//   dotnet run --project bench/Digest.Bench -c Release -- --locality 10000 [--edits 20]
// Raw seeds for timing `digest build` at scale (bench/build-scale.sh): a project folder with
// seeds/*.txt and input/digest.yml, the same bytes for the same count:
//   dotnet run --project bench/Digest.Bench -c Release -- --write-seeds DIR --count 10000
using System.Diagnostics;
using System.Globalization;
using Digest;
using Digest.Bench;
using Digest.Dedup;

var sizes = Option("--sizes")?.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray() ?? [10_000, 20_000, 40_000, 100_000];
var evalRoot = Option("--eval") ?? DefaultEvalRoot();

if (Option("--write-seeds") is { } project)
{
    var count = int.Parse(Option("--count") ?? "10000", CultureInfo.InvariantCulture);
    SeedProject.Write(project, count, BaseArticle.ReadAll(evalRoot));
    Console.WriteLine($"wrote {count} seeds to {Path.Combine(project, "seeds")}");
    return 0;
}

if (Option("--profile-ingest") is { } root)
{
    // Time per ingest step of a seed project (digest ingest's work, in process), from no articles.
    var paths = ProjectPaths.Resolve(root);
    if (Directory.Exists(paths.Articles))
    {
        Directory.Delete(paths.Articles, recursive: true);
    }

    // CPU time (both cores summed) beside wall time: on a shared machine it says more.
    var process = Process.GetCurrentProcess();
    var cpuStart = process.TotalProcessorTime;
    var cpuBefore = cpuStart;
    var total = Stopwatch.StartNew();
    Console.WriteLine($"{"step",-26} {"wall s",7}  {"CPU s",7}");
    var ingest = Digest.Ingest.Ingester.Run(paths, onStage: (step, time) =>
    {
        process.Refresh();
        var cpu = process.TotalProcessorTime;
        Console.WriteLine($"{step,-26} {time.TotalSeconds,7:0.00}  {(cpu - cpuBefore).TotalSeconds,7:0.00}");
        cpuBefore = cpu;
    });
    process.Refresh();
    Console.WriteLine($"{"ingest",-26} {total.Elapsed.TotalSeconds,7:0.00}  {(process.TotalProcessorTime - cpuStart).TotalSeconds,7:0.00}   {ingest.Articles.Count} articles, peak {process.PeakWorkingSet64 / (1024 * 1024)} MB");
    return 0;
}

if (Option("--locality") is { } locality)
{
    return LocalityProbe.Run(int.Parse(locality, CultureInfo.InvariantCulture), int.Parse(Option("--edits") ?? "20", CultureInfo.InvariantCulture), evalRoot);
}

if (Option("--one") is { } one)
{
    return RunOne(int.Parse(one, CultureInfo.InvariantCulture), evalRoot);
}

if (Option("--determinism") is { } check)
{
    // Same corpus twice (with both cores busy in Parallel.For): every field must agree.
    var (corpus, _) = new CorpusGenerator(BaseArticle.ReadAll(evalRoot)).Generate(int.Parse(check, CultureInfo.InvariantCulture));
    var first = DedupStage.Run(corpus, new DedupSettings(), new List<Diagnostic>());
    var second = DedupStage.Run(corpus, new DedupSettings(), new List<Diagnostic>());
    var differences = first.Zip(second).Count(p => p.First != p.Second);
    Console.WriteLine($"determinism: {corpus.Count} articles, {differences} differ between two runs");
    return differences == 0 ? 0 : 1;
}

Console.WriteLine($"dedup stage on {Environment.ProcessorCount} cores; corpus from {evalRoot}");
// Wall time depends on what else runs on the shared machine; CPU time (both cores summed) does
// not, so the ratios are of CPU time.
Console.WriteLine($"load average before: {LoadAverage()}");
Console.WriteLine("articles   wall s    CPU s     CPU ratio     peak MB   copies found   near found   same-story pairs together   stories   topics");
double? previous = null;
int? previousSize = null;
foreach (var size in sizes)
{
    var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
    if (!Environment.ProcessPath!.EndsWith("Digest.Bench", StringComparison.Ordinal))
    {
        start.ArgumentList.Add(typeof(CorpusGenerator).Assembly.Location);
    }

    foreach (var argument in new[] { "--one", size.ToString(CultureInfo.InvariantCulture), "--eval", evalRoot })
    {
        start.ArgumentList.Add(argument);
    }

    using var child = Process.Start(start)!;
    var line = child.StandardOutput.ReadToEnd().Trim();
    child.WaitForExit();
    var parts = line.Split('\t');
    var seconds = double.Parse(parts[0], CultureInfo.InvariantCulture);
    var cpu = double.Parse(parts[1], CultureInfo.InvariantCulture);
    var ratio = previous is { } p && previousSize is { } ps ? $"{cpu / p:0.00}× for {(double)size / ps:0.#}×" : "";
    Console.WriteLine($"{size,8}   {seconds,7:0.00}   {cpu,7:0.00}   {ratio,-13} {parts[2],7}   {parts[3],12}   {parts[4],10}   {parts[5],25}   {parts[6],7}   {parts[7],6}");
    previous = cpu;
    previousSize = size;
}

return 0;

static int RunOne(int size, string evalRoot)
{
    var (articles, planted) = new CorpusGenerator(BaseArticle.ReadAll(evalRoot)).Generate(size);
    GC.Collect();
    var process = Process.GetCurrentProcess();
    var cpuBefore = process.TotalProcessorTime;
    var stopwatch = Stopwatch.StartNew();
    var result = DedupStage.Run(articles, new DedupSettings(), new List<Diagnostic>());
    stopwatch.Stop();
    process.Refresh();
    var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
    var peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024);

    string CanonicalOf(int i) => result[i].DuplicateOf ?? result[i].Slug;
    var copies = planted.Copies.Count(p => CanonicalOf(p.Copy) == CanonicalOf(p.Of));
    var near = planted.NearCopies.Count(p => CanonicalOf(p.Copy) == CanonicalOf(p.Of));
    var together = planted.SameStory.Count(p => result[p.Report].Story == result[p.Of].Story);
    Console.WriteLine(string.Join('\t',
        stopwatch.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture),
        cpu.ToString("0.00", CultureInfo.InvariantCulture),
        peak.ToString(CultureInfo.InvariantCulture),
        $"{copies}/{planted.Copies.Count}",
        $"{near}/{planted.NearCopies.Count}",
        $"{together}/{planted.SameStory.Count}",
        result.Select(a => a.Story).Distinct().Count().ToString(CultureInfo.InvariantCulture),
        result.Select(a => a.Topic).Distinct().Count().ToString(CultureInfo.InvariantCulture)));
    return 0;
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";

string? Option(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

static string DefaultEvalRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        var candidate = Path.Combine(dir.FullName, "..", "shared", "eval");
        if (Directory.Exists(candidate))
        {
            return Path.GetFullPath(candidate);
        }
    }

    return Path.GetFullPath(Path.Combine("..", "shared", "eval"));
}
