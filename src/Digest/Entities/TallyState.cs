using Digest.Cache;

namespace Digest.Entities;

/// <summary>
/// The entity tally of the last build that made one and its outcome, kept in the build cache with the articles it counts:
/// each as the entry of its surfaces in the store (what it names, how it writes the names, its front-matter names:
/// <see cref="SurfaceCoding"/>) and whether it is a copy. A build whose articles read as the kept ones (the same
/// <see cref="EntityCatalog.TallyKey"/>: a text edit that names nothing new, a theme edit) takes the outcome as it is. One
/// whose articles name other entities (a name added to a text, a new article, one taken out) corrects the tally by the
/// articles that left and joined it, read from their entries, and the outcome by the names that changed, instead of
/// reading and tallying every article's surfaces and ranking every name again. Every figure of the tally is a sum over
/// the articles, so the corrected outcome is that of a tally of every article (tests compare the two after series of edits).
/// </summary>
internal static class TallyState
{
    // Past this many changed articles, and past a quarter of them, tallying them all is as quick.
    private const int FewChanges = 16;
    private const int MostChangedShare = 4;

    /// <summary>
    /// Whether a corrected outcome is checked against the outcome of a tally of every article (a difference throws): on
    /// in the tests, or with <c>DIGEST_VERIFY_CORRECTED_TALLY=1</c>, so that every incremental test also tests the correction.
    /// </summary>
    public static bool Verify { get; set; } = Environment.GetEnvironmentVariable("DIGEST_VERIFY_CORRECTED_TALLY") == "1";

    /// <summary>Throws when <paramref name="corrected"/> is not, figure for figure, <paramref name="full"/> (<see cref="Verify"/>).</summary>
    public static void Check(TallyOutcome corrected, TallyOutcome full)
    {
        ArgumentNullException.ThrowIfNull(corrected);
        ArgumentNullException.ThrowIfNull(full);
        static IEnumerable<string> Lines(TallyOutcome outcome) =>
        [
            .. outcome.Observed.Select((o, i) => $"{o.Name}|{o.Type}|{outcome.ObservedSlugs[i]}"),
            .. outcome.Counts.Select(c => c.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            .. outcome.Spellings.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key}: {string.Join(", ", s.Value)}"),
        ];
        if (!Lines(corrected).SequenceEqual(Lines(full)))
        {
            throw new InvalidOperationException("The entity tally corrected by the articles that changed is not the tally of every article: TallyState misses something the tally counts.");
        }
    }

    /// <summary>An article's part in the tally: the id of its surfaces' entry in the store (<see cref="CacheStore.IdOf"/>) and whether it is a copy.</summary>
    /// <param name="Entry">The id of the entry.</param>
    /// <param name="Copy">True for a copy (its names do not count as a report's).</param>
    public readonly record struct Part(UInt128 Entry, bool Copy);

    /// <summary>The state's key in the store: one for each version of the known records (recognition depends on them).</summary>
    public static string Key(string knownVersion) => CacheStore.Key("entity tally state", knownVersion);

    /// <summary>
    /// The state's bytes: the tally key of the articles (<see cref="EntityCatalog.TallyKey"/>), the outcome, the tally's
    /// figures and the parts it counts, in that order (the outcome is read without the rest when the key is the same).
    /// </summary>
    public static byte[] Write(string tallyKey, TallyOutcome outcome, EntityTally tally, IReadOnlyList<Part> parts) => BinaryCoding.Write(writer =>
    {
        writer.Write(tallyKey);
        outcome.Write(writer);
        tally.Write(writer);
        var counted = Counted(parts, out _);
        writer.Write(counted.Count);
        foreach (var ((entry, copy), count) in counted)
        {
            writer.Write((ulong)(entry >> 64));
            writer.Write((ulong)entry);
            writer.Write(copy);
            writer.Write(count);
        }
    });

    /// <summary>The kept outcome when it was made for articles of this <paramref name="tallyKey"/>; otherwise null.</summary>
    public static TallyOutcome? Outcome(CacheStore store, string knownVersion, string tallyKey)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.TryRead(Key(knownVersion), reader => reader.ReadString() == tallyKey ? TallyOutcome.Read(reader) : null, out var outcome) ? outcome : null;
    }

    /// <summary>
    /// The kept tally and outcome corrected to count <paramref name="parts"/>; null when none is kept, when many articles
    /// changed, or when an article that left has no entry any more (the store drops entries unused for some builds).
    /// </summary>
    /// <param name="store">The store of the articles' surfaces, which keeps the state.</param>
    /// <param name="knownVersion">The version of the known records.</param>
    /// <param name="known">The known records (<see cref="TallyOutcome.Of"/>).</param>
    /// <param name="parts">Each article's part, in the articles' order.</param>
    /// <param name="counted">The front-matter names and the surfaces of the article at an index.</param>
    public static (EntityTally Tally, TallyOutcome Outcome)? Corrected(CacheStore store, string knownVersion, IReadOnlyList<Entity> known, IReadOnlyList<Part> parts,
        Func<int, (IReadOnlyList<string> Names, List<(string Name, EntityType Type, List<string> Surfaces)> Surfaces)> counted)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(known);
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(counted);
        if (!store.TryRead(Key(knownVersion), Read, out var kept))
        {
            return null;
        }

        var (outcome, tally, before) = kept;
        var now = Counted(parts, out var firstIndex);
        var changes = new List<(Part Part, int Change)>();
        foreach (var (part, count) in now)
        {
            if (count != before.GetValueOrDefault(part))
            {
                changes.Add((part, count - before.GetValueOrDefault(part)));
            }
        }

        foreach (var (part, count) in before)
        {
            if (!now.ContainsKey(part))
            {
                changes.Add((part, -count));
            }
        }

        var changed = changes.Sum(c => Math.Abs(c.Change));
        if (changed > FewChanges && changed * MostChangedShare > parts.Count)
        {
            return null;
        }

        foreach (var (part, change) in changes)
        {
            IReadOnlyList<string> names;
            List<(string Name, EntityType Type, List<string> Surfaces)> surfaces;
            if (change > 0)
            {
                (names, surfaces) = counted(firstIndex[part]);
            }
            else if (store.TryRead(part.Entry, SurfaceCoding.ReadAll, out var left))
            {
                (surfaces, names) = left;
            }
            else
            {
                return null;
            }

            for (var k = 0; k < Math.Abs(change); k++)
            {
                tally.Count(names, part.Copy, surfaces, Math.Sign(change));
            }
        }

        return tally.EndCorrection() ? (tally, outcome.Corrected(tally, known, tally.Changed)) : null;
    }

    private static (TallyOutcome Outcome, EntityTally Tally, Dictionary<Part, int> Parts) Read(BinaryReader reader)
    {
        reader.ReadString();
        var outcome = TallyOutcome.Read(reader);
        var tally = EntityTally.Read(reader, outcome.Spellings);
        var count = reader.ReadInt32();
        var parts = new Dictionary<Part, int>(count);
        for (var i = 0; i < count; i++)
        {
            var entry = ((UInt128)reader.ReadUInt64() << 64) | reader.ReadUInt64();
            parts[new Part(entry, reader.ReadBoolean())] = reader.ReadInt32();
        }

        return (outcome, tally, parts);
    }

    // How many articles have each part (two articles with the same text, names and copy flag have one), and the first of them.
    private static Dictionary<Part, int> Counted(IReadOnlyList<Part> parts, out Dictionary<Part, int> firstIndex)
    {
        var counted = new Dictionary<Part, int>(parts.Count);
        firstIndex = new Dictionary<Part, int>(parts.Count);
        for (var i = 0; i < parts.Count; i++)
        {
            counted[parts[i]] = counted.GetValueOrDefault(parts[i]) + 1;
            firstIndex.TryAdd(parts[i], i);
        }

        return counted;
    }
}
