using System.Text;

namespace Digest.Dedup;

/// <summary>
/// The key of the exact level: an article's headline and content paragraphs read as one text in
/// which only what the issue calls normalisation is undone: case, whitespace (paragraph breaks
/// included), the typographic forms of quotes, apostrophes, dashes and ellipses, invisible
/// characters, and furniture (dropped before, by <see cref="PlainText"/>). Every other
/// character counts, punctuation too: "$100m share" and "$100m-share", "12 hour's" and
/// "12 hours'", a missing full stop are edits someone made to the text, so such articles are at
/// most near copies, never exact ones. <see cref="Words"/> ignores punctuation on purpose (shingles
/// and terms should); this key must not. The text is hashed as it is read: no string per article.
/// </summary>
internal static class ExactText
{
    /// <summary>The 64-bit key of a headline and its content paragraphs.</summary>
    public static ulong Key(string title, IReadOnlyList<string> paragraphs)
    {
        var state = new State(StableHash.FnvOffset, Started: false, Space: false);
        state = Append(title, state);
        foreach (var paragraph in paragraphs)
        {
            state = Append(paragraph, state);
        }

        return StableHash.Mix(state.Hash);
    }

    // Words are separated by exactly one space, also between paragraphs; none leads or trails.
    private readonly record struct State(ulong Hash, bool Started, bool Space);

    private static State Append(string raw, State state)
    {
        // Compatibility forms (NFKC): "…" is "...", a ligature its letters, a no-break space a space.
        var text = raw.IsNormalized(NormalizationForm.FormKC) ? raw : raw.Normalize(NormalizationForm.FormKC);
        var (hash, started, space) = state;
        space |= started;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = started;
                continue;
            }

            var folded = Fold(c);
            if (folded == '\0')
            {
                continue;
            }

            if (space)
            {
                hash = StableHash.Step(hash, ' ');
                space = false;
            }

            hash = StableHash.Step(hash, folded);
            started = true;
        }

        return new State(hash, started, space);
    }

    // One form per typographic variant; '\0' for characters that are not text at all.
    private static char Fold(char c) => c switch
    {
        '\'' or '‘' or '’' or '‚' or '‛' or '′' or '`' or '´' or '"' or '“' or '”' or '„' or '‟' or '″' or '«' or '»' or '‹' or '›' => '"',
        '‐' or '‑' or '‒' or '–' or '—' or '―' or '−' => '-',
        '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' => '\0',
        _ => char.ToLowerInvariant(c),
    };
}
