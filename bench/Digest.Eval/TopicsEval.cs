namespace Digest.Eval;

/// <summary>Topics: the whole WikiRef220 folder through ingest; B-cubed precision, recall and F1 of <c>topic</c> against labels.tsv.</summary>
public static class TopicsEval
{
    public static int Run(string evalRoot, bool change)
    {
        var (labels, articles) = IngestWikiRef(evalRoot);
        var centroid = CentroidCosines(articles, labels.Keys.ToList());
        var topic = labels.Keys.ToDictionary(k => k, k => articles[k].Topic ?? articles[k].Story, StringComparer.Ordinal);
        var story = labels.Keys.ToDictionary(k => k, k => articles[k].Story, StringComparer.Ordinal);
        var (p, r) = BCubed(labels, topic);
        var (sp, sr) = BCubed(labels, story);
        Console.WriteLine($"topics (WikiRef220): articles {labels.Count}, topics {topic.Values.Distinct().Count()}, stories {story.Values.Distinct().Count()}; stories as topics: P {sp:0.000} R {sr:0.000} F1 {Figures.F1(sp, sr):0.000}");
        foreach (var group in topic.GroupBy(kv => kv.Value).OrderByDescending(g => g.Count()).Take(int.TryParse(Environment.GetEnvironmentVariable("DIGEST_EVAL_GROUPS"), out var shown) ? shown : 12))
        {
            Console.WriteLine($"  {group.Key}: " + string.Join(", ", group.GroupBy(kv => labels[kv.Key]).Select(g => $"{g.Key}×{g.Count()}")));
        }

        foreach (var label in labels.Values.Distinct().Order(StringComparer.Ordinal))
        {
            var spread = labels.Where(kv => kv.Value == label).GroupBy(kv => topic[kv.Key]).Select(g => g.Count()).OrderDescending().ToList();
            if (spread.Count > 1)
            {
                Console.WriteLine($"  {label} is split {string.Join('+', spread)}");
                var main = labels.Where(kv => kv.Value == label).GroupBy(kv => topic[kv.Key]).MaxBy(g => g.Count())!.Key;
                foreach (var (file, _) in labels.Where(kv => kv.Value == label && topic[kv.Key] != main))
                {
                    var others = labels.Keys.Where(k => topic[k] == main).ToList();
                    Console.WriteLine($"    {file} → {topic[file]}, centroid cosine {centroid(file, others):0.00}, {Day(articles[file].Date)} (topic {Span(others.Select(o => articles[o].Date))}): {articles[file].Title}");
                }
            }
        }

        return Figures.Report("topics", [("bcubed_precision", p), ("bcubed_recall", r), ("bcubed_f1", Figures.F1(p, r))], change);
    }

    /// <summary>The WikiRef220 labels (file → topic) and the articles ingest made of the whole folder at once.</summary>
    public static (Dictionary<string, string> Labels, IReadOnlyDictionary<string, Article> Articles) IngestWikiRef(string evalRoot)
    {
        var folder = Path.Combine(evalRoot, "wikiref220");
        var labels = File.ReadAllLines(Path.Combine(folder, "labels.tsv")).Skip(1)
            .Select(l => l.Split('\t')).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
        using var workspace = new EvalWorkspace();
        foreach (var name in labels.Keys)
        {
            workspace.AddSeed(name, File.ReadAllBytes(Path.Combine(folder, "WikiRef220", name)));
        }

        return (labels, workspace.Ingest());
    }

    private static string Day(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "undated";

    // The first and last known date of a group.
    private static string Span(IEnumerable<DateOnly?> dates)
    {
        var known = dates.Where(d => d is not null).Order().ToList();
        return known.Count == 0 ? "undated" : $"{Day(known[0])} … {Day(known[^1])}";
    }

    // Cosine of a text's topic vector with the sum of others' (the centroid linkage of the stage,
    // over all texts, copies included): how far a split-off report was from its topic.
    private static Func<string, IReadOnlyList<string>, double> CentroidCosines(IReadOnlyDictionary<string, Article> articles, IReadOnlyList<string> keys)
    {
        var settings = new Digest.Dedup.DedupSettings();
        var features = keys.Select(k => Digest.Dedup.ArticleFeatures.Of(articles[k], settings)).ToArray();
        var vectors = Digest.Dedup.TermWeighting.SharedTermVectors(features, settings.EntityBoost, settings.IdfBackground);
        var index = keys.Select((k, i) => (k, i)).ToDictionary(p => p.k, p => p.i, StringComparer.Ordinal);
        return (one, others) =>
        {
            var sum = new Dictionary<ulong, double>();
            foreach (var other in others)
            {
                var v = vectors[index[other]];
                for (var k = 0; k < v.Count; k++)
                {
                    sum[v.Keys[k]] = sum.GetValueOrDefault(v.Keys[k]) + v.Values[k];
                }
            }

            var x = vectors[index[one]];
            double dot = 0;
            for (var k = 0; k < x.Count; k++)
            {
                dot += x.Values[k] * sum.GetValueOrDefault(x.Keys[k]);
            }

            var norm = Math.Sqrt(sum.Values.Sum(w => w * w));
            return norm > 0 ? dot / norm : 0;
        };
    }

    public static (double Precision, double Recall) BCubed(IReadOnlyDictionary<string, string> gold, IReadOnlyDictionary<string, string> predicted)
    {
        double precision = 0, recall = 0;
        foreach (var item in gold.Keys)
        {
            var samePredicted = gold.Keys.Where(o => predicted[o] == predicted[item]).ToList();
            var sameGold = gold.Keys.Where(o => gold[o] == gold[item]).ToList();
            var both = samePredicted.Count(o => gold[o] == gold[item]);
            precision += (double)both / samePredicted.Count;
            recall += (double)both / sameGold.Count;
        }

        return (precision / gold.Count, recall / gold.Count);
    }
}
