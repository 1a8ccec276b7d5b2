using Digest.Cache;

namespace Digest.Entities;

/// <summary>
/// What <see cref="EntityCatalog.WithArticles"/> takes from the articles' <see cref="EntityTally"/>: the names no record
/// knows, with their types; every entity's report count; each name's spellings. Kept in the build cache under a key made
/// of what the tally reads of every article, so a publish whose articles name the same entities in the same words (a text
/// edit that adds no name, a theme or settings edit) reads it instead of decoding and tallying every article's surfaces.
/// </summary>
/// <param name="Observed">The names some report lists that no record knows, in ordinal order, with their types (<see cref="EntityTally.TypeOf"/>).</param>
/// <param name="Counts">The report count of each known record (in the catalog's order), then of each observed name.</param>
/// <param name="Spellings">Each name's spellings with how many articles write it so (<see cref="EntityTally.Spellings"/>).</param>
/// <param name="ObservedSlugs">The slug each observed name gives on its own (<see cref="EntityCatalog.PreferredSlugs"/>), in the order of <paramref name="Observed"/>.</param>
internal sealed record TallyOutcome(
    IReadOnlyList<(string Name, EntityType Type)> Observed,
    int[] Counts,
    Dictionary<string, IReadOnlyList<(string Spelling, int Articles)>> Spellings,
    string[] ObservedSlugs)
{
    /// <summary>The outcome of <paramref name="tally"/> for a catalog whose records are <paramref name="known"/>.</summary>
    public static TallyOutcome Of(EntityTally tally, IReadOnlyList<Entity> known)
    {
        var knownNames = known.Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        var names = tally.Named.Where(n => !knownNames.Contains(n)).ToArray();
        Array.Sort(names, StringComparer.Ordinal);
        // Each name's type and count stand alone (the tally is only read now): both cores.
        var observed = new (string, EntityType)[names.Length];
        Parallel.For(0, names.Length, Parallelism.PerCore, i => observed[i] = (names[i], tally.TypeOf(names[i])));
        var counts = new int[known.Count + names.Length];
        for (var i = 0; i < counts.Length; i++)
        {
            counts[i] = tally.ArticleCount(i < known.Count ? known[i].Name : names[i - known.Count]);
        }

        return new TallyOutcome(observed, counts, tally.Spellings, EntityCatalog.PreferredSlugs(names));
    }

    /// <summary>
    /// The outcome of <paramref name="tally"/>, corrected from this outcome of the tally before its correction
    /// (<see cref="EntityTally.EndCorrection"/>): only the names whose figures or type changed are looked at again; the
    /// others keep their place, type, count and slug. The same outcome <see cref="Of"/> gives (tests compare them).
    /// </summary>
    /// <param name="tally">The corrected tally, whose spellings this outcome shares.</param>
    /// <param name="known">The catalog's records, as for <see cref="Of"/>.</param>
    /// <param name="changed">The names the correction changed (<see cref="EntityTally.Changed"/>).</param>
    public TallyOutcome Corrected(EntityTally tally, IReadOnlyList<Entity> known, IReadOnlyCollection<string> changed)
    {
        ArgumentNullException.ThrowIfNull(tally);
        ArgumentNullException.ThrowIfNull(known);
        ArgumentNullException.ThrowIfNull(changed);
        var knownNames = known.Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        var added = changed.Where(n => !knownNames.Contains(n) && tally.ArticleCount(n) > 0).Order(StringComparer.Ordinal).ToArray();
        var gone = changed.ToHashSet(StringComparer.Ordinal);
        var addedSlugs = EntityCatalog.PreferredSlugs(added);

        // The observed names kept (those the correction did not change) and the changed ones that are observed now, both
        // in ordinal order, merged.
        var length = Observed.Count - Observed.Count(o => gone.Contains(o.Name)) + added.Length;
        var observed = new (string Name, EntityType Type)[length];
        var slugs = new string[length];
        var counts = new int[known.Count + length];
        for (var i = 0; i < known.Count; i++)
        {
            counts[i] = tally.ArticleCount(known[i].Name);
        }

        int from = 0, next = 0;
        for (var at = 0; at < length; at++)
        {
            while (from < Observed.Count && gone.Contains(Observed[from].Name))
            {
                from++;
            }

            if (next < added.Length && (from == Observed.Count || string.CompareOrdinal(added[next], Observed[from].Name) < 0))
            {
                (observed[at], slugs[at], counts[known.Count + at]) = ((added[next], tally.TypeOf(added[next])), addedSlugs[next], tally.ArticleCount(added[next]));
                next++;
            }
            else
            {
                (observed[at], slugs[at], counts[known.Count + at]) = (Observed[from], ObservedSlugs[from], Counts[known.Count + from]);
                from++;
            }
        }

        return new TallyOutcome(observed, counts, tally.Spellings, slugs);
    }

    /// <summary>Writes the outcome for the build cache (<see cref="TallyState"/>).</summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Observed.Count);
        foreach (var (name, type) in Observed)
        {
            writer.Write(name);
            writer.Write((int)type);
        }

        writer.WriteArray(Counts);
        foreach (var slug in ObservedSlugs)
        {
            writer.Write(slug);
        }

        writer.Write(Spellings.Count);
        foreach (var (name, spellings) in Spellings)
        {
            writer.Write(name);
            writer.Write(spellings.Count);
            foreach (var (spelling, articles) in spellings)
            {
                writer.Write(spelling);
                writer.Write(articles);
            }
        }
    }

    /// <summary>An outcome as <see cref="Write"/> wrote it.</summary>
    // Its strings are read as copies, not shared (BinaryCoding.ReadSharedString): they are new to this process, and
    // adding tens of thousands to the shared table took longer than the rest of the reading.
    public static TallyOutcome Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var observed = new (string, EntityType)[reader.ReadInt32()];
        for (var i = 0; i < observed.Length; i++)
        {
            observed[i] = (reader.ReadString(), (EntityType)reader.ReadInt32());
        }

        var counts = reader.ReadArray<int>();
        var slugs = new string[observed.Length];
        for (var i = 0; i < slugs.Length; i++)
        {
            slugs[i] = reader.ReadString();
        }

        var names = reader.ReadInt32();
        var spellings = new Dictionary<string, IReadOnlyList<(string, int)>>(names, StringComparer.Ordinal);
        for (var i = 0; i < names; i++)
        {
            var name = reader.ReadString();
            var list = new (string, int)[reader.ReadInt32()];
            for (var k = 0; k < list.Length; k++)
            {
                list[k] = (reader.ReadString(), reader.ReadInt32());
            }

            spellings[name] = list;
        }

        return new TallyOutcome(observed, counts, spellings, slugs);
    }
}
