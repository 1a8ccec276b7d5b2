namespace Digest.Dedup;

/// <summary>
/// Function words left out of TF-IDF vectors and of capitalised-phrase entities. IDF would
/// down-weight them anyway; dropping them keeps the sparse vectors short, which is what keeps
/// story clustering of 100,000 articles fast.
/// </summary>
internal static class StopWords
{
    public static IReadOnlySet<string> Words { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do",
        "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has", "have", "having", "he",
        "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its",
        "itself", "just", "me", "more", "most", "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once",
        "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own", "same", "she", "should", "so", "some",
        "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this",
        "those", "through", "to", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where",
        "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "yourself", "said",
        "says", "say", "told", "mr", "mrs", "ms", "one", "two", "new", "last", "year", "years", "first", "people",
        "like", "get", "got", "make", "made", "many", "much", "may", "might", "must", "us", "within", "without", "however",
        "according", "another", "around", "back", "even", "still", "since", "well", "way", "time", "yet", "week",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
    };

    /// <summary>Hashes of <see cref="Words"/> as <see cref="Dedup.Words"/> computes them.</summary>
    public static IReadOnlySet<ulong> Hashes { get; } = Words.Select(Dedup.Words.Hash).ToHashSet();
}
