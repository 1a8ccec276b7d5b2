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

    /// <summary>Collects the evidence of a document's sentences.</summary>
    public DocumentEvidence(IEnumerable<IReadOnlyList<string>> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
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
                else if (i > 0 && w.Any(char.IsLower))
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

        var lower = word.ToLowerInvariant();
        var code = _seenLower.Contains(lower) ? 1u : 0u;
        return _seenCapitalisedInside.Contains(word) ? code | 2u : code;
    }
}
