namespace Digest.Ingest.Cleaning;

/// <summary>
/// Frequent English function words. Their share among a line's words tells running prose from
/// menus, headline lists and foreign text (the jusText idea), and it is the language signal too.
/// Hand-written: no NLP package is restorable here (DESIGN.md).
/// </summary>
public static class EnglishStopWords
{
    private static readonly HashSet<string> Words = new(
    [
        "a", "about", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "between", "both", "but", "by", "can", "could", "did", "do",
        "does", "doing", "down", "during", "each", "even", "few", "for", "from", "further", "had", "has", "have",
        "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into",
        "is", "it", "its", "itself", "just", "last", "like", "many", "may", "me", "might", "more", "most", "much",
        "must", "my", "new", "no", "nor", "not", "now", "of", "off", "on", "once", "one", "only", "or", "other",
        "our", "ours", "out", "over", "own", "said", "same", "says", "she", "should", "since", "so", "some",
        "still", "such", "than", "that", "the", "their", "theirs", "them", "then", "there", "these", "they",
        "this", "those", "through", "to", "too", "two", "under", "until", "up", "us", "very", "was", "we", "were",
        "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your",
        "yours", "yet", "year", "years", "told", "according", "people", "time", "there's", "it's", "don't",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Length of the longest function word: longer words need no lookup.</summary>
    public const int MaxLength = 9;

    /// <summary>True when <paramref name="word"/> is an English function word (case-insensitive).</summary>
    public static bool Contains(ReadOnlySpan<char> word) => Lookup.Contains(word);
}
