namespace Digest.Dedup;

/// <summary>
/// Word tokens as 64-bit hashes: runs of letters and digits, lowercased. Quotes, dashes and other
/// punctuation separate words and are otherwise ignored, which is what makes "‘Deir Ezzor’" and
/// "'Deir Ezzor'" the same text. No strings are allocated per word.
/// </summary>
internal static class Words
{
    /// <summary>The longest word kept; longer runs are usually URLs or garbage.</summary>
    private const int MaxLength = 40;

    /// <summary>Appends the hash of every word of <paramref name="text"/> to <paramref name="into"/>.</summary>
    public static void Hashes(string text, List<ulong> into) => Scan(text, into);

    /// <summary>How many hashes <see cref="Hashes"/> would append for <paramref name="text"/>, computed without hashing.</summary>
    public static int Count(string text) => Scan(text, null);

    // The words of the text: hashed into the list, or only counted when there is none.
    private static int Scan(string text, List<ulong>? into)
    {
        var count = 0;
        Span<char> buffer = stackalloc char[MaxLength];
        var length = 0;
        var overflow = false;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsLetterOrDigit(c) || (length > 0 && IsMark(c)))
            {
                if (length < MaxLength)
                {
                    buffer[length++] = char.ToLowerInvariant(c);
                }
                else
                {
                    overflow = true;
                }
            }
            else if (c is '\'' or '’' && length > 0 && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                // Apostrophes inside words ("don't", "Assad’s") join rather than split.
                continue;
            }
            else if (length > 0)
            {
                if (!overflow)
                {
                    into?.Add(StableHash.Of(buffer[..length]));
                    count++;
                }

                length = 0;
                overflow = false;
            }
        }

        return count;
    }

    // Vowel signs of Indic scripts and combining accents are part of the word they follow.
    private static bool IsMark(char c) =>
        char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    /// <summary>The hash of one word as <see cref="Hashes"/> computes it (the word given in lowercase).</summary>
    public static ulong Hash(string lowercaseWord) => StableHash.Of(lowercaseWord);
}
