using System.Text.Encodings.Web;
using System.Text.Json;
using Digest.Publish.Output;

namespace Digest.Publish;

/// <summary>
/// The search page's index, in files a query loads only some of (as Pagefind splits its index): the manifest
/// (<see cref="SiteUrls.SearchIndex"/>: how many articles, how many a chunk holds, which word shards there are), the
/// articles' entries in chunks of <see cref="ChunkSize"/>, numbered oldest first (<see cref="SiteUrls.SearchDocs"/>:
/// title, link, source, date, excerpt), and the words of all articles in shards by their first two characters
/// (<see cref="SiteUrls.SearchWords"/>: each word with the articles holding it and where). A query loads one shard per
/// word typed and the chunks of the results it shows: a few hundred kilobytes, where one file of every article's words
/// was 15 MB at 10,000 articles and 150 MB at 100,000.
/// </summary>
public static partial class SearchIndexWriter
{
    /// <summary>
    /// Articles per chunk of entries. A page of 50 results lies in up to 50 chunks (results are spread over the
    /// site): chunks of 500 made a query fetch up to 3 MB of entries at 10,000 articles, chunks of 32 (11 KB each) at
    /// most 550 KB, for one file per 32 articles.
    /// </summary>
    public const int ChunkSize = 32;

    /// <summary>Characters of a word that name its shard.</summary>
    public const int ShardPrefix = 2;

    // Where a word stands among an article's words counts in steps of this many characters (the search script
    // ranks an early word higher); a step of 0 is a word of the title.
    private const int PlaceStep = 50;
    private const int MaxPlace = 255;

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // Entries are made a block of articles at a time (both cores share a block) and their chunks written; only the
    // words' postings are held to the end (a large site's entries and keywords are never all in memory at once).
    private const int Block = ChunkSize * 32;

    /// <summary>Writes the index files through <paramref name="file"/> (site path, bytes valid during the call), in a fixed order; how many.</summary>
    public static int Write(SiteModel site, Action<string, ReadOnlyMemory<byte>> file) => Write(site, file, Cache.CacheStore.Disabled("search-rows"));

    /// <summary>
    /// Writes the index files through <paramref name="file"/>, each article's entry and words taken from <paramref name="rows"/>
    /// when nothing they are made of changed. Returns how many files there are.
    /// </summary>
    public static int Write(SiteModel site, Action<string, ReadOnlyMemory<byte>> file, Cache.CacheStore rows)
    {
        ArgumentNullException.ThrowIfNull(file);
        return Write(site, new Callback(file), rows);
    }

    /// <summary>
    /// Writes the index files to <paramref name="output"/>. With an enabled <paramref name="rows"/> store, each article's
    /// entry and words are taken from it when nothing they are made of changed, and after a change of a few articles only
    /// the files holding their entries and words are made again from what the store kept of the previous index (the others
    /// are kept, <see cref="IOutputFiles.TryKeep"/>); the files are the same bytes as an index made afresh. Returns how
    /// many files there are. <paramref name="cancel"/> stops the whole index's making between blocks of articles (at
    /// 100,000 articles it takes seconds); what it wrote and stored is then the caller's to throw away.
    /// </summary>
    public static int Write(SiteModel site, IOutputFiles output, Cache.CacheStore rows, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(rows);
        var keys = rows.Enabled ? RowKeys(site) : null;
        if (keys is not null && SearchIndexState.TryRead(rows) is { } previous && TryWriteChanges(site, output, rows, keys, previous, out var files))
        {
            return files;
        }

        return WriteAll(site, output, rows, keys, cancel);
    }

    // The whole index made from every article's row; with keys (a cache), what the next build needs to make only the
    // files a change touches is stored too.
    private static int WriteAll(SiteModel site, IOutputFiles output, Cache.CacheStore rows, string[]? keys, CancellationToken cancel)
    {
        var count = site.Articles.Count;
        // The words are shared out between the cores by their first letter and length, each core's postings its own:
        // looking words up is most of the index's work (1.7 million at 10,000 articles, 17 million at 100,000).
        var parts = new SearchPostings[Environment.ProcessorCount];
        for (var p = 0; p < parts.Length; p++)
        {
            // Sized for the words a corpus of this many articles has (10 new ones an article, measured at 10,000), so
            // a large table is not grown by copies.
            parts[p] = new SearchPostings(Math.Min(count * 10, 4_000_000) / parts.Length);
        }

        var json = new JsonFiles(output);
        var block = new Row[Math.Min(Block, count)];
        for (var start = 0; start < count; start += Block)
        {
            cancel.ThrowIfCancellationRequested();
            var size = Math.Min(Block, count - start);
            Parallel.For(0, size, Parallelism.PerCore, i => block[i] = RowOf(site, Numbered(site, start + i), rows, keys?[start + i]));
            for (var first = 0; first < size; first += ChunkSize)
            {
                var chunk = block.AsMemory(first, Math.Min(ChunkSize, size - first));
                var number = (start + first) / ChunkSize;
                json.Write(SiteUrls.SearchDocs(number), keys is null ? default : ChunkFingerprint(keys, number), writer => WriteChunk(writer, chunk.Span));
            }

            Parallel.For(0, parts.Length, Parallelism.PerCore, p =>
            {
                for (var i = 0; i < size; i++)
                {
                    AddWords(parts[p], p, parts.Length, start + i, block[i]);
                }
            });
        }

        var shards = SearchPostings.Shards(parts);
        var fingerprints = new List<(string Shard, UInt128 Fingerprint)>(shards.Count);
        foreach (var (shard, words) in shards)
        {
            cancel.ThrowIfCancellationRequested();
            var fingerprint = json.WriteHashed(SiteUrls.SearchWords(shard), keys is not null, writer => WriteShard(writer, words));
            if (keys is not null)
            {
                SearchIndexState.KeepShard(rows, shard, fingerprint, words);
                fingerprints.Add((shard, fingerprint));
            }
        }

        json.Write(SiteUrls.SearchIndex, default, writer => WriteManifest(writer, count, shards.Keys));
        if (keys is not null)
        {
            new SearchIndexState(keys, fingerprints).Store(rows);
        }

        return json.Count;
    }

    /// <summary>The name of the shard of a word (or of the words a one-character query starts): its first two characters, a letter or digit of a–z, 0–9 as it is, any other as _ and its four hex digits, so no name is the start of another's.</summary>
    public static string ShardOf(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var key = new System.Text.StringBuilder(ShardPrefix * 5);
        foreach (var c in word.AsSpan(0, Math.Min(ShardPrefix, word.Length)))
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                key.Append(c);
            }
            else
            {
                key.Append('_').Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return key.ToString();
    }

    // An article's part of the index: its entry as JSON, its words (title, names, tags, source, then the body's; each
    // once) and how many of them are the title's.
    private readonly record struct Row(byte[] Entry, string Keywords, int TitleWords);

    // Each word of a row that is this part's goes to its postings with the article and where it stands.
    private static void AddWords(SearchPostings postings, int part, int parts, int article, Row row)
    {
        var text = row.Keywords;
        foreach (var (start, length, place) in new RowWords(row))
        {
            if ((text[start] + length) % parts == part)
            {
                postings.Add(text.AsSpan(start, length), article, place);
            }
        }
    }

    // The words of a row in order, each with where it stands: 0 in the title, else 1 and up by its place among the
    // article's words, in steps of PlaceStep characters. A struct enumerator: the index walks 1.7 million words at 10,000 articles.
    private struct RowWords(Row row)
    {
        private int _next;
        private int _index = -1;

        public (int Start, int Length, int Place) Current { get; private set; }

        public readonly RowWords GetEnumerator() => this;

        public bool MoveNext()
        {
            var text = row.Keywords;
            if (_next >= text.Length)
            {
                return false;
            }

            var start = _next;
            var end = text.IndexOf(' ', start);
            end = end < 0 ? text.Length : end;
            _index++;
            Current = (start, end - start, _index < row.TitleWords ? 0 : Math.Min(MaxPlace, 1 + (start / PlaceStep)));
            _next = end + 1;
            return true;
        }
    }

    private static void WriteChunk(Utf8JsonWriter json, ReadOnlySpan<Row> rows)
    {
        json.WriteStartArray();
        foreach (var row in rows)
        {
            json.WriteRawValue(row.Entry, skipInputValidation: true);
        }

        json.WriteEndArray();
    }

    // {"word":[article,place,…],…}: each list's numbers formatted straight into bytes and written as one raw value
    // (millions of numbers at 100,000 articles, where the JSON writer's checks per value cost more than the digits).
    private static void WriteShard(Utf8JsonWriter json, List<(string Word, ArraySegment<int> Postings)> words)
    {
        var list = t_postingsText ??= new byte[1 << 16];
        json.WriteStartObject();
        foreach (var (word, postings) in words)
        {
            // At most 10 digits and a comma a number, two numbers a posting, and the brackets.
            var most = (postings.Count * 2 * 11) + 2;
            if (list.Length < most)
            {
                list = t_postingsText = new byte[Math.Max(most, list.Length * 2)];
            }

            var at = 0;
            list[at++] = (byte)'[';
            foreach (var posting in postings)
            {
                System.Buffers.Text.Utf8Formatter.TryFormat(SearchPostings.ArticleOf(posting), list.AsSpan(at), out var digits);
                at += digits;
                list[at++] = (byte)',';
                System.Buffers.Text.Utf8Formatter.TryFormat(SearchPostings.PlaceOf(posting), list.AsSpan(at), out digits);
                at += digits;
                list[at++] = (byte)',';
            }

            list[at - 1] = (byte)']';
            json.WritePropertyName(word);
            json.WriteRawValue(list.AsSpan(0, at), skipInputValidation: true);
        }

        json.WriteEndObject();
    }

    [ThreadStatic]
    private static byte[]? t_postingsText;

    private static void WriteManifest(Utf8JsonWriter json, int count, IEnumerable<string> shards)
    {
        json.WriteStartObject();
        json.WriteNumber("docs", count);
        json.WriteNumber("chunk", ChunkSize);
        json.WriteStartArray("shards");
        foreach (var shard in shards)
        {
            json.WriteStringValue(shard);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    // One article's row: [title, link, source, date, excerpt] as JSON, and its words; key (RowKeys) is null without a cache.
    // The link and date are made only for a row the cache lacks: RowKeys has just made them for every article.
    private static Row RowOf(SiteModel site, ArticleView article, Cache.CacheStore rows, string? key) =>
        rows.GetOrAdd(key ?? "", () =>
        {
            // One buffer and writer per thread, reset for each entry (100,000 of them at 100,000 articles).
            var (buffer, json) = t_entryWriter ??= NewEntryWriter();
            buffer.ResetWrittenCount();
            json.Reset(buffer);
            json.WriteStartArray();
            json.WriteStringValue(article.Article.Title);
            json.WriteStringValue(site.Urls.Link(article.Path));
            json.WriteStringValue(article.Source.Name);
            json.WriteStringValue(DateOf(article));
            json.WriteStringValue(article.Excerpt);
            json.WriteEndArray();
            json.Flush();
            var (keywords, titleWords) = Keywords(article);
            return new Row(buffer.WrittenSpan.ToArray(), keywords, titleWords);
        }, WriteRow, ReadRow);

    private static string DateOf(ArticleView article) => article.Article.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "";

    // The article numbered `number` in the index: the index numbers the site's articles oldest first, the reverse of site
    // order, so the usual new report (the newest) is numbered after all the others and leaves their numbers, chunks and
    // postings as they were (TryWriteChanges then writes only what it touched, not the whole index).
    private static ArticleView Numbered(SiteModel site, int number) => site.Articles[site.Articles.Count - 1 - number];

    // Each article's row key by its number: a hash of everything its entry and words are made of.
    private static string[] RowKeys(SiteModel site)
    {
        var keys = new string[site.Articles.Count];
        Parallel.For(0, keys.Length, Parallelism.PerCore, i =>
        {
            var article = Numbered(site, i);
            keys[i] = Cache.CacheStore.Key(["row v2", article.Article.Title, site.Urls.Link(article.Path), article.Source.Name, DateOf(article), article.Excerpt, article.Body.Key,
                article.Article.Entities.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), .. article.Article.Entities, .. article.Article.Tags]);
        });
        return keys;
    }

    // A chunk of entries is made from its rows alone: the hash of their keys (and of the format) is its fingerprint.
    private static UInt128 ChunkFingerprint(string[] keys, int chunk)
    {
        var first = chunk * ChunkSize;
        return System.IO.Hashing.XxHash128.HashToUInt128(System.Text.Encoding.UTF8.GetBytes(
            "chunk v1 " + string.Join(' ', keys.AsSpan(first, Math.Min(ChunkSize, keys.Length - first)).ToArray())));
    }

    private static byte[] WriteRow(Row row) => Cache.BinaryCoding.Write(writer =>
    {
        writer.Write(row.Entry.Length);
        writer.Write(row.Entry);
        writer.Write(row.Keywords);
        writer.Write(row.TitleWords);
    });

    private static Row ReadRow(byte[] bytes) => Cache.BinaryCoding.Read(bytes, reader => new Row(reader.ReadBytes(reader.ReadInt32()), reader.ReadString(), reader.ReadInt32()));

    [ThreadStatic]
    private static (System.Buffers.ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Json)? t_entryWriter;

    private static (System.Buffers.ArrayBufferWriter<byte>, Utf8JsonWriter) NewEntryWriter()
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(16 * 1024);
        return (buffer, new Utf8JsonWriter(buffer, Options));
    }

    /// <summary>
    /// The distinct lowercase words of a text (runs of letters and digits, two characters or more), in
    /// order of first appearance, space-separated. A body's are made with its HTML (from the same parse)
    /// and cached with it, so the index never parses markdown.
    /// </summary>
    public static string Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lower = text.ToLowerInvariant();
        var keywords = new System.Text.StringBuilder(text.Length / 2);
        // About one distinct word in three of a news text's words (~6 characters each with the space): sized once, not grown.
        // Words are kept as places in the text, so no word becomes a string of its own.
        var seen = new HashSet<(int Start, int Length)>(text.Length / 18, new WordsOf(lower));
        AppendNew(lower, keywords, (start, length) => seen.Add((start, length)));
        return keywords.ToString();
    }

    // The article's own words: the title's first, then names, tags and source, so they rank, then the body's not seen
    // among them; and how many are the title's. The body's words are distinct already, so only the few words of the
    // head are kept in a set.
    private static (string Keywords, int TitleWords) Keywords(ArticleView article)
    {
        var bodyWords = article.Body.SearchWords;
        var title = article.Article.Title.ToLowerInvariant();
        // A maintainer's summary is found as the names are: it is what the results show (and in the row's key as the excerpt).
        var head = string.Join(' ', [.. article.Article.Entities, .. article.Article.Tags, article.Article.Source, article.Article.Summary ?? ""]).ToLowerInvariant();
        var seen = new HashSet<string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var keywords = new System.Text.StringBuilder(title.Length + head.Length + bodyWords.Length + 2);
        AppendNew(title, keywords, (start, length) => seen.Add(title.AsSpan(start, length)));
        var titleWords = seen.Set.Count;
        AppendNew(head, keywords, (start, length) => seen.Add(head.AsSpan(start, length)));
        AppendNew(bodyWords, keywords, (start, length) => !seen.Contains(bodyWords.AsSpan(start, length)));
        return (keywords.ToString(), titleWords);
    }

    // One scan: each word (two characters or more) that isNew(start, length) accepts is appended.
    private static void AppendNew(string text, System.Text.StringBuilder keywords, Func<int, int, bool> isNew)
    {
        for (var start = 0; start < text.Length;)
        {
            if (!IsWordChar(text[start]))
            {
                start++;
                continue;
            }

            var end = start + 1;
            while (end < text.Length && IsWordChar(text[end]))
            {
                end++;
            }

            if (end - start > 1 && isNew(start, end - start))
            {
                keywords.Append(keywords.Length == 0 ? "" : " ").Append(text.AsSpan(start, end - start));
            }

            start = end;
        }
    }

    // Words of one text, as (start, length), equal when their characters are.
    private sealed class WordsOf(string text) : IEqualityComparer<(int Start, int Length)>
    {
        public bool Equals((int Start, int Length) x, (int Start, int Length) y) =>
            text.AsSpan(x.Start, x.Length).SequenceEqual(text.AsSpan(y.Start, y.Length));

        public int GetHashCode((int Start, int Length) word) => string.GetHashCode(text.AsSpan(word.Start, word.Length));
    }

    private static bool IsWordChar(char c) => char.IsLetter(c) || char.IsNumber(c);
}
