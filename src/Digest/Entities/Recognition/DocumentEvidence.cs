namespace Digest.Entities.Recognition;

/// <summary>
/// How each word is written elsewhere in the same document. A capitalised word that the document
/// also writes in lower case ("The", "Troops") is probably not a name; an all-caps headline word
/// that the body writes capitalised mid-sentence ("LEICESTERSHIRE" / "Leicestershire") probably is.
/// </summary>
internal sealed class DocumentEvidence
{
    // Per word, case ignored: how often it is written all in lower case, and how often capitalised inside a sentence.
    // One table for both (two sets and a table before: the table cost the entity step of a cold 10k build 150 MB).
    private readonly Dictionary<string, (int Lower, int CapitalisedInside)> _counts = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, (int Lower, int CapitalisedInside)>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Collects the evidence of a document's sentences.</summary>
    public DocumentEvidence(IEnumerable<IReadOnlyList<string>> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        _lookup = _counts.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var words in sentences)
        {
            if (WordShapes.IsHeadline(words))
            {
                continue;
            }

            for (var i = 0; i < words.Count; i++)
            {
                var w = words[i];
                if (w.Length == 0 || !char.IsLetter(w[0]))
                {
                    continue;
                }

                if (char.IsLower(w[0]))
                {
                    // "al-Aqsa" is the name's own spelling, not the word written in lower case.
                    if (!HasUpper(w))
                    {
                        ref var lower = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_counts, w, out _);
                        lower.Lower++;
                    }
                }
                else if (i > 0 && HasLower(w))
                {
                    ref var count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_counts, w, out _);
                    count.CapitalisedInside++;
                }
            }
        }
    }

    /// <summary>0: no evidence; 1: written lower elsewhere; 2: capitalised mid-sentence elsewhere; 3: both.</summary>
    public uint Of(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length == 0 || !char.IsUpper(word[0]) || !_lookup.TryGetValue(word.AsSpan(), out var count))
        {
            return 0;
        }

        return (count.Lower > 0 ? 1u : 0u) | (count.CapitalisedInside > 0 ? 2u : 0u);
    }

    /// <summary>
    /// Whether the document writes <paramref name="word"/> in lower case more often than capitalised inside a
    /// sentence (headlines aside): "the Budget" once and "budget" three times is a common word, "Labour" ten times
    /// and "labour costs" once the party.
    /// </summary>
    public bool IsMostlyLower(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return _counts.TryGetValue(word, out var count) && count.Lower > count.CapitalisedInside;
    }

    private static bool HasUpper(string word)
    {
        foreach (var c in word)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasLower(string word)
    {
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }
}
