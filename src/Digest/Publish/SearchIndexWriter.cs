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

    /// <summary>The index file's bytes.</summary>
    public static byte[] Write(SiteModel site)
    {
        ArgumentNullException.ThrowIfNull(site);
        // Keywords need each body's plain text (a markdown parse): the costly part, shared by both cores.
        var keywords = new string[site.Articles.Count];
        Parallel.For(0, keywords.Length, i => keywords[i] = Keywords(site.Articles[i]));
        using var stream = new MemoryStream(site.Articles.Count * 1024); // about a kilobyte per article
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteStartArray("docs");
            for (var i = 0; i < keywords.Length; i++)
            {
                var article = site.Articles[i];
                json.WriteStartArray();
                json.WriteStringValue(article.Article.Title);
                json.WriteStringValue(site.Urls.Link(article.Path));
                json.WriteStringValue(article.Article.Source);
                json.WriteStringValue(article.Article.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "");
                json.WriteStringValue(article.Excerpt);
                json.WriteStringValue(keywords[i]);
                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return stream.ToArray();
    }

    // Distinct lowercase words (runs of letters and digits, two characters or more) in order of first
    // appearance: titles and names first so they rank. One scan with a set looked up by span, so only
    // words not seen before become strings.
    private static string Keywords(ArticleView article)
    {
        var text = string.Join(' ', [article.Article.Title, .. article.Article.Entities, .. article.Article.Tags, article.Article.Source,
            Content.SafeMarkdown.ToPlainText(article.Article.Body)]).ToLowerInvariant();
        var seen = new HashSet<string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var keywords = new System.Text.StringBuilder(text.Length / 2);
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
            if (word.Length > 1 && seen.Add(word))
            {
                keywords.Append(keywords.Length == 0 ? "" : " ").Append(word);
            }

            start = end;
        }

        return keywords.ToString();
    }

    private static bool IsWordChar(char c) => char.IsLetter(c) || char.IsNumber(c);
}
