namespace Digest.Publish;

/// <summary>
/// The words of the search index and, for each, the articles that hold it in article order, each with where the word
/// stands in it, packed in one int (article × 256 + place). Grouped at the end into shards of their first characters
/// (<see cref="SearchIndexWriter.ShardOf"/>).
/// </summary>
/// <remarks>
/// Written by hand, not a <see cref="Dictionary{TKey, TValue}"/> of lists: a 100,000-article index looks words up 17
/// million times in a table of a million words, and each lookup there (bucket, entry, key, list, its array) was a
/// trip to memory. Here a slot holds a word's hash and number together (one trip, and one more to compare the word),
/// and postings are appended to one array in arrival order, grouped by word once at the end (a counting sort, which
/// keeps each word's postings in article order).
/// </remarks>
internal sealed class SearchPostings
{
    private readonly List<string> _words = [];
    private long[] _slots;
    private int _mask;
    private long[] _entries = new long[1024];
    private int _entryCount;

    /// <summary>Empty postings with room for about <paramref name="capacity"/> words.</summary>
    public SearchPostings(int capacity = 0)
    {
        var size = 1024;
        while (size < capacity * 2)
        {
            size *= 2;
        }

        _slots = new long[size];
        _mask = size - 1;
    }

    /// <summary>Adds an article's word and its place (0 to 255); articles come in order.</summary>
    public void Add(ReadOnlySpan<char> word, int article, int place)
    {
        var id = IdOf(word);
        if (_entryCount == _entries.Length)
        {
            Array.Resize(ref _entries, _entries.Length * 2);
        }

        _entries[_entryCount++] = ((long)id << 32) | (uint)Posting(article, place);
    }

    /// <summary>A posting: the article and the place of its word (0 to 255) in one int, ordered by article.</summary>
    public static int Posting(int article, int place) => (article << 8) | place;

    /// <summary>The article of a posting.</summary>
    public static int ArticleOf(int posting) => posting >>> 8;

    /// <summary>The place of a posting.</summary>
    public static int PlaceOf(int posting) => posting & 0xFF;

    /// <summary>The words of postings that share no word, by shard; shards and words each in ordinal order.</summary>
    public static SortedDictionary<string, List<(string Word, ArraySegment<int> Postings)>> Shards(IEnumerable<SearchPostings> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var shards = new SortedDictionary<string, List<(string Word, ArraySegment<int> Postings)>>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            foreach (var (word, postings) in part.ByWord())
            {
                var key = SearchIndexWriter.ShardOf(word);
                if (!shards.TryGetValue(key, out var shard))
                {
                    shards[key] = shard = [];
                }

                shard.Add((word, postings));
            }
        }

        foreach (var shard in shards.Values)
        {
            shard.Sort((x, y) => string.CompareOrdinal(x.Word, y.Word));
        }

        return shards;
    }

    // Each word with its postings, grouped by a counting sort of the entries on the word's number.
    private IEnumerable<(string Word, ArraySegment<int> Postings)> ByWord()
    {
        var starts = new int[_words.Count + 1];
        for (var i = 0; i < _entryCount; i++)
        {
            starts[(int)(_entries[i] >>> 32) + 1]++;
        }

        for (var id = 0; id < _words.Count; id++)
        {
            starts[id + 1] += starts[id];
        }

        var postings = new int[_entryCount];
        var next = starts[..^1];
        for (var i = 0; i < _entryCount; i++)
        {
            postings[next[(int)(_entries[i] >>> 32)]++] = (int)_entries[i];
        }

        _entries = [];
        for (var id = 0; id < _words.Count; id++)
        {
            yield return (_words[id], new ArraySegment<int>(postings, starts[id], starts[id + 1] - starts[id]));
        }
    }

    // The word's number, given it the first time it comes. A slot holds the word's hash in its high half and its
    // number + 1 in its low half (0: empty); probing is linear, and the table doubles at half full.
    private int IdOf(ReadOnlySpan<char> word)
    {
        var hash = string.GetHashCode(word);
        for (var slot = hash & _mask; ; slot = (slot + 1) & _mask)
        {
            var held = _slots[slot];
            if (held == 0)
            {
                var id = _words.Count;
                _words.Add(word.ToString());
                _slots[slot] = ((long)hash << 32) | (uint)(id + 1);
                if (_words.Count * 2 > _slots.Length)
                {
                    Grow();
                }

                return id;
            }

            if ((int)(held >>> 32) == hash && word.SequenceEqual(_words[(int)held - 1]))
            {
                return (int)held - 1;
            }
        }
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new long[old.Length * 2];
        _mask = _slots.Length - 1;
        foreach (var held in old)
        {
            if (held == 0)
            {
                continue;
            }

            var slot = (int)(held >>> 32) & _mask;
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = held;
        }
    }
}
