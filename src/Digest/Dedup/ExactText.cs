using System.Text;

namespace Digest.Dedup;

/// <summary>
/// The key of the exact level: an article's headline and content paragraphs as one string in
/// which only what the issue calls normalisation is undone: case, whitespace (paragraph breaks
/// included), the typographic forms of quotes, apostrophes, dashes and ellipses, invisible
/// characters, and furniture (dropped before, by <see cref="PlainText"/>). Every other
/// character counts, punctuation too: "$100m share" and "$100m-share", "12 hour's" and
/// "12 hours'", a missing full stop are edits someone made to the text, so such articles are at
/// most near copies, never exact ones. <see cref="Words"/> ignores punctuation on purpose (shingles
/// and terms should); this key must not.
/// </summary>
internal static class ExactText
{
    /// <summary>The 64-bit key of a headline and its content paragraphs.</summary>
    public static ulong Key(string title, IReadOnlyList<string> paragraphs)
    {
        var text = new StringBuilder(title.Length + paragraphs.Sum(p => p.Length + 1));
        Append(title, text);
        foreach (var paragraph in paragraphs)
        {
            Append(paragraph, text);
        }

        return StableHash.Of(text.ToString());
    }

    // Appends the normalised text, words separated by exactly one space (also between paragraphs).
    private static void Append(string raw, StringBuilder into)
    {
        var text = raw.IsNormalized(NormalizationForm.FormKC) ? raw : raw.Normalize(NormalizationForm.FormKC);
        var space = into.Length > 0;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = into.Length > 0;
                continue;
            }

            var folded = Fold(c);
            if (folded == '\0')
            {
                continue;
            }

            if (space)
            {
                into.Append(' ');
                space = false;
            }

            if (folded == '…')
            {
                into.Append("...");
            }
            else
            {
                into.Append(folded);
            }
        }
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
