namespace Digest.Entities.Recognition;

/// <summary>
/// Mends the tagger's labels where its training text (Reuters, 1996) is thin: Arabic and other name
/// particles. "Deir el-Zour", "Osama bin Laden", "Al Udeid" are one name each, whether the particle
/// is joined by a hyphen, written apart in lower case, or capitalised.
/// </summary>
internal static class TagRepairs
{
    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal)
    {
        "al", "el", "ez", "es", "ed", "ad", "ar", "as", "at", "az", "an", "ash", "ul",
    };

    private static readonly HashSet<string> LowerParticles = new(StringComparer.Ordinal)
    {
        "al", "el", "bin", "ibn", "bint", "de", "da", "del", "der", "den", "ten", "ter", "van", "von", "du", "dos", "di", "della", "dello", "dei", "des",
    };

    private static readonly HashSet<string> CapitalParticles = new(StringComparer.Ordinal)
    {
        "Al", "El", "Abu", "Bin", "Ibn", "Umm", "Ben", "Ould",
    };

    private static readonly int PersonBegin = NerTags.Parse("B-PER");

    // The longest particle: longer words (most words) skip the set lookups and their hashing.
    private static readonly int LongestParticle = LowerParticles.Concat(CapitalParticles).Max(p => p.Length);

    /// <summary>Relabels a sentence's particles (and the name after a particle) as parts of the surrounding name.</summary>
    public static void BridgeConnectors(IReadOnlyList<string> words, int[] tags)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(tags);
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (IsArticleName(w))
            {
                if (tags[i] is var own && (own == NerTags.Outside || NerTags.IsBegin(own)) && i > 0 && tags[i - 1] != NerTags.Outside)
                {
                    Absorb(tags, i, NerTags.BeginOf(tags[i - 1]) + 1); // "Deir" + "el-Zour"
                }
                else if (NerTags.IsBegin(tags[i]) && i > 1 && tags[i - 1] == NerTags.Outside && IsCapitalised(words[i - 1]))
                {
                    tags[i - 1] = tags[i]; // "Deir" left out of "Deir el-Zour"
                    tags[i] = tags[i] + 1;
                }
            }
            else if (w.Length > LongestParticle)
            {
                continue;
            }
            else if (LowerParticles.Contains(w) && tags[i] == NerTags.Outside && i > 0 && tags[i - 1] != NerTags.Outside && i + 1 < words.Count && IsCapitalised(words[i + 1]))
            {
                tags[i] = NerTags.BeginOf(tags[i - 1]) + 1; // "Osama" + "bin" + "Laden"
                Absorb(tags, i + 1, tags[i]);
            }
            else if (LowerParticles.Contains(w) && i > 0 && tags[i - 1] == NerTags.Outside && IsCapitalised(words[i - 1]) && !MentionRules.IsNoGivenName(words[i - 1])
                && (NerTags.IsBegin(tags[i]) || (tags[i] == NerTags.Outside && i + 1 < words.Count && NerTags.IsBegin(tags[i + 1]))))
            {
                // "Hans" + "de Clerq", "Maarten" + "den Bakker": a given name that opens a sentence, before a particle,
                // reads to the tagger like the sentence's own capital ("In de Gaulle's time" keeps "In" out). The tagger's
                // type for the rest is a guess made without the given name: a person's, unless it took the rest for a place
                // ("Rio de Janeiro").
                var rest = NerTags.IsBegin(tags[i]) ? tags[i] : tags[i + 1];
                var begin = NerTags.TypeOf(rest) == EntityType.Place ? rest : PersonBegin;
                tags[i - 1] = begin;
                Absorb(tags, NerTags.IsBegin(tags[i]) ? i : i + 1, begin + 1);
                tags[i] = begin + 1;
            }
            else if (CapitalParticles.Contains(w) && i + 1 < words.Count && IsCapitalised(words[i + 1]) && (tags[i] != NerTags.Outside || tags[i + 1] != NerTags.Outside))
            {
                var begin = tags[i] != NerTags.Outside ? NerTags.BeginOf(tags[i]) : NerTags.BeginOf(tags[i + 1]);
                if (tags[i] == NerTags.Outside || NerTags.IsBegin(tags[i]))
                {
                    tags[i] = begin; // "Al" + "Udeid"
                }

                Absorb(tags, i + 1, begin + 1);
            }
        }
    }

    // Labels word i as inside the current name, and the inside words that followed it under its old label.
    private static void Absorb(int[] tags, int i, int inside)
    {
        tags[i] = inside;
        for (var j = i + 1; j < tags.Length && tags[j] != NerTags.Outside && !NerTags.IsBegin(tags[j]); j++)
        {
            tags[j] = inside;
        }
    }

    private static bool IsArticleName(string word)
    {
        var hyphen = word.IndexOf('-', StringComparison.Ordinal);
        return hyphen > 0 && hyphen + 1 < word.Length && char.IsUpper(word[hyphen + 1]) && Articles.Contains(word[..hyphen]);
    }

    private static bool IsCapitalised(string word) => word.Length > 0 && char.IsUpper(word[0]);
}
