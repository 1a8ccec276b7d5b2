using System.Text.Encodings.Web;
using System.Text.Json;

namespace Digest.Publish;

/// <summary>
/// The compact index the search page's script searches: per article its title, link, source, date,
/// excerpt and the distinct words of its body, entities, tags and source.
/// </summary>
public static class SearchIndexWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // Keywords are made a block of articles at a time (both cores share a block), then written to the file: the
    // index of a large site (150 MB at 100,000 articles) is written without holding it, or every article's
    // keywords, at once.
    private const int Block = 1024;

    /// <summary>Writes the index file into <paramref name="output"/>.</summary>
    public static void Write(SiteModel site, Stream output) => Write(site, output, Cache.CacheStore.Disabled("search-rows"));

    /// <summary>
    /// Writes the index file into <paramref name="output"/>, each article's entry taken from <paramref name="rows"/> when
    /// nothing it is made of changed (after a small change, the index is written again without reading every body).
    /// </summary>
    public static void Write(SiteModel site, Stream output, Cache.CacheStore rows)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(rows);
        var entries = new byte[Math.Min(Block, site.Articles.Count)][];
        using (var json = new Utf8JsonWriter(output, Options))
        {
            json.WriteStartObject();
            json.WriteStartArray("docs");
            for (var start = 0; start < site.Articles.Count; start += Block)
            {
                var count = Math.Min(Block, site.Articles.Count - start);
                Parallel.For(0, count, Parallelism.PerCore, i => entries[i] = Entry(site, site.Articles[start + i], rows));
                for (var i = 0; i < count; i++)
                {
                    json.WriteRawValue(entries[i], skipInputValidation: true);
                }

                json.Flush();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }
    }

    // One article's entry: [title, link, source, date, excerpt, keywords], as JSON.
    private static byte[] Entry(SiteModel site, ArticleView article, Cache.CacheStore rows)
    {
        var link = site.Urls.Link(article.Path);
        var date = article.Article.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "";
        var key = rows.Enabled
            ? Cache.CacheStore.Key([article.Article.Title, link, article.Source.Name, date, article.Excerpt, article.Body.Key,
                article.Article.Entities.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), .. article.Article.Entities, .. article.Article.Tags])
            : "";
        return rows.GetOrAdd(key, () =>
        {
            // One buffer and writer per thread, reset for each entry (100,000 of them at 100,000 articles).
            var (buffer, json) = t_entryWriter ??= NewEntryWriter();
            buffer.ResetWrittenCount();
            json.Reset(buffer);
            json.WriteStartArray();
            json.WriteStringValue(article.Article.Title);
            json.WriteStringValue(link);
            json.WriteStringValue(article.Source.Name);
            json.WriteStringValue(date);
            json.WriteStringValue(article.Excerpt);
            json.WriteStringValue(Keywords(article));
            json.WriteEndArray();
            json.Flush();
            return buffer.WrittenSpan.ToArray();
        }, bytes => bytes, bytes => bytes);
    }

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

    // The article's own words: titles and names first so they rank, then the body's not seen among them.
    // The body's words are distinct already, so only the few words of the head are kept in a set.
    private static string Keywords(ArticleView article)
    {
        var bodyWords = article.Body.SearchWords;
        var head = string.Join(' ', [article.Article.Title, .. article.Article.Entities, .. article.Article.Tags, article.Article.Source]).ToLowerInvariant();
        var seen = new HashSet<string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var keywords = new System.Text.StringBuilder(head.Length + bodyWords.Length + 1);
        AppendNew(head, keywords, (start, length) => seen.Add(head.AsSpan(start, length)));
        AppendNew(bodyWords, keywords, (start, length) => !seen.Contains(bodyWords.AsSpan(start, length)));
        return keywords.ToString();
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
