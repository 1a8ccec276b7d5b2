namespace Digest.Dedup;

/// <summary>
/// A stand-in for entity recognition when <see cref="Article.Entities"/> is empty (the entity
/// stage is optional and may not have run): the words of capitalised phrases in running text,
/// lowercased. "General Igor Konashenkov said" gives general, igor, konashenkov. Words are kept
/// separately rather than as phrases so spelling variants of one name (Deir Ezzor, Deir ez-Zor)
/// still share keys. A capitalised word that opens a sentence is skipped: it is capitalised
/// because of where it stands, not because it is a name.
/// </summary>
internal static class CapitalisedNames
{
    /// <summary>Distinct lowercase name words of the title (unless it is all capitals) and paragraphs.</summary>
    public static HashSet<string> Words(string title, IEnumerable<string> paragraphs)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (!IsShouting(title))
        {
            Collect(title, names, titleCase: true);
        }

        foreach (var paragraph in paragraphs)
        {
            Collect(paragraph, names, titleCase: false);
        }

        return names;
    }

    /// <summary>Name words of canonical entity names (from the entity stage), lowercased.</summary>
    public static HashSet<string> FromEntities(IEnumerable<string> entities)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            foreach (var word in Split(entity))
            {
                AddWord(word, names);
            }
        }

        return names;
    }

    private static void Collect(string text, HashSet<string> names, bool titleCase)
    {
        var sentenceStart = true;
        foreach (var raw in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.Trim('"', '\'', '‘', '’', '“', '”', '(', ')', '[', ']', ',', ';', ':', '.', '!', '?', '—', '–', '-');
            var capitalised = word.Length > 1 && char.IsUpper(word[0]) && !IsShouting(word) || IsAcronym(word);
            if (capitalised && !sentenceStart && !titleCase)
            {
                foreach (var part in Split(word))
                {
                    AddWord(part, names);
                }
            }
            else if (capitalised && titleCase && !StopWords.Words.Contains(word.ToLowerInvariant()))
            {
                // Title case capitalises every word; keep the rarer ones and let IDF judge.
                foreach (var part in Split(word))
                {
                    AddWord(part, names);
                }
            }

            sentenceStart = raw.Length > 0 && raw[^1] is '.' or '!' or '?' or ':' || raw.EndsWith(".\"", StringComparison.Ordinal) || raw.EndsWith(".”", StringComparison.Ordinal);
        }
    }

    private static string[] Split(string name) =>
        name.Split([' ', '-', '‑', '/'], StringSplitOptions.RemoveEmptyEntries);

    private static void AddWord(string word, HashSet<string> names)
    {
        var folded = new string(word.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant();
        if (folded.EndsWith('s') && (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal)))
        {
            folded = folded[..^1];
        }

        if (folded.Length > 1 && !StopWords.Words.Contains(folded) && !folded.All(char.IsDigit))
        {
            names.Add(folded);
        }
    }

    // "U.S.", "ISIS", "SDF": short all-capital words are names; longer all-capital runs are shouting.
    private static bool IsAcronym(string word)
    {
        var letters = word.Count(char.IsLetter);
        return letters is >= 2 and <= 5 && word.Where(char.IsLetter).All(char.IsUpper);
    }

    private static bool IsShouting(string text)
    {
        var letters = text.Count(char.IsLetter);
        return letters > 5 && text.Where(char.IsLetter).All(char.IsUpper);
    }
}
