using System.Globalization;
using Digest.Dedup;

namespace Digest.Eval;

/// <summary>
/// Topic settings against resampled WikiRef220: ingest once, then the dedup stage on the whole set
/// and on random 70 % subsets for each setting; a setting that wins only on the whole set is tuned
/// to it, one that wins on most subsets is more likely to carry to other sets.
/// </summary>
public static class TopicsSweep
{
    public static int Run(string evalRoot)
    {
        var (labels, ingested) = TopicsEval.IngestWikiRef(evalRoot);
        var names = labels.Keys.Order(StringComparer.Ordinal).ToArray();
        var random = new Random(20261202);
        var subsets = new List<string[]> { names };
        for (var s = 0; s < 40; s++)
        {
            subsets.Add(names.Where(_ => random.NextDouble() < 0.7).ToArray());
        }

        var similarities = Grid("DIGEST_SWEEP_SIMILARITY", "0.14,0.16,0.18,0.20,0.22");
        var attaches = Grid("DIGEST_SWEEP_ATTACH", "0,0.06,0.08,0.10,0.12");
        Console.WriteLine("similarity attach   whole  mean(40 subsets)  min");
        foreach (var similarity in similarities)
        {
            foreach (var attach in attaches)
            {
                var settings = new DedupSettings { TopicSimilarity = similarity, TopicAttach = attach };
                var scores = subsets.Select(subset =>
                {
                    var articles = subset.Select(n => ingested[n]).ToList();
                    var result = DedupStage.Run(articles, settings, new List<Diagnostic>());
                    var topic = result.ToDictionary(a => a.Seed!, a => a.Topic!, StringComparer.Ordinal);
                    var gold = subset.ToDictionary(n => n, n => labels[n], StringComparer.Ordinal);
                    var (p, r) = TopicsEval.BCubed(gold, topic);
                    return Figures.F1(p, r);
                }).ToList();
                Console.WriteLine($"{similarity,10:0.00} {attach,6:0.00}   {scores[0]:0.000}  {scores.Skip(1).Average():0.000}             {scores.Skip(1).Min():0.000}");
            }
        }

        return 0;
    }

    private static double[] Grid(string variable, string fallback) =>
        (Environment.GetEnvironmentVariable(variable) ?? fallback).Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
}
