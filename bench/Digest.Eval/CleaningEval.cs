using System.IO.Compression;
using System.Text.Json;
using Digest.Content;

namespace Digest.Eval;

/// <summary>
/// Cleaning on the boilerplate split: each page through the real ingest (text/*.txt for "cleaning",
/// html/*.html.gz gunzipped to .html seeds for "html"); body plain text vs articleBody; mean token P/R/F1.
/// </summary>
public static class CleaningEval
{
    public static int RunText(string evalRoot) => Run(evalRoot, html: false);

    public static int RunHtml(string evalRoot) => Run(evalRoot, html: true);

    private static int Run(string evalRoot, bool html)
    {
        var folder = Path.Combine(evalRoot, "boilerplate");
        var truth = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(File.ReadAllText(Path.Combine(folder, "ground-truth.json")))!;
        using var workspace = new EvalWorkspace();
        var extension = html ? ".html" : ".txt";
        foreach (var file in Directory.EnumerateFiles(Path.Combine(folder, html ? "html" : "text"), html ? "*.html.gz" : "*.txt"))
        {
            var id = Path.GetFileName(file).Split('.')[0];
            workspace.AddSeed(id + extension, html ? Gunzip(file) : File.ReadAllBytes(file));
        }

        var started = System.Diagnostics.Stopwatch.StartNew();
        var articles = workspace.Ingest();
        var seconds = started.Elapsed.TotalSeconds;
        var perPage = new List<(string Id, (double P, double R, double F) Score)>();
        foreach (var (id, entry) in truth.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            var body = articles.TryGetValue(id + extension, out var article) ? SafeMarkdown.ToPlainText(article.Body) : "";
            var score = Tokens.Score(body, entry.GetProperty("articleBody").GetString() ?? "");
            if (Environment.GetEnvironmentVariable("DIGEST_EVAL_DUMP") is { Length: > 0 } dump && id.StartsWith(dump, StringComparison.Ordinal))
            {
                Console.WriteLine(html ? article?.Body : body);
                if (!html && Environment.GetEnvironmentVariable("DIGEST_EVAL_CLASSES") is not null)
                {
                    PrintClasses(Path.Combine(folder, "text", id + extension));
                }
            }

            perPage.Add((id, score));
        }

        PrintWorst(perPage);
        var scores = perPage.Select(p => p.Score).ToList();
        Console.WriteLine($"cleaning ({(html ? "html" : "text")}): pages {scores.Count}  P {scores.Average(s => s.P):0.000}  R {scores.Average(s => s.R):0.000}  F1 {scores.Average(s => s.F):0.000}  (ingest {seconds:0.00} s)");
        return 0;
    }

    // With DIGEST_EVAL_CLASSES set beside DIGEST_EVAL_DUMP: each paragraph of the page as the cleaner classifies it.
    private static void PrintClasses(string file)
    {
        var (_, lines) = Digest.Ingest.Cleaning.TextLines.Split(File.ReadAllText(file));
        var paragraphs = Digest.Ingest.Cleaning.BrokenParagraphs.Join(lines);
        var stats = paragraphs.Select(p => Digest.Ingest.Cleaning.LineStats.Of(p)).ToArray();
        var classes = Digest.Ingest.Cleaning.LineClassifier.Classify(paragraphs, stats, english: true);
        for (var i = 0; i < paragraphs.Count; i++)
        {
            Console.WriteLine($"{i,4} {classes[i],-12} {paragraphs[i][..Math.Min(100, paragraphs[i].Length)]}");
        }

        Console.WriteLine($"main region {Digest.Ingest.Cleaning.MainRegion.Find(classes, stats, paragraphs.Count)}");
        var (title, _) = Digest.Ingest.Cleaning.TextLines.Split(File.ReadAllText(file));
        foreach (var kept in Digest.Ingest.Cleaning.TextCleaner.Clean(title, lines, english: true))
        {
            Console.WriteLine($"kept: {kept[..Math.Min(60, kept.Length)]}");
        }
    }

    private static byte[] Gunzip(string file)
    {
        using var input = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    /// <summary>With DIGEST_EVAL_WORST=N set, lists the N pages with the lowest F1 (for looking at failures, not for tuning to them).</summary>
    private static void PrintWorst(IEnumerable<(string Id, (double P, double R, double F) Score)> pages)
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
