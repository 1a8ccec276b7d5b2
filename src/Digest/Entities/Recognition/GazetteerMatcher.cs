namespace Digest.Entities.Recognition;

/// <summary>
/// Marks the words of a sentence that spell a known name (case-insensitively, longest match first),
/// for the tagger's gazetteer features: the kind of record and whether the form is its name or an
/// alias (a demonym is read as its place's alias, so "Syrian" reads differently from "Syria").
/// </summary>
internal sealed class GazetteerMatcher
{
    private const int MaxWords = 6;
    private readonly Dictionary<string, List<(string[] Words, uint Code)>> _byFirst = new(StringComparer.Ordinal);

    /// <summary>A matcher over the names, aliases and demonyms of <paramref name="entities"/>.</summary>
    public GazetteerMatcher(IEnumerable<Entity> entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        // A demonym's own record is skipped: its place lists it, as the tagger was trained to see it.
        foreach (var entity in entities.Where(e => e.DemonymOf is null))
        {
            foreach (var (form, alias) in entity.Aliases.Concat(entity.Demonyms).Select(a => (a, true)).Prepend((entity.Name, false)))
            {
                var words = Tokenizer.Tokenize(form).Select(t => WordShapes.Plain(t.Text).ToLowerInvariant()).ToArray();
                if (words.Length is 0 or > MaxWords)
                {
                    continue;
                }

                var code = ((uint)entity.Type + 1) * 2 + (alias ? 1u : 0u);
                if (!_byFirst.TryGetValue(words[0], out var list))
                {
                    _byFirst[words[0]] = list = [];
                }

                list.Add((words, code));
            }
        }

        foreach (var list in _byFirst.Values)
        {
            list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length)); // longest first
        }
    }

    /// <summary>Per word: 0, or the match's code times two plus one on its first word.</summary>
    /// <param name="words">A sentence's words.</param>
    /// <param name="lowered">The same words in invariant lower case, when the caller has them already.</param>
    public uint[] Match(IReadOnlyList<string> words, string[]? lowered = null)
    {
        ArgumentNullException.ThrowIfNull(words);
        var lower = lowered ?? words.Select(w => w.ToLowerInvariant()).ToArray();
        return Match(lower, [.. lower.Select(CandidatesOf)]);
    }

    /// <summary>The known names that start with the lower-case word <paramref name="lowered"/>, longest first; null for none.</summary>
    public List<(string[] Words, uint Code)>? CandidatesOf(string lowered) => _byFirst.GetValueOrDefault(lowered);

    /// <summary>As <see cref="Match(IReadOnlyList{string}, string[])"/>, each word's <see cref="CandidatesOf"/> already found.</summary>
    public static uint[] Match(string[] lower, List<(string[] Words, uint Code)>?[] starting)
    {
        ArgumentNullException.ThrowIfNull(lower);
        ArgumentNullException.ThrowIfNull(starting);
        var codes = new uint[lower.Length];
        for (var i = 0; i < lower.Length; i++)
        {
            if (starting[i] is not { } candidates)
            {
                continue;
            }

            foreach (var (form, code) in candidates)
            {
                if (i + form.Length <= lower.Length && form.AsSpan().SequenceEqual(lower.AsSpan(i, form.Length)))
                {
                    for (var k = 0; k < form.Length; k++)
                    {
                        codes[i + k] = (code * 2) + (k == 0 ? 1u : 0u);
                    }

                    i += form.Length - 1;
                    break;
                }
            }
        }

        return codes;
    }
}
