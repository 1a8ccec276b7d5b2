namespace Digest.Entities.Recognition;

/// <summary>
/// How each word is written elsewhere in the same document. A capitalised word that the document
/// also writes in lower case ("The", "Troops") is probably not a name; an all-caps headline word
/// that the body writes capitalised mid-sentence ("LEICESTERSHIRE" / "Leicestershire") probably is.
/// </summary>
internal sealed class DocumentEvidence
{
    private readonly HashSet<string> _seenLower = new(StringComparer.Ordinal);
    private readonly HashSet<string> _seenCapitalisedInside = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, (int Lower, int CapitalisedInside)> _counts = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _seenLowerLookup;

    /// <summary>Collects the evidence of a document's sentences.</summary>
    public DocumentEvidence(IEnumerable<IReadOnlyList<string>> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        _seenLowerLookup = _seenLower.GetAlternateLookup<ReadOnlySpan<char>>();
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
                    _seenLower.Add(w);
                    if (!HasUpper(w))
                    {
                        // "al-Aqsa" is the name's own spelling, not the word written in lower case.
                        ref var count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_counts, w, out _);
                        count.Lower++;
                    }
                }
                else if (i > 0 && HasLower(w))
                {
                    _seenCapitalisedInside.Add(w);
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
        if (word.Length == 0 || !char.IsUpper(word[0]))
        {
            return 0;
        }

        // Looked up as a span lowered on the stack: the tagger asks this for every capitalised word.
        bool seenLower;
        if (word.Length <= 64)
        {
            Span<char> lower = stackalloc char[word.Length];
            word.AsSpan().ToLowerInvariant(lower);
            seenLower = _seenLowerLookup.Contains(lower);
        }
        else
        {
            seenLower = _seenLower.Contains(word.ToLowerInvariant());
        }

        var code = seenLower ? 1u : 0u;
        return _seenCapitalisedInside.Contains(word) ? code | 2u : code;
    }

    /// <summary>
    /// Whether the document writes <paramref name="word"/> in lower case at least as often as capitalised inside a
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
