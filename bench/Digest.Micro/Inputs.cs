using Digest.Ingest;

namespace Digest.Micro;

/// <summary>The benchmarks' inputs: seeds of ../shared/eval/bbc-fulltext, read at run time.</summary>
public static class Inputs
{
    /// <summary>A typical seed: the first article of a category (a few hundred words), as the file holds it.</summary>
    public static Seed Seed(string category = "politics", string file = "001.txt")
    {
        var path = Path.Combine(EvalRoot(), "bbc-fulltext", "bbc", category, file);
        if (!SeedDecoder.TryDecode(File.ReadAllBytes(path), out var text, out var reason))
        {
            throw new InvalidOperationException($"{path}: {reason}");
        }

        return new Seed(file, "seeds/" + file, text);
    }

    /// <summary>The first <paramref name="count"/> seeds of a category, in file order.</summary>
    public static List<Seed> Seeds(string category, int count) =>
        Directory.EnumerateFiles(Path.Combine(EvalRoot(), "bbc-fulltext", "bbc", category), "*.txt")
            .Order(StringComparer.Ordinal)
            .Take(count)
            .Select(f => Seed(category, Path.GetFileName(f)))
            .ToList();

    /// <summary>A throw-away project folder (ingest needs one for sidecars; none exist there).</summary>
    public static ProjectPaths TempProject() =>
        ProjectPaths.Resolve(Path.Combine(Path.GetTempPath(), "digest-micro-" + Environment.ProcessId));

    private static string EvalRoot()
    {
        if (Environment.GetEnvironmentVariable("DIGEST_EVAL") is { Length: > 0 } configured)
        {
            return configured;
        }

        // BenchmarkDotNet runs each benchmark from a folder under bin/: walk up to the clone's sibling shared/eval.
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared", "eval");
            if (Directory.Exists(Path.Combine(candidate, "bbc-fulltext")))
            {
                return Path.GetFullPath(candidate);
            }
        }

        throw new DirectoryNotFoundException("../shared/eval not found above " + AppContext.BaseDirectory + "; set DIGEST_EVAL");
    }
}
