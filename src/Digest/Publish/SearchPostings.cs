using System.Runtime.InteropServices;

namespace Digest.Publish;

/// <summary>
/// The words of the search index and, for each, the articles that hold it in article order, each with where the word
/// stands in it, packed in one int (article × 256 + place). Words are looked up as spans: a word met before costs no
/// string. Grouped at the end into shards of their first characters (<see cref="SearchIndexWriter.ShardOf"/>).
/// </summary>
internal sealed class SearchPostings
{
    private readonly Dictionary<string, List<int>> _words;
    private readonly Dictionary<string, List<int>>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Empty postings with room for <paramref name="capacity"/> words.</summary>
    public SearchPostings(int capacity = 0)
    {
        _words = new Dictionary<string, List<int>>(capacity, StringComparer.Ordinal);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Adds an article's word and its place (0 to 255); articles come in order.</summary>
    public void Add(ReadOnlySpan<char> word, int article, int place)
    {
        ref var postings = ref CollectionsMarshal.GetValueRefOrAddDefault(_lookup, word, out _);
        (postings ??= []).Add((article << 8) | place);
    }

    /// <summary>The article of a posting.</summary>
    public static int ArticleOf(int posting) => posting >>> 8;

    /// <summary>The place of a posting.</summary>
    public static int PlaceOf(int posting) => posting & 0xFF;

    /// <summary>The words of postings that share no word, by shard; shards and words each in ordinal order.</summary>
    public static SortedDictionary<string, List<(string Word, List<int> Postings)>> Shards(IEnumerable<SearchPostings> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var shards = new SortedDictionary<string, List<(string Word, List<int> Postings)>>(StringComparer.Ordinal);
        foreach (var (word, postings) in parts.SelectMany(p => p._words))
        {
            var key = SearchIndexWriter.ShardOf(word);
            if (!shards.TryGetValue(key, out var shard))
            {
                shards[key] = shard = [];
            }

            shard.Add((word, postings));
        }

        foreach (var shard in shards.Values)
        {
            shard.Sort((x, y) => string.CompareOrdinal(x.Word, y.Word));
        }

        return shards;
    }
}
