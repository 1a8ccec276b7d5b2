using System.Diagnostics;
using Digest.Entities;
using Digest.Train;

namespace Digest.Eval;

/// <summary>
/// Entities (../shared/eval/README.md): each CoNLL-2003 eng.testa document becomes a seed (tokens
/// joined by spaces, first sentence as the title line, one paragraph per sentence); ingest runs;
/// the front matter <c>entities</c> are compared, case-insensitively as sets, with the document's
/// gold names, a shorter gold name of the same type inside a longer one counting once, as the longer.
/// </summary>
public static class EntitiesEval
{
    public static int Run(string evalRoot)
    {
        var file = Environment.GetEnvironmentVariable("DIGEST_EVAL_CONLL") ?? Path.Combine(evalRoot, "conll2003", "eng.testa");
        var documents = ConllCorpus.Read(file);
        using var workspace = new EvalWorkspace();
        for (var i = 0; i < documents.Count; i++)
        {
            workspace.AddSeed(SeedName(i), SeedText(documents[i]));
        }

        var clock = Stopwatch.StartNew();
        var articles = workspace.Ingest();
        var seconds = clock.Elapsed.TotalSeconds;
        var catalog = EntityCatalog.Create(null, "none", []);
        var strict = new Score();
        var surface = new Score();
        // Types as the site gives them: each name's most frequent type over all documents (EntityTally).
        var typed = catalog.WithArticles([.. articles.Values]);
        var (typesRight, typesFound) = (0, 0);
        var confusions = new Dictionary<(EntityType Gold, EntityType Given), int>();
        for (var i = 0; i < documents.Count; i++)
        {
            var goldTypes = documents[i].Names().ToLookup(n => n.Text.ToLowerInvariant(), n => TypeOf(n.Type), StringComparer.Ordinal);
            foreach (var name in articles[SeedName(i)].Entities)
            {
                if (goldTypes[name.ToLowerInvariant()].ToList() is { Count: > 0 } goldType && typed.Get(name) is { } entity)
                {
                    typesFound++;
                    if (goldType.Contains(entity.Type))
                    {
                        typesRight++;
                    }
                    else
                    {
                        var key = (goldType[0], entity.Type);
                        confusions[key] = confusions.GetValueOrDefault(key) + 1;
                        if (Environment.GetEnvironmentVariable("DIGEST_EVAL_TYPES") is not null)
                        {
                            Console.WriteLine($"  type {goldType[0]} -> {entity.Type}: {name}");
                        }
                    }
                }
            }

            var gold = Gold(documents[i]);
            var article = articles[SeedName(i)];
            var predicted = article.Entities.Select(e => e.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
            strict.Add(predicted, gold);
            // Diagnostic figure: a canonical name counts as the gold spelling the text used for it
            // (United States for "U.S."), which separates recognition from canonicalisation.
            var forms = catalog.SurfaceForms(article).ToDictionary(s => s.Name, s => s.Surfaces, StringComparer.Ordinal);
            var bySurface = article.Entities
                .Select(e => (forms.TryGetValue(e, out var f) ? f.Select(x => x.ToLowerInvariant()).FirstOrDefault(gold.Contains) : null) ?? e.ToLowerInvariant())
                .ToHashSet(StringComparer.Ordinal);
            surface.Add(bySurface, gold);
            if (Environment.GetEnvironmentVariable("DIGEST_EVAL_VERBOSE") is not null)
            {
                Console.WriteLine($"{SeedName(i)}  missed: {string.Join(" | ", gold.Except(predicted).Order())}");
                Console.WriteLine($"{SeedName(i)}  extra:  {string.Join(" | ", predicted.Except(gold).Order())}");
            }
        }

        Console.WriteLine($"entities ({Path.GetFileName(file)}): documents {documents.Count}, ingest {seconds:0.0} s");
        Console.WriteLine($"  front matter as written      {strict}");
        Console.WriteLine($"  canonical → spelling in text {surface}");
        Console.WriteLine($"  type of the names found      {(double)typesRight / Math.Max(1, typesFound):0.000} right ({typesRight} of {typesFound}); wrong, gold → given: "
            + string.Join(", ", confusions.OrderByDescending(c => c.Value).ThenBy(c => c.Key.Gold).Take(6).Select(c => $"{c.Key.Gold} → {c.Key.Given} {c.Value}")));
        return 0;
    }

    private static EntityType TypeOf(string conllType) => conllType switch
    {
        "PER" => EntityType.Person,
        "LOC" => EntityType.Place,
        "ORG" => EntityType.Organisation,
        _ => EntityType.Other,
    };

    private static string SeedName(int index) => $"conll-{index:0000}.txt";

    private static string SeedText(ConllDocument document) =>
        string.Join("\n\n", document.Sentences.Select(s => string.Join(' ', s.Words))) + "\n";

    /// <summary>Gold names, lower case; a name inside a longer one of the same type counts as the longer.</summary>
    public static HashSet<string> Gold(ConllDocument document)
    {
        var names = document.Names().Select(n => (Words: n.Text.ToLowerInvariant().Split(' '), n.Type)).ToList();
        return names
            .Where(n => !names.Any(o => o.Type == n.Type && o.Words.Length > n.Words.Length && Contains(o.Words, n.Words)))
            .Select(n => string.Join(' ', n.Words))
            .ToHashSet(StringComparer.Ordinal);
    }

    private static bool Contains(string[] longer, string[] shorter)
    {
        for (var start = 0; start + shorter.Length <= longer.Length; start++)
        {
            if (longer.AsSpan(start, shorter.Length).SequenceEqual(shorter))
            {
                return true;
            }
        }

        return false;
    }

    private sealed class Score
    {
        private int _truePositives;
        private int _predicted;
        private int _gold;
        private double _precisionSum;
        private double _recallSum;
        private double _f1Sum;
        private int _documents;

        public void Add(HashSet<string> predicted, HashSet<string> gold)
        {
            var tp = predicted.Count(gold.Contains);
            _truePositives += tp;
            _predicted += predicted.Count;
            _gold += gold.Count;
            var p = predicted.Count == 0 ? (gold.Count == 0 ? 1 : 0) : (double)tp / predicted.Count;
            var r = gold.Count == 0 ? 1 : (double)tp / gold.Count;
            _precisionSum += p;
            _recallSum += r;
            _f1Sum += p + r == 0 ? 0 : 2 * p * r / (p + r);
            _documents++;
        }

        public override string ToString()
        {
            var p = (double)_truePositives / Math.Max(1, _predicted);
            var r = (double)_truePositives / Math.Max(1, _gold);
            var f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            return $"P {p:0.000}  R {r:0.000}  F1 {f:0.000} (pooled over documents)   mean per document: P {_precisionSum / _documents:0.000}  R {_recallSum / _documents:0.000}  F1 {_f1Sum / _documents:0.000}";
        }
    }
}
