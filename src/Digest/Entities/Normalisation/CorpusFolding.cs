namespace Digest.Entities.Normalisation;

/// <summary>
/// Folds uncatalogued names across articles: equal keys, and keys that <see cref="NameKey.AreVariants"/>
/// calls spellings of one name (Dier Ezzor / Deir Ezzor), become one entity named by the spelling
/// most articles use.
/// </summary>
internal static class CorpusFolding
{
    /// <summary>For each article's local entities, the canonical name each gets.</summary>
    public static List<List<(LocalEntity Entity, string Name)>> Fold(IReadOnlyList<List<LocalEntity>> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);

        // Each distinct name's key once: the same names recur across thousands of articles.
        var keyOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entity in articles.SelectMany(a => a).Where(e => e.Known is null))
        {
            if (!keyOf.ContainsKey(entity.Name))
            {
                keyOf[entity.Name] = NameKey.Of(entity.Name);
            }
        }

        var keys = new SortedSet<string>(keyOf.Values, StringComparer.Ordinal);

        var groups = Group(keys);
        var usage = new Dictionary<string, Dictionary<string, (int Articles, int Mentions)>>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            foreach (var entity in article.Where(e => e.Known is null))
            {
                var group = groups[keyOf[entity.Name]];
                if (!usage.TryGetValue(group, out var names))
                {
                    usage[group] = names = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
                }

                var (a, m) = names.GetValueOrDefault(entity.Name);
                names[entity.Name] = (a + 1, m + entity.Mentions.Count);
            }
        }

        var canonical = usage.ToDictionary(
            kv => kv.Key,
            kv => kv.Value
                .OrderByDescending(n => n.Value.Articles)
                .ThenByDescending(n => n.Value.Mentions)
                .ThenBy(n => n.Key, StringComparer.Ordinal)
                .First().Key,
            StringComparer.Ordinal);
        return articles
            .Select(article => article
                .Select(e => (e, e.Known?.Name ?? canonical[groups[keyOf[e.Name]]]))
                .ToList())
            .ToList();
    }

    // Union-find over keys, compared only within a skeleton bucket so the cost stays near linear.
    private static Dictionary<string, string> Group(SortedSet<string> keys)
    {
        var parent = keys.ToDictionary(k => k, k => k, StringComparer.Ordinal);
        foreach (var bucket in keys.GroupBy(NameKey.Skeleton, StringComparer.Ordinal))
        {
            var members = bucket.ToList();
            for (var i = 0; i < members.Count; i++)
            {
                for (var j = i + 1; j < members.Count; j++)
                {
                    if (NameKey.AreVariants(members[i], members[j]))
                    {
                        Union(parent, members[i], members[j]);
                    }
                }
            }
        }

        return keys.ToDictionary(k => k, k => Find(parent, k), StringComparer.Ordinal);
    }

    private static string Find(Dictionary<string, string> parent, string key)
    {
        while (parent[key] != key)
        {
            parent[key] = parent[parent[key]];
            key = parent[key];
        }

        return key;
    }

    // The smaller key (ordinal) is the root, so the grouping does not depend on input order.
    private static void Union(Dictionary<string, string> parent, string a, string b)
    {
        var ra = Find(parent, a);
        var rb = Find(parent, b);
        if (ra != rb)
        {
            if (string.CompareOrdinal(ra, rb) < 0)
            {
                parent[rb] = ra;
            }
            else
            {
                parent[ra] = rb;
            }
        }
    }
}
