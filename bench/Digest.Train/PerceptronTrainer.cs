using Digest.Entities.Recognition;

namespace Digest.Train;

/// <summary>
/// Averaged perceptron (Collins 2002) with greedy decoding, as in Honnibal's "A good POS tagger in
/// about 200 lines": predict each word with the labels already predicted before it; on a mistake,
/// reward the gold label's features and penalise the predicted one's; average the weights over
/// every step (lazily, with timestamps) so late updates do not dominate.
/// </summary>
internal sealed class PerceptronTrainer(TrainingOptions options, GazetteerMatcher gazetteer)
{
    private readonly Dictionary<uint, int> _rows = [];
    private float[] _weights = [];
    private double[] _totals = [];
    private int[] _stamps = [];
    private int _clock;

    public List<(uint Hash, short[] Weights)> Train(IReadOnlyList<ConllDocument> documents)
    {
        var sentences = Prepare(documents);
        KeepFrequentFeatures(sentences);
        _weights = new float[_rows.Count * NerTags.Count];
        _totals = new double[_weights.Length];
        _stamps = new int[_weights.Length];
        var random = new Random(options.Seed);
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            var errors = 0;
            var tokens = 0;
            foreach (var index in order)
            {
                var (features, gold) = sentences[index];
                errors += TrainSentence(features, gold);
                tokens += gold.Length;
            }

            Console.WriteLine($"epoch {epoch}: token error {(double)errors / tokens:0.0000}");
        }

        return Averaged();
    }

    private List<(uint[] Features, int[] Gold)> Prepare(IReadOnlyList<ConllDocument> documents)
    {
        var prepared = new List<(uint[], int[])>();
        foreach (var document in documents)
        {
            var evidence = new DocumentEvidence(document.Sentences.Select(s => (IReadOnlyList<string>)s.Words));
            foreach (var sentence in document.Sentences)
            {
                var features = new uint[sentence.Words.Length * FeatureExtractor.StaticCount];
                FeatureExtractor.Static(sentence.Words, evidence, features, gazetteer);
                prepared.Add((features, sentence.Tags.Select(NerTags.Parse).ToArray()));
            }
        }

        return prepared;
    }

    // Counts features as gold histories produce them; rare ones cost model size and mostly fit noise.
    private void KeepFrequentFeatures(List<(uint[] Features, int[] Gold)> sentences)
    {
        var counts = new Dictionary<uint, int>();
        Span<uint> dynamic = stackalloc uint[FeatureExtractor.DynamicCount];
        foreach (var (features, gold) in sentences)
        {
            for (var i = 0; i < gold.Length; i++)
            {
                var own = features.AsSpan(i * FeatureExtractor.StaticCount, FeatureExtractor.StaticCount);
                FeatureExtractor.Dynamic(own, i > 0 ? gold[i - 1] : 0, i > 1 ? gold[i - 2] : 0, dynamic);
                foreach (var f in own)
                {
                    counts[f] = counts.GetValueOrDefault(f) + 1;
                }

                foreach (var f in dynamic)
                {
                    counts[f] = counts.GetValueOrDefault(f) + 1;
                }
            }
        }

        foreach (var (hash, _) in counts.Where(kv => kv.Value >= options.MinCount).OrderBy(kv => kv.Key))
        {
            _rows[hash] = _rows.Count;
        }

        Console.WriteLine($"features: {counts.Count} seen, {_rows.Count} kept (count >= {options.MinCount})");
    }

    private int TrainSentence(uint[] features, int[] gold)
    {
        var errors = 0;
        var predicted = new int[gold.Length];
        Span<uint> dynamic = stackalloc uint[FeatureExtractor.DynamicCount];
        Span<float> scores = stackalloc float[NerTags.Count];
        for (var i = 0; i < gold.Length; i++)
        {
            _clock++;
            var own = features.AsSpan(i * FeatureExtractor.StaticCount, FeatureExtractor.StaticCount);
            var previous = i > 0 ? predicted[i - 1] : NerTags.Outside;
            FeatureExtractor.Dynamic(own, previous, i > 1 ? predicted[i - 2] : NerTags.Outside, dynamic);
            scores.Clear();
            Score(own, scores);
            Score(dynamic, scores);
            var guess = Best(scores, previous);
            predicted[i] = guess;
            if (guess != gold[i])
            {
                errors++;
                Update(own, gold[i], guess);
                Update(dynamic, gold[i], guess);
            }
        }

        return errors;
    }

    private void Score(ReadOnlySpan<uint> features, Span<float> scores)
    {
        foreach (var f in features)
        {
            if (_rows.TryGetValue(f, out var row))
            {
                for (var t = 0; t < NerTags.Count; t++)
                {
                    scores[t] += _weights[(row * NerTags.Count) + t];
                }
            }
        }
    }

    private static int Best(ReadOnlySpan<float> scores, int previous)
    {
        var best = NerTags.Outside;
        for (var t = 1; t < scores.Length; t++)
        {
            if (scores[t] > scores[best] && SequenceTagger.Allowed(t, previous))
            {
                best = t;
            }
        }

        return best;
    }

    private void Update(ReadOnlySpan<uint> features, int gold, int guess)
    {
        foreach (var f in features)
        {
            if (_rows.TryGetValue(f, out var row))
            {
                Nudge((row * NerTags.Count) + gold, 1);
                Nudge((row * NerTags.Count) + guess, -1);
            }
        }
    }

    private void Nudge(int index, float delta)
    {
        _totals[index] += (_clock - _stamps[index]) * (double)_weights[index];
        _stamps[index] = _clock;
        _weights[index] += delta;
    }

    // Averages, then quantises to 16 bits (only the arg-max matters, so one scale for all) and
    // drops features whose every weight rounds to zero.
    private List<(uint Hash, short[] Weights)> Averaged()
    {
        var averaged = new double[_weights.Length];
        for (var i = 0; i < _weights.Length; i++)
        {
            averaged[i] = (_totals[i] + ((_clock - _stamps[i]) * (double)_weights[i])) / _clock;
        }

        var max = averaged.Max(Math.Abs);
        var scale = 32000 / max;
        var model = new List<(uint, short[])>();
        foreach (var (hash, row) in _rows)
        {
            var weights = new short[NerTags.Count];
            for (var t = 0; t < NerTags.Count; t++)
            {
                weights[t] = (short)Math.Round(averaged[(row * NerTags.Count) + t] * scale);
            }

            if (weights.Any(w => w != 0))
            {
                model.Add((hash, weights));
            }
        }

        return model;
    }
}
