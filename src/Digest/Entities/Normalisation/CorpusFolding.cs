namespace Digest.Entities.Normalisation;

/// <summary>
/// Folds uncatalogued names across articles: equal keys, and keys that <see cref="NameKey.AreVariants"/>
/// calls spellings of one name (Dier Ezzor / Deir Ezzor), become one entity named by the spelling
/// most articles use, a given name spelt out before its initial (Tom Moody / T. Moody).
/// </summary>
internal static class CorpusFolding
{
    /// <summary>What folding across articles needs of a local entity (<see cref="Of"/>).</summary>
    /// <param name="Name">Its name within its article (a catalog record's name when <paramref name="Known"/>).</param>
    /// <param name="Known">True when it resolved to a catalog record, whose name it keeps.</param>
    /// <param name="Mentions">How many mentions it has in its article.</param>
    public readonly record struct LocalName(string Name, bool Known, int Mentions);

    /// <summary>
    /// An article's local entities as folding across articles takes them. Kept in this form while the other articles
    /// are recognised: their mentions (a few hundred small objects an article) would otherwise live until every
    /// article is done, and each collection meanwhile would copy them (the collector's pauses in a cold 10k ingest).
    /// </summary>
    public static LocalName[] Of(List<LocalEntity> article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return article.ConvertAll(e => new LocalName(e.Known?.Name ?? e.Name, e.Known is not null, e.Mentions.Count)).ToArray();
    }

    /// <summary>For each article's local entities, the canonical name each gets, in the same order.</summary>
    public static List<string[]> Fold(IReadOnlyList<LocalName[]> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);

        // Each uncatalogued entity's name becomes a number, looked up once: the same names recur across
        // thousands of articles, and everything after counts by number instead of hashing names again.
        var names = new NameNumbers();
        var ids = new int[articles.Count][];
        for (var a = 0; a < articles.Count; a++)
        {
            var article = articles[a];
            ids[a] = new int[article.Length];
            for (var e = 0; e < article.Length; e++)
            {
                ids[a][e] = article[e].Known ? -1 : names.Of(article[e].Name);
            }
        }

        // Names fold by key: the group of a name is the root key of its key's group.
        var keyOf = new string[names.Count];
        Parallel.For(0, names.Count, Parallelism.PerCore, i => keyOf[i] = NameKey.Of(names[i]));
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
                    mentionCount[id] += articles[a][e].Mentions;
                }
            }
        }

        // A group is named by a name whose given names are spelt out when it has one ("Tom Moody", not a results
        // table's "T. Moody"), then by its name of most articles, then most mentions, then the first in ordinal order.
        var initials = new int[names.Count];
        for (var id = 0; id < names.Count; id++)
        {
            initials[id] = Initials(names[id]);
        }

        var canonical = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var id = 0; id < names.Count; id++)
        {
            if (!canonical.TryGetValue(groupOf[id], out var best) || IsBetter(id, best))
            {
                canonical[groupOf[id]] = id;
            }
        }

        bool IsBetter(int id, int than) =>
            initials[id] != initials[than] ? initials[id] < initials[than]
            : entityCount[id] != entityCount[than] ? entityCount[id] > entityCount[than]
            : mentionCount[id] != mentionCount[than] ? mentionCount[id] > mentionCount[than]
            : string.CompareOrdinal(names[id], names[than]) < 0;

        var nameOf = new string[names.Count];
        for (var id = 0; id < names.Count; id++)
        {
            nameOf[id] = names[canonical[groupOf[id]]];
        }

        var result = new List<string[]>(articles.Count);
        for (var a = 0; a < articles.Count; a++)
        {
            var folded = new string[ids[a].Length];
            for (var e = 0; e < folded.Length; e++)
            {
                folded[e] = ids[a][e] >= 0 ? nameOf[ids[a][e]] : articles[a][e].Name;
            }

            result.Add(folded);
        }

        return result;
    }

    // How many words of a name are a lone letter with a full stop: initials ("T. Moody", "George W. Bush"), not the
    // letters of an abbreviation ("U.S. Army").
    private static int Initials(string name)
    {
        var count = 0;
        for (var i = 0; i + 1 < name.Length; i++)
        {
            if (name[i + 1] == '.' && char.IsUpper(name[i]) && (i == 0 || name[i - 1] == ' ') && (i + 2 == name.Length || name[i + 2] == ' '))
            {
                count++;
            }
        }

        return count;
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
