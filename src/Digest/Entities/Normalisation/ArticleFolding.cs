using Digest.Entities.Recognition;

namespace Digest.Entities.Normalisation;

/// <summary>
/// Folds an article's mentions into one entity per thing named: mentions the catalog knows go to
/// its record; equal keys (Deir ez-Zor / Deir Ezzor) go together; an acronym goes to the earlier
/// name whose initials it spells (SDF → Syrian Democratic Forces); a short form goes to the longer
/// name that contains it (Dillon → Ryan Dillon).
/// </summary>
internal static class ArticleFolding
{
    // Words left out of an acronym ("Islamic State of Iraq and the Levant" → ISIL).
    private static readonly HashSet<string> Connectors = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "the", "and", "for", "in", "on", "de", "del", "la", "le", "des", "du", "al", "el", "bin", "ibn", "&",
    };

    /// <summary>The entities of an article's mentions, in order of first mention.</summary>
    public static List<LocalEntity> Fold(string text, IReadOnlyList<Mention> mentions, EntityCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(catalog);
        var entities = new List<LocalEntity>();
        var byKnown = new Dictionary<string, LocalEntity>(StringComparer.Ordinal);
        var byKey = new Dictionary<string, LocalEntity>(StringComparer.Ordinal);
        foreach (var mention in mentions)
        {
            var known = catalog.Find(mention.Text);
            var slot = known is not null ? "\u0001" + known.Name : NameKey.Of(mention.Text);
            if (slot.Length == 0)
            {
                continue;
            }

            var index = known is not null ? byKnown : byKey;
            if (index.TryGetValue(slot, out var entity))
            {
                entity.Add(mention);
            }
            else
            {
                entity = new LocalEntity(known, mention);
                index[slot] = entity;
                entities.Add(entity);
            }
        }

        FoldAcronyms(text, entities);
        FoldShortForms(entities);
        entities.Sort((a, b) => a.First.CompareTo(b.First));
        return entities;
    }

    private static void FoldAcronyms(string text, List<LocalEntity> entities)
    {
        foreach (var acronym in entities.Where(e => e.IsAcronym).ToList())
        {
            var letters = new string(acronym.Name.Where(char.IsUpper).ToArray());
            var candidates = entities.Where(e => e != acronym && !e.IsAcronym && Spells(letters, e.Name)).ToList();
            if (candidates.Count == 0)
            {
                continue;
            }

            // "Syrian Democratic Forces (SDF)": the name right before the parenthesis wins.
            var target = candidates.FirstOrDefault(c => c.Mentions.Any(m => acronym.Mentions.Any(a => Introduces(text, m, a))))
                ?? candidates.MinBy(c => c.First)!;
            Merge(acronym, target, entities);
        }
    }

    private static void FoldShortForms(List<LocalEntity> entities)
    {
        foreach (var shorter in entities.Where(e => e.Known is null && !e.IsAcronym).OrderBy(e => e.Words.Count).ThenBy(e => e.First).ToList())
        {
            var words = shorter.Words;
            var target = entities
                .Where(e => e != shorter && e.Words.Count > words.Count && Compatible(shorter, e) && Contains(e.Words, words) && !NamesSomethingOf(shorter, e))
                .MinBy(e => e.First);
            if (target is not null)
            {
                Merge(shorter, target, entities);
            }
        }
    }

    // A place that a longer name starts with is where the longer one is, not its short form: "Hong Kong" of the
    // "Hong Kong Open", "Mexico" of "Mexico City" (which the tagger may type a place too). A person's name stays
    // the person's ("Naina" | "Naina Yeltsin"), and a compass point alone stands for the longer place ("the North").
    private static bool NamesSomethingOf(LocalEntity shorter, LocalEntity longer) =>
        shorter.Type == EntityType.Place && longer.Type != EntityType.Person && !CompassPoints.Contains(shorter.Name)
        && StartsWith(longer.Words, shorter.Words);

    private static readonly HashSet<string> CompassPoints = new(StringComparer.OrdinalIgnoreCase) { "North", "South", "East", "West" };

    private static bool StartsWith(IReadOnlyList<string> longer, IReadOnlyList<string> shorter)
    {
        for (var k = 0; k < shorter.Count; k++)
        {
            if (longer[k] != shorter[k])
            {
                return false;
            }
        }

        return true;
    }

    // Same type; or a body's last word alone; or a lone word of a person's name that the tagger typed otherwise (the company a
    // surname keeps is less telling than the full name introduced earlier). A surname also typed a place
    // stays a place unless at least half its mentions were the person ("the offices of Omar" | "Omar said"),
    // so that "Washington" the city stays apart from George Washington.
    private static bool Compatible(LocalEntity shorter, LocalEntity longer) =>
        shorter.Type == longer.Type || IsHeadOf(shorter, longer) ||
        (longer.Type == EntityType.Person && shorter.Words.Count == 1 &&
            (shorter.Type != EntityType.Place || shorter.Mentions.Count(m => m.Type == EntityType.Person) * 2 >= shorter.Mentions.Count));

    // "the Office" after "the Home Office", "the Council" after "Leeds City Council": a body's last word alone is the
    // body, whatever type the tagger gave the word on its own.
    private static bool IsHeadOf(LocalEntity shorter, LocalEntity longer) =>
        shorter.Words.Count == 1 && Recognition.NameHeads.IsBodyWord(shorter.Name) && longer.Words[^1] == shorter.Words[0];

    private static bool Contains(IReadOnlyList<string> longer, IReadOnlyList<string> shorter)
    {
        for (var start = 0; start + shorter.Count <= longer.Count; start++)
        {
            var all = true;
            for (var k = 0; k < shorter.Count && all; k++)
            {
                all = longer[start + k] == shorter[k];
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="letters"/> are the initials of the name's words, with or without its connectors.</summary>
    public static bool Spells(string letters, string name)
    {
        ArgumentNullException.ThrowIfNull(letters);
        ArgumentNullException.ThrowIfNull(name);
        var words = name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2)
        {
            return false;
        }

        var content = new string(words.Where(w => !Connectors.Contains(w) && char.IsLetter(w[0])).Select(w => char.ToUpperInvariant(w[0])).ToArray());
        var all = new string(words.Where(w => char.IsLetter(w[0])).Select(w => char.ToUpperInvariant(w[0])).ToArray());
        return letters == content || letters == all;
    }

    private static bool Introduces(string text, Mention name, Mention acronym)
    {
        if (acronym.Start <= name.End)
        {
            return false;
        }

        var between = text.AsSpan(name.End, acronym.Start - name.End).Trim();
        return between.SequenceEqual("(");
    }

    private static void Merge(LocalEntity from, LocalEntity into, List<LocalEntity> entities)
    {
        into.Add(from.Mentions);
        entities.Remove(from);
    }
}
