namespace Digest.Dedup;

/// <summary>
/// A stand-in for entity recognition when <see cref="Article.Entities"/> is empty (the entity
/// stage is optional and may not have run): the words of capitalised phrases in running text,
/// lowercased and hashed like <see cref="Words"/>. "General Igor Konashenkov said" gives general,
/// igor, konashenkov. Words are kept separately rather than as phrases so spelling variants of one
/// name (Deir Ezzor, Deir ez-Zor) still share keys. A capitalised word that opens a sentence is
/// skipped: it is capitalised because of where it stands, not because it is a name. Written as a
/// character scan without allocations: it runs on every word of every article.
/// </summary>
internal static class CapitalisedNames
{
    private const int MaxWord = 40;

    /// <summary>Hashes of the name words of the title (unless it is all capitals) and paragraphs.</summary>
    public static HashSet<ulong> Of(string title, IEnumerable<string> paragraphs)
    {
        var names = new HashSet<ulong>();
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

    /// <summary>Hashes of the words of canonical entity names (from the entity stage).</summary>
    public static HashSet<ulong> FromEntities(IEnumerable<string> entities)
    {
        var names = new HashSet<ulong>();
        foreach (var entity in entities)
        {
            AddParts(entity, names);
        }

        return names;
    }

    private static void Collect(string text, HashSet<ulong> names, bool titleCase)
    {
        var sentenceStart = true;
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (start == i)
            {
                break;
            }

            var raw = text.AsSpan(start, i - start);
            var word = raw.Trim("\"'‘’“”()[],;:.!?—–-");
            if (word.Length > 0 && IsName(word) && (titleCase || !sentenceStart))
            {
                AddParts(word, names);
            }

            var last = raw[^1];
            sentenceStart = last is '.' or '!' or '?' or ':' || (raw.Length > 1 && raw[^2] is '.' or '!' or '?' && last is '"' or '”' or '’');
        }
    }

    // Capitalised ("Konashenkov", "Ez-zor") or a short acronym ("ISIS", "U.S."); not shouting.
    private static bool IsName(ReadOnlySpan<char> word)
    {
        int letters = 0, upper = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                letters++;
                upper += char.IsUpper(c) ? 1 : 0;
            }
        }

        if (letters >= 2 && letters <= 5 && upper == letters)
        {
            return true;
        }

        return word.Length > 1 && char.IsUpper(word[0]) && !(letters > 5 && upper == letters);
    }

    private static bool IsShouting(string text)
    {
        int letters = 0, upper = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                letters++;
                upper += char.IsUpper(c) ? 1 : 0;
            }
        }

        return letters > 5 && upper == letters;
    }

    // Splits at spaces, hyphens and slashes; keeps letters and digits, lowercased; drops a
    // possessive 's, stop words and numbers.
    private static void AddParts(ReadOnlySpan<char> name, HashSet<ulong> names)
    {
        Span<char> buffer = stackalloc char[MaxWord];
        var length = 0;
        var digits = 0;
        for (var i = 0; i <= name.Length; i++)
        {
            var c = i < name.Length ? name[i] : ' ';
            if (c is ' ' or '-' or '‑' or '/')
            {
                Add(buffer[..length], digits, name, i, names);
                length = 0;
                digits = 0;
            }
            else if (char.IsLetterOrDigit(c) && length < MaxWord)
            {
                buffer[length++] = char.ToLowerInvariant(c);
                digits += char.IsDigit(c) ? 1 : 0;
            }
        }
    }

    private static void Add(Span<char> word, int digits, ReadOnlySpan<char> name, int end, HashSet<ulong> names)
    {
        if (word.Length > 2 && word[^1] == 's' && end >= 2 && name[end - 2] is '\'' or '’')
        {
            word = word[..^1];
        }

        if (word.Length > 1 && digits < word.Length)
        {
            var hash = StableHash.Of(word);
            if (!StopWords.Hashes.Contains(hash))
            {
                names.Add(hash);
            }
        }
    }
}
