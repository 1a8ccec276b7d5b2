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
        foreach (var (id, entry) in truth.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            var body = articles.TryGetValue(id + ".txt", out var article) ? SafeMarkdown.ToPlainText(article.Body) : "";
            scores.Add(Tokens.Score(body, entry.GetProperty("articleBody").GetString() ?? ""));
        }

        Console.WriteLine($"cleaning (text): pages {scores.Count}  P {scores.Average(s => s.P):0.000}  R {scores.Average(s => s.R):0.000}  F1 {scores.Average(s => s.F):0.000}");
        return 0;
    }
}
