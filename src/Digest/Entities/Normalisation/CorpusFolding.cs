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

        // Each uncatalogued entity's name becomes a number, looked up once: the same names recur across
        // thousands of articles, and everything after counts by number instead of hashing names again.
        var names = new NameNumbers();
        var ids = new int[articles.Count][];
        for (var a = 0; a < articles.Count; a++)
        {
            var article = articles[a];
            ids[a] = new int[article.Count];
            for (var e = 0; e < article.Count; e++)
            {
                ids[a][e] = article[e].Known is null ? names.Of(article[e].Name) : -1;
            }
        }

        // Names fold by key: the group of a name is the root key of its key's group.
        var keyOf = new string[names.Count];
        Parallel.For(0, names.Count, i => keyOf[i] = NameKey.Of(names[i]));
        var groups = Group(new SortedSet<string>(keyOf, StringComparer.Ordinal));
        var groupOf = Array.ConvertAll(keyOf, key => groups[key]);

        // How many entities (one an article, as local folding leaves them) and mentions each name has.
        var entityCount = new int[names.Count];
        var mentionCount = new int[names.Count];
        for (var a = 0; a < articles.Count; a++)
        {
            for (var e = 0; e < ids[a].Length; e++)
            {
                if (ids[a][e] is var id and >= 0)
                {
                    entityCount[id]++;
                    mentionCount[id] += articles[a][e].Mentions.Count;
                }
            }
        }

        // A group is named by its name of most articles, then most mentions, then the first in ordinal order.
        var canonical = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var id = 0; id < names.Count; id++)
        {
            if (!canonical.TryGetValue(groupOf[id], out var best) || IsBetter(id, best))
            {
                canonical[groupOf[id]] = id;
            }
        }

        bool IsBetter(int id, int than) =>
            entityCount[id] != entityCount[than] ? entityCount[id] > entityCount[than]
            : mentionCount[id] != mentionCount[than] ? mentionCount[id] > mentionCount[than]
            : string.CompareOrdinal(names[id], names[than]) < 0;

        var nameOf = new string[names.Count];
        for (var id = 0; id < names.Count; id++)
        {
            nameOf[id] = names[canonical[groupOf[id]]];
        }

        var result = new List<List<(LocalEntity Entity, string Name)>>(articles.Count);
        for (var a = 0; a < articles.Count; a++)
        {
            var folded = new List<(LocalEntity, string)>(articles[a].Count);
            for (var e = 0; e < ids[a].Length; e++)
            {
                var entity = articles[a][e];
                folded.Add((entity, ids[a][e] >= 0 ? nameOf[ids[a][e]] : entity.Known!.Name));
            }

            result.Add(folded);
        }

        return result;
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
