using Digest.Ingest;

namespace Digest.Eval;

/// <summary>A throw-away project folder: write seeds, run the real ingest, read back the articles.</summary>
public sealed class EvalWorkspace : IDisposable
{
    public EvalWorkspace()
    {
        Root = Path.Combine(Path.GetTempPath(), "digest-eval-" + Guid.NewGuid().ToString("N")[..8]);
        Paths = ProjectPaths.Resolve(Root);
        Directory.CreateDirectory(Paths.Seeds);

        // Experiments: DIGEST_EVAL_SETTINGS holds digest.yml text for the temporary project.
        if (Environment.GetEnvironmentVariable("DIGEST_EVAL_SETTINGS") is { Length: > 0 } settings)
        {
            Directory.CreateDirectory(Paths.Input);
            File.WriteAllText(Path.Combine(Paths.Input, "digest.yml"), settings.Replace("\\n", "\n", StringComparison.Ordinal));
        }
    }

    public string Root { get; }

    public ProjectPaths Paths { get; }

    /// <summary>The shared evaluation data beside the repository (../shared/eval from the repository root).</summary>
    public static string DefaultEvalRoot()
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

    public void AddSeed(string fileName, string text) => File.WriteAllText(Path.Combine(Paths.Seeds, fileName), text);

    public void AddSeed(string fileName, byte[] bytes) => File.WriteAllBytes(Path.Combine(Paths.Seeds, fileName), bytes);

    /// <summary>Runs ingest; returns the articles keyed by seed file name.</summary>
    public IReadOnlyDictionary<string, Article> Ingest()
    {
        var result = Ingester.Run(Paths);
        foreach (var diagnostic in result.Diagnostics.Take(20))
        {
            Console.Error.WriteLine(diagnostic);
        }

        return result.Articles.Where(a => a.Seed is not null).ToDictionary(a => a.Seed!, StringComparer.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
