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
                }
                else if (i > 0 && HasLower(w))
                {
                    _seenCapitalisedInside.Add(w);
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
