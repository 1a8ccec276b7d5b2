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
    public static void Write(SiteModel site, Stream output)
    {
        ArgumentNullException.ThrowIfNull(site);
        var keywords = new string[Math.Min(Block, site.Articles.Count)];
        using (var json = new Utf8JsonWriter(output, Options))
        {
            json.WriteStartObject();
            json.WriteStartArray("docs");
            for (var start = 0; start < site.Articles.Count; start += Block)
            {
                var count = Math.Min(Block, site.Articles.Count - start);
                Parallel.For(0, count, i => keywords[i] = Keywords(site.Articles[start + i]));
                for (var i = 0; i < count; i++)
                {
                    var article = site.Articles[start + i];
                    json.WriteStartArray();
                    json.WriteStringValue(article.Article.Title);
                    json.WriteStringValue(site.Urls.Link(article.Path));
                    json.WriteStringValue(article.Article.Source);
                    json.WriteStringValue(article.Article.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "");
                    json.WriteStringValue(article.Excerpt);
                    json.WriteStringValue(keywords[i]);
                    json.WriteEndArray();
                }

                json.Flush();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }
    }

    /// <summary>
    /// The distinct lowercase words of a text (runs of letters and digits, two characters or more), in
    /// order of first appearance, space-separated. A body's are made with its HTML (from the same parse)
    /// and cached with it, so the index never parses markdown.
    /// </summary>
    public static string Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var keywords = new System.Text.StringBuilder(text.Length / 2);
        // About one distinct word in three of a news text's words (~6 characters each with the space): sized once, not grown.
        var seen = new HashSet<string>(text.Length / 18, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        AppendNew(text.ToLowerInvariant(), seen, keywords, add: true);
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
        AppendNew(head, seen, keywords, add: true);
        AppendNew(bodyWords, seen, keywords, add: false);
        return keywords.ToString();
    }

    // One scan with a set looked up by span, so only words not seen before become strings; with add
    // false the set is only read (the text's own words are known to be distinct).
    private static void AppendNew(string text, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> seen, System.Text.StringBuilder keywords, bool add)
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

            var word = text.AsSpan(start, end - start);
            if (word.Length > 1 && (add ? seen.Add(word) : !seen.Contains(word)))
            {
                keywords.Append(keywords.Length == 0 ? "" : " ").Append(word);
            }

            start = end;
        }
    }

    private static bool IsWordChar(char c) => char.IsLetter(c) || char.IsNumber(c);
}
