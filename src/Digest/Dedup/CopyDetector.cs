namespace Digest.Dedup;

/// <summary>
/// Exact copies (equal normalised text) and near copies (MinHash/LSH candidates verified by
/// shingle Jaccard or containment), joined into copy groups.
/// </summary>
internal static class CopyDetector
{
    /// <summary>The copy groups: articles in one set are copies of each other (exact or near).</summary>
    /// <param name="articles">The articles.</param>
    /// <param name="features">Their features, in the same order.</param>
    /// <param name="settings">Thresholds.</param>
    /// <param name="cache">Where the verdicts on candidate pairs are kept between builds, if anywhere: a pair of unchanged articles is not verified again.</param>
    public static UnionFind Group(IReadOnlyList<Article> articles, IReadOnlyList<ArticleFeatures> features, DedupSettings settings, Cache.CacheStore? cache = null)
    {
        var n = features.Count;
        var groups = new UnionFind(n);

        // Exact copies: equal keys, lengths and signatures (the checks make a 64-bit hash collision harmless).
        var order = Enumerable.Range(0, n).OrderBy(i => features[i].ExactKey).ThenBy(i => i).ToArray();
        for (var k = 1; k < n; k++)
        {
            var a = features[order[k - 1]];
            var b = features[order[k]];
            if (a.ExactKey == b.ExactKey && a.WordCount == b.WordCount && a.Signature.AsSpan().SequenceEqual(b.Signature))
            {
                groups.Union(order[k - 1], order[k]);
            }
        }

        if (!settings.NearCopies)
        {
            return groups;
        }

        // Near copies among one representative per exact group.
        var representatives = Enumerable.Range(0, n).Where(i => groups.Find(i) == i && features[i].ShingleCount > 0).ToArray();
        var signatures = representatives.Select(i => features[i].Signature).ToArray();
        var candidates = LshBands.Candidates(signatures, settings.LshBands, settings.LshRows);
        var verified = new bool[candidates.Count];
        var answered = new bool[candidates.Count];
        var keys = new string[candidates.Count];
        if (cache is { Enabled: true })
        {
            // Each text is hashed once, however many pairs it is in.
            var thresholds = Thresholds(settings);
            var textKeys = new string[representatives.Length];
            var paired = candidates.SelectMany(c => new[] { c.A, c.B }).Distinct().ToArray();
            Parallel.For(0, paired.Length, Parallelism.PerCore, k => textKeys[paired[k]] = TextKey(articles[representatives[paired[k]]]));
            Parallel.For(0, candidates.Count, Parallelism.PerCore, k =>
            {
                keys[k] = PairKey(thresholds, textKeys[candidates[k].A], textKeys[candidates[k].B]);
                if (cache.TryGet(keys[k], out var known) && known.Length == 1)
                {
                    (verified[k], answered[k]) = (known[0] == 1, true);
                }
            });
        }

        var open = Enumerable.Range(0, candidates.Count).Where(k => !answered[k]).ToList();

        // Shingles again, only for the articles a pair still to verify involves.
        var involved = open.SelectMany(k => new[] { candidates[k].A, candidates[k].B }).Distinct().Order().ToArray();
        var shingles = new uint[involved.Length][];
        Parallel.For(0, involved.Length, Parallelism.PerCore, k => shingles[k] = ArticleFeatures.ShinglesOf(articles[representatives[involved[k]]], settings));
        var slot = new Dictionary<int, int>(involved.Length);
        for (var k = 0; k < involved.Length; k++)
        {
            slot[involved[k]] = k;
        }

        Parallel.ForEach(open, Parallelism.PerCore, k =>
        {
            verified[k] = AreCopies(shingles[slot[candidates[k].A]], shingles[slot[candidates[k].B]], settings);
            if (cache is { Enabled: true })
            {
                cache.Set(keys[k], [verified[k] ? (byte)1 : (byte)0]);
            }
        });

        for (var k = 0; k < candidates.Count; k++)
        {
            if (verified[k])
            {
                groups.Union(representatives[candidates[k].A], representatives[candidates[k].B]);
            }
        }

        return groups;
    }

    // Everything a verdict reads: both texts (shingles of the body, of the headline when the body has no
    // words) and the thresholds.
    internal static string PairKey(Article a, Article b, DedupSettings settings) => PairKey(Thresholds(settings), TextKey(a), TextKey(b));

    private static string PairKey(string thresholds, string textA, string textB) => Cache.CacheStore.Key("copy-pair", thresholds, textA, textB);

    private static string TextKey(Article article) => Cache.CacheStore.Key(article.Title, article.Body);

    private static string Thresholds(DedupSettings settings) => string.Create(
        System.Globalization.CultureInfo.InvariantCulture, $"{settings.ShingleSize} {settings.NearJaccard:R} {settings.NearContainment:R} {settings.NearMinShingles}");

    /// <summary>The verification of a candidate pair: near-equal shingle sets, or one text (long enough) inside the other.</summary>
    public static bool AreCopies(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b, DedupSettings settings)
    {
        var common = Shingles.Overlap(a, b);
        var union = a.Length + b.Length - common;
        var smaller = Math.Min(a.Length, b.Length);
        if (union > 0 && (double)common / union >= settings.NearJaccard)
        {
            return true;
        }

        return smaller >= settings.NearMinShingles && (double)common / smaller >= settings.NearContainment;
    }
}
