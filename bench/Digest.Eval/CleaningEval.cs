using System.Text.Json;
using Digest.Content;

namespace Digest.Eval;

/// <summary>Cleaning: boilerplate/text/*.txt through ingest; body plain text vs articleBody; mean token P/R/F1.</summary>
public static class CleaningEval
{
    public static int Run(string evalRoot)
    {
        var folder = Path.Combine(evalRoot, "boilerplate");
        var truth = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(File.ReadAllText(Path.Combine(folder, "ground-truth.json")))!;
        using var workspace = new EvalWorkspace();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(folder, "text"), "*.txt"))
        {
            workspace.AddSeed(Path.GetFileName(file), File.ReadAllBytes(file));
        }

        var articles = workspace.Ingest();
        var scores = new List<(double P, double R, double F)>();
        var perPage = new List<(string Id, (double P, double R, double F) Score)>();
        foreach (var (id, entry) in truth.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            var body = articles.TryGetValue(id + ".txt", out var article) ? SafeMarkdown.ToPlainText(article.Body) : "";
            var score = Tokens.Score(body, entry.GetProperty("articleBody").GetString() ?? "");
            if (Environment.GetEnvironmentVariable("DIGEST_EVAL_DUMP") is { Length: > 0 } dump && id.StartsWith(dump, StringComparison.Ordinal))
            {
                Console.WriteLine(body);
            }

            scores.Add(score);
            perPage.Add((id, score));
        }

        PrintWorst(perPage);

        Console.WriteLine($"cleaning (text): pages {scores.Count}  P {scores.Average(s => s.P):0.000}  R {scores.Average(s => s.R):0.000}  F1 {scores.Average(s => s.F):0.000}");
        return 0;
    }

    /// <summary>With DIGEST_EVAL_WORST=N set, lists the N pages with the lowest F1 (for looking at failures, not for tuning to them).</summary>
    internal static void PrintWorst(IEnumerable<(string Id, (double P, double R, double F) Score)> pages)
    {
        if (!int.TryParse(Environment.GetEnvironmentVariable("DIGEST_EVAL_WORST"), out var count))
        {
            return;
        }

        foreach (var (id, (p, r, f)) in pages.OrderBy(p => p.Score.F).Take(count))
        {
            Console.WriteLine($"  {id[..12]}  P {p:0.000}  R {r:0.000}  F1 {f:0.000}");
        }
    }
}
