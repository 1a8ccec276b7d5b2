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
    /// <param name="articles">Each article's local entities.</param>
    /// <param name="variants">The variant pairs of the last folding's name keys, to take where a bucket of keys is as it was (none by default: every bucket is compared).</param>
    public static List<string[]> Fold(IReadOnlyList<LocalName[]> articles, VariantPairs? variants = null)
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

        // Names fold by key: the group of a name is the root key of its key's group (a number: the root's place among the keys).
        var keyOf = new string[names.Count];
        Parallel.For(0, names.Count, Parallelism.PerCore, i => keyOf[i] = NameKey.Of(names[i]));
        var groupOf = Group(keyOf, variants ?? VariantPairs.None);

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

        // The best name of each group, by its root (any order of the names gives the same: IsBetter is a strict order).
        var canonical = new int[names.Count];
        Array.Fill(canonical, -1);
        for (var id = 0; id < names.Count; id++)
        {
            ref var best = ref canonical[groupOf[id]];
            if (best < 0 || IsBetter(id, best))
            {
                best = id;
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

    // Each name's group: union-find over the distinct keys, compared only within a skeleton bucket so the cost stays near
    // linear. The keys are numbered in ordinal order and the smaller number is the root, so a group's root is its
    // ordinal-first key whatever order the pairs are joined in. Strings are compared and hashed only to number the keys
    // and bucket them (a sorted set, a grouping and dictionaries of key strings were most of the folding's time).
    // Returns, for each name, its group's number (its root key's place among the keys, at most the count of names).
    private static int[] Group(string[] keyOf, VariantPairs variants)
    {
        var keys = keyOf.Distinct(StringComparer.Ordinal).ToArray();
        Array.Sort(keys, StringComparer.Ordinal);
        var numberOf = new Dictionary<string, int>(keys.Length, StringComparer.Ordinal);
        for (var k = 0; k < keys.Length; k++)
        {
            numberOf[keys[k]] = k;
        }

        var skeletons = new string[keys.Length];
        Parallel.For(0, keys.Length, Parallelism.PerCore, k => skeletons[k] = NameKey.Skeleton(keys[k]));
        var buckets = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var k = 0; k < keys.Length; k++)
        {
            ref var bucket = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(buckets, skeletons[k], out _);
            (bucket ??= []).Add(k);
        }

        var parent = new int[keys.Length];
        for (var k = 0; k < parent.Length; k++)
        {
            parent[k] = k;
        }

        // Only buckets of two keys or more have pairs; their variant pairs are found on both cores (or taken as the last
        // folding found them), then joined here in the buckets' order.
        var shared = buckets.Values.Where(members => members.Count > 1).ToList();
        var pairs = variants.Of(keys, shared);
        for (var b = 0; b < shared.Count; b++)
        {
            var (members, found) = (shared[b], pairs[b]);
            for (var p = 0; p < found.Length; p += 2)
            {
                Union(parent, members[found[p]], members[found[p + 1]]);
            }
        }

        return Array.ConvertAll(keyOf, key => Find(parent, numberOf[key]));
    }

    private static int Find(int[] parent, int key)
    {
        while (parent[key] != key)
        {
            parent[key] = parent[parent[key]];
            key = parent[key];
        }

        return key;
    }

    // The smaller number (the ordinal-first key) is the root, so the grouping does not depend on input order.
    private static void Union(int[] parent, int a, int b)
    {
        var (ra, rb) = (Find(parent, a), Find(parent, b));
        if (ra != rb)
        {
            parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }
    }
}
