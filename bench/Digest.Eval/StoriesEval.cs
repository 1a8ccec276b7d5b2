using System.Globalization;

namespace Digest.Eval;

/// <summary>
/// Stories: the English–English SemEval-2022 training pairs. Every English text becomes a seed,
/// ingest runs over all at once, and a pair is predicted "same story" when both texts got the same
/// <c>story</c>; gold "same story" is Overall ≤ 2.0. Precision, recall and F1 over the pairs.
/// </summary>
public static class StoriesEval
{
    public static int Run(string evalRoot, bool change)
    {
        var rows = Csv.Read(Path.Combine(evalRoot, "semeval2022", "training_set.csv"))
            .Where(r => r["lang1"] == "en" && r["lang2"] == "en").ToList();
        using var workspace = new EvalWorkspace();
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var ids = row["pair_id"].Split('_');
            Write(workspace, ids[0], row["text1"], written);
            Write(workspace, ids[1], row["text2"], written);
        }

        var articles = workspace.Ingest();
        var cosine = Cosines(articles);
        int tp = 0, fp = 0, fn = 0;
        foreach (var row in rows)
        {
            var ids = row["pair_id"].Split('_');
            var same = articles[ids[0] + ".txt"].Story == articles[ids[1] + ".txt"].Story;
            var gold = double.Parse(row["Overall"], CultureInfo.InvariantCulture) <= 2.0;
            if (same != gold)
            {
                var (a, b) = (articles[ids[0] + ".txt"], articles[ids[1] + ".txt"]);
                var copy = a.DuplicateOf is not null || b.DuplicateOf is not null ? " (copies)" : "";
                Console.WriteLine($"  {(same ? "together, not same story" : "apart, same story")} (Overall {row["Overall"][..Math.Min(4, row["Overall"].Length)]}){copy}, cosine {cosine(ids[0] + ".txt", ids[1] + ".txt"):0.00}: {Short(a.Title)} | {Short(b.Title)}");
            }

            tp += same && gold ? 1 : 0;
            fp += same && !gold ? 1 : 0;
            fn += !same && gold ? 1 : 0;
        }

        var precision = tp + fp == 0 ? 1 : (double)tp / (tp + fp);
        var recall = tp + fn == 0 ? 1 : (double)tp / (tp + fn);
        Console.WriteLine($"stories (SemEval-2022 en-en): pairs {rows.Count}, texts {written.Count}, same-story gold {tp + fn}, predicted same {tp + fp}, stories {articles.Values.Select(a => a.Story).Distinct().Count()}");
        return Figures.Report("stories", [("precision", precision), ("recall", recall), ("f1", Figures.F1(precision, recall))], change);
    }

    // The story-vector cosine of two texts, as the dedup stage weighs them (over all texts, copies
    // included, so it is close to but not exactly the stage's figure): shows how far an error was.
    private static Func<string, string, double> Cosines(IReadOnlyDictionary<string, Article> articles)
    {
        var settings = new Digest.Dedup.DedupSettings();
        var keys = articles.Keys.Order(StringComparer.Ordinal).ToList();
        var features = keys.Select(k => Digest.Dedup.ArticleFeatures.Of(articles[k], settings)).ToArray();
        var vectors = Digest.Dedup.TermWeighting.TextVectors(features, settings.EntityBoost, settings.IdfBackground);
        var index = keys.Select((k, i) => (k, i)).ToDictionary(p => p.k, p => p.i, StringComparer.Ordinal);
        return (a, b) => vectors[index[a]].Dot(vectors[index[b]]);
    }

    private static string Short(string title) => title.Length <= 50 ? title : title[..50];

    // A seed is a title line, a blank line, then paragraphs; most SemEval texts are one line, so
    // their first words stand in for the title and the whole text is the body.
    private static void Write(EvalWorkspace workspace, string id, string text, HashSet<string> written)
    {
        if (!written.Add(id))
        {
            return;
        }

        text = text.Trim();
        var lines = text.Split('\n');
        var seed = lines.Length > 1 && lines[0].Length < 200
            ? text
            : string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(12)) + "\n\n" + text;
        workspace.AddSeed(id + ".txt", seed);
    }
}
