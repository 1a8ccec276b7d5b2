namespace Digest.Dedup;

/// <summary>
/// Exact copies (equal normalised text) and near copies (MinHash/LSH candidates verified by
/// shingle Jaccard or containment), joined into copy groups.
/// </summary>
internal static class CopyDetector
{
    /// <summary>For each article, the index of an article of its copy group that all members share (a group id).</summary>
    public static UnionFind Group(IReadOnlyList<ArticleFeatures> features, DedupSettings settings)
    {
        var n = features.Count;
        var groups = new UnionFind(n);

        // Exact copies: equal keys, lengths and shingle sets (the checks make a 64-bit hash collision harmless).
        var order = Enumerable.Range(0, n).OrderBy(i => features[i].ExactKey).ThenBy(i => i).ToArray();
        for (var k = 1; k < n; k++)
        {
            var a = features[order[k - 1]];
            var b = features[order[k]];
            if (a.ExactKey == b.ExactKey && a.WordCount == b.WordCount && a.Shingles.AsSpan().SequenceEqual(b.Shingles))
            {
                groups.Union(order[k - 1], order[k]);
            }
        }

        if (!settings.NearCopies)
        {
            return groups;
        }

        // Near copies among one representative per exact group.
        var representatives = Enumerable.Range(0, n).Where(i => groups.Find(i) == i && features[i].Shingles.Length > 0).ToArray();
        var signatures = representatives.Select(i => features[i].Signature).ToArray();
        var candidates = LshBands.Candidates(signatures, settings.LshBands, settings.LshRows);
        var verified = new bool[candidates.Count];
        Parallel.For(0, candidates.Count, k =>
        {
            var a = features[representatives[candidates[k].A]].Shingles;
            var b = features[representatives[candidates[k].B]].Shingles;
            verified[k] = AreCopies(a, b, settings);
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
