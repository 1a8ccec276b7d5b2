using Digest.Content;

namespace Digest.Eval;

/// <summary>
/// Faithfulness on articles that are already clean (bbc-fulltext, wikiref220: title line, blank
/// line, paragraphs): the share of each body's tokens that survive ingest should be ~1.0 —
/// cleaning must never drop article sentences. Also times the ingest of the whole set.
/// </summary>
public static class RetentionEval
{
    public static int Run(string evalRoot)
    {
        foreach (var set in new[] { "bbc-fulltext", "wikiref220" })
        {
            using var workspace = new EvalWorkspace();
            var bodies = new Dictionary<string, string>(StringComparer.Ordinal);
            var n = 0;
            foreach (var file in Directory.EnumerateFiles(Path.Combine(evalRoot, set), "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                if (Path.GetFileName(file).Equals("readme.txt", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var name = $"{n++:00000}.txt";
                var bytes = File.ReadAllBytes(file);
                workspace.AddSeed(name, bytes);
                bodies[name] = Digest.Ingest.SeedDecoder.TryDecode(bytes, out var text, out _) ? string.Join('\n', text.Split('\n').SkipWhile(string.IsNullOrWhiteSpace).Skip(1)) : "";
            }

            var started = System.Diagnostics.Stopwatch.StartNew();
            var articles = workspace.Ingest();
            var seconds = started.Elapsed.TotalSeconds;
            var recalls = bodies.Select(kv => Tokens.Score(articles.TryGetValue(kv.Key, out var a) ? SafeMarkdown.ToPlainText(a.Body) : "", kv.Value).Recall).ToList();
            if (Environment.GetEnvironmentVariable("DIGEST_EVAL_DUMP") is not null)
            {
                foreach (var (name, body) in bodies)
                {
                    var kept = articles.TryGetValue(name, out var a) ? SafeMarkdown.ToPlainText(a.Body) : "";
                    foreach (var line in body.Split('\n').Where(l => l.Trim().Length > 0 && !kept.Contains(l.Trim()[..Math.Min(30, l.Trim().Length)], StringComparison.Ordinal)))
                    {
                        Console.WriteLine($"  dropped {name}: {line[..Math.Min(140, line.Length)]}");
                    }
                }
            }

            var buildTimer = System.Diagnostics.Stopwatch.StartNew();
            var context = new Digest.Ingest.IngestContext(workspace.Paths, new Digest.Ingest.IngestSettings(), Digest.Ingest.Attribution.SourceCatalog.BuiltIn, new List<Diagnostic>());
            foreach (var seed in Digest.Ingest.SeedReader.ReadAll(workspace.Paths, new List<Diagnostic>()))
            {
                Digest.Ingest.SeedIngest.Build(seed, context);
            }

            Console.WriteLine($"  read + build only: {buildTimer.Elapsed.TotalSeconds:0.00} s");
            Console.WriteLine($"retention ({set}): articles {recalls.Count}  mean token recall {recalls.Average():0.0000}  below 0.99: {recalls.Count(r => r < 0.99)}  (ingest {seconds:0.00} s)");
        }

        return 0;
    }
}
