using System.Buffers;
using System.Text.Json;
using Digest.Publish.Output;

namespace Digest.Publish;

/// <summary>The search index after a small change: only the files a changed article's entry or words are in are made again.</summary>
public static partial class SearchIndexWriter
{
    // At most this share of articles changed or added (1 in 8), or this many, and the changes are applied to the previous index;
    // more (a new base address changes every link; a report dated before many others moves their numbers) and it is made
    // afresh, as quick then. New reports numbered after all the others (the newest, the usual case) are changes too.
    private const int ChangedShare = 8;
    private const int ChangedAtLeast = 16;

    // Applies the changed rows to the previous index: their postings are taken out of the shards their old words are in and
    // their new words put in, and their chunks written again; every other file is kept. False (before anything but kept
    // files was written) when the store lacks what that needs, or too much changed: the caller makes the whole index.
    // The files are those WriteAll would write, byte for byte: a shard's words and postings are those of every article in
    // article order, and each unchanged article's are as they were.
    private static bool TryWriteChanges(SiteModel site, IOutputFiles output, Cache.CacheStore rows, string[] keys, SearchIndexState previous, out int files)
    {
        files = 0;
        var count = keys.Length;
        var before = previous.RowKeys.Length;
        if (before > count)
        {
            return false; // articles taken out: every number after them moves
        }

        // Articles numbered after the previous ones are new: no words of theirs to take out.
        var changed = new List<int>();
        for (var i = 0; i < count; i++)
        {
            if (i >= before || !string.Equals(keys[i], previous.RowKeys[i], StringComparison.Ordinal))
            {
                changed.Add(i);
            }
        }

        if (changed.Count > Math.Max(ChangedAtLeast, count / ChangedShare))
        {
            return false;
        }

        // Each changed article's old row (whose words come out; a new one has none) and new one (whose words go in).
        var oldRows = new List<Row>(changed.Count);
        var newRows = new Row[changed.Count];
        for (var k = 0; k < changed.Count; k++)
        {
            if (changed[k] < before)
            {
                if (!rows.TryGet(previous.RowKeys[changed[k]], out var bytes))
                {
                    return false;
                }

                oldRows.Add(ReadRow(bytes));
            }

            newRows[k] = RowOf(site, Numbered(site, changed[k]), rows, keys[changed[k]]);
        }

        var touched = new HashSet<string>(StringComparer.Ordinal);
        var added = new Dictionary<string, List<(string Word, int Posting)>>(StringComparer.Ordinal);
        foreach (var row in oldRows)
        {
            foreach (var (start, length, _) in new RowWords(row))
            {
                touched.Add(ShardOf(row.Keywords.Substring(start, Math.Min(length, ShardPrefix))));
            }
        }

        for (var k = 0; k < changed.Count; k++)
        {
            var row = newRows[k];
            foreach (var (start, length, place) in new RowWords(row))
            {
                var word = row.Keywords.Substring(start, length);
                var shard = ShardOf(word);
                touched.Add(shard);
                if (!added.TryGetValue(shard, out var words))
                {
                    added[shard] = words = [];
                }

                words.Add((word, SearchPostings.Posting(changed[k], place)));
            }
        }

        // The shards to write: those touched (their stored words with the changes applied) and any other whose file is
        // not as published (its stored words as they are). The rest are kept.
        var shards = new SortedDictionary<string, (UInt128 Fingerprint, List<(string Word, ArraySegment<int> Postings)>? Words)>(StringComparer.Ordinal);
        foreach (var (shard, fingerprint) in previous.Shards)
        {
            if (!touched.Contains(shard) && output.TryKeep(SiteUrls.SearchWords(shard), fingerprint))
            {
                SearchIndexState.TouchShard(rows, shard, fingerprint);
                shards[shard] = (fingerprint, null);
            }
            else if (SearchIndexState.TryReadShard(rows, shard, fingerprint) is { } stored)
            {
                shards[shard] = (fingerprint, stored);
            }
            else
            {
                return false;
            }
        }

        var gone = changed.ToArray(); // ascending
        foreach (var shard in touched)
        {
            var words = Changed(shards.TryGetValue(shard, out var stored) ? stored.Words! : [], gone, added.GetValueOrDefault(shard) ?? []);
            if (words.Count == 0)
            {
                shards.Remove(shard);
            }
            else
            {
                shards[shard] = (default, words);
            }
        }

        // Every file from here on is written: nothing can fail.
        var json = new JsonFiles(output);
        var chunks = (count + ChunkSize - 1) / ChunkSize;
        var changedChunks = changed.Select(i => i / ChunkSize).ToHashSet();
        var read = new bool[count];
        for (var chunk = 0; chunk < chunks; chunk++)
        {
            var fingerprint = ChunkFingerprint(keys, chunk);
            if (!changedChunks.Contains(chunk) && output.TryKeep(SiteUrls.SearchDocs(chunk), fingerprint))
            {
                continue;
            }

            var first = chunk * ChunkSize;
            var entries = new Row[Math.Min(ChunkSize, count - first)];
            for (var i = 0; i < entries.Length; i++)
            {
                entries[i] = RowOf(site, Numbered(site, first + i), rows, keys[first + i]);
                read[first + i] = true;
            }

            json.Write(SiteUrls.SearchDocs(chunk), fingerprint, writer => WriteChunk(writer, entries));
        }

        // The rows not read this time are needed the next time their article changes (to take its words out): kept.
        for (var i = 0; i < count; i++)
        {
            if (!read[i])
            {
                rows.Touch(keys[i]);
            }
        }

        var fingerprints = new List<(string Shard, UInt128 Fingerprint)>(shards.Count);
        foreach (var (shard, (fingerprint, words)) in shards)
        {
            if (words is null)
            {
                fingerprints.Add((shard, fingerprint));
                continue;
            }

            var written = json.WriteHashed(SiteUrls.SearchWords(shard), fingerprintBytes: true, writer => WriteShard(writer, words));
            SearchIndexState.KeepShard(rows, shard, written, words);
            fingerprints.Add((shard, written));
        }

        json.Write(SiteUrls.SearchIndex, default, writer => WriteManifest(writer, count, shards.Keys));
        new SearchIndexState(keys, fingerprints).Store(rows);
        files = chunks + shards.Count + 1;
        return true;
    }

    // A shard's words with the postings of the changed articles taken out and theirs now put in: each word's postings in
    // article order (a posting orders by its article: one per article and word), words in ordinal order, words left with
    // none dropped. A word that neither holds a changed article nor gains one keeps its postings as they are (at 100,000
    // articles a touched shard holds tens of thousands of postings, nearly all of them unchanged).
    private static List<(string Word, ArraySegment<int> Postings)> Changed(List<(string Word, ArraySegment<int> Postings)> stored, int[] changed,
        List<(string Word, int Posting)> added)
    {
        var additions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var (word, posting) in added)
        {
            if (!additions.TryGetValue(word, out var list))
            {
                additions[word] = list = [];
            }

            list.Add(posting);
        }

        var words = new List<(string Word, ArraySegment<int> Postings)>(stored.Count + additions.Count);
        foreach (var (word, postings) in stored)
        {
            additions.Remove(word, out var extra);
            if (extra is null && !HoldsAny(postings, changed))
            {
                words.Add((word, postings));
                continue;
            }

            var kept = new List<int>(postings.Count + (extra?.Count ?? 0));
            foreach (var posting in postings)
            {
                if (Array.BinarySearch(changed, SearchPostings.ArticleOf(posting)) < 0)
                {
                    kept.Add(posting);
                }
            }

            kept.AddRange(extra ?? []);
            if (kept.Count > 0)
            {
                kept.Sort();
                words.Add((word, kept.ToArray()));
            }
        }

        foreach (var (word, postings) in additions)
        {
            postings.Sort();
            words.Add((word, postings.ToArray()));
        }

        words.Sort((x, y) => string.CompareOrdinal(x.Word, y.Word));
        return words;
    }

    // Whether postings (in article order) hold any of the changed articles (ascending).
    private static bool HoldsAny(ArraySegment<int> postings, int[] changed)
    {
        foreach (var article in changed)
        {
            var at = postings.AsSpan().BinarySearch(SearchPostings.Posting(article, 0));
            at = at >= 0 ? at : ~at;
            if (at < postings.Count && SearchPostings.ArticleOf(postings[at]) == article)
            {
                return true;
            }
        }

        return false;
    }

    // The index's files made one at a time in one buffer, each written before the next is made; how many.
    private sealed class JsonFiles(IOutputFiles output)
    {
        private readonly ArrayBufferWriter<byte> _buffer = new(1 << 16);

        public int Count { get; private set; }

        public void Write(string path, UInt128 fingerprint, Action<Utf8JsonWriter> write)
        {
            Make(write);
            output.Write(path, _buffer.WrittenMemory, fingerprint);
            Count++;
        }

        // A file whose fingerprint is the hash of its bytes (when fingerprintBytes; else none); returns it.
        public UInt128 WriteHashed(string path, bool fingerprintBytes, Action<Utf8JsonWriter> write)
        {
            Make(write);
            var fingerprint = fingerprintBytes ? System.IO.Hashing.XxHash128.HashToUInt128(_buffer.WrittenSpan) : default;
            output.Write(path, _buffer.WrittenMemory, fingerprint);
            Count++;
            return fingerprint;
        }

        private void Make(Action<Utf8JsonWriter> write)
        {
            _buffer.ResetWrittenCount();
            using var json = new Utf8JsonWriter(_buffer, Options);
            write(json);
        }
    }

    // Files handed to a callback as they are made; none is kept.
    private sealed class Callback(Action<string, ReadOnlyMemory<byte>> file) : IOutputFiles
    {
        public void Write(string sitePath, ReadOnlyMemory<byte> content, UInt128 fingerprint) => file(sitePath, content);

        public bool TryKeep(string sitePath, UInt128 fingerprint) => false;
    }
}
