using Digest.Entities.Recognition;

namespace Digest.Train;

/// <summary>A quick mention-level check of a model file on held-out CoNLL data (exact span and type).</summary>
internal static class TokenAccuracy
{
    public static void Report(string modelPath, IReadOnlyList<ConllDocument> documents, GazetteerMatcher gazetteer)
    {
        TaggerModel model;
        using (var stream = File.OpenRead(modelPath))
        {
            model = TaggerModel.Read(stream);
        }

        int correct = 0, predicted = 0, gold = 0;
        foreach (var document in documents)
        {
            var evidence = new DocumentEvidence(document.Sentences.Select(s => (IReadOnlyList<string>)s.Words));
            foreach (var sentence in document.Sentences)
            {
                var tags = SequenceTagger.Tag(sentence.Words, evidence, model, gazetteer);
                var guessed = Spans(tags.Select(NerTags.Name).ToArray());
                var truth = Spans(sentence.Tags);
                correct += guessed.Intersect(truth).Count();
                predicted += guessed.Count;
                gold += truth.Count;
            }
        }

        var p = (double)correct / predicted;
        var r = (double)correct / gold;
        Console.WriteLine($"mention level on held-out data: P {p:0.000}  R {r:0.000}  F1 {2 * p * r / (p + r):0.000}");
    }

    private static HashSet<(int, int, string)> Spans(string[] tags)
    {
        var spans = new HashSet<(int, int, string)>();
        for (var i = 0; i < tags.Length; i++)
        {
            if (tags[i].StartsWith("B-", StringComparison.Ordinal))
            {
                var end = i + 1;
                while (end < tags.Length && tags[end] == "I-" + tags[i][2..])
                {
                    end++;
                }

                spans.Add((i, end, tags[i][2..]));
            }
        }

        return spans;
    }
}
