using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Digest.Publish;

/// <summary>
/// The compact index the search page's script searches: per article its title, link, source, date,
/// excerpt and the distinct words of its body, entities, tags and source.
/// </summary>
public static partial class SearchIndexWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The index file's bytes.</summary>
    public static byte[] Write(SiteModel site)
    {
        ArgumentNullException.ThrowIfNull(site);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteStartArray("docs");
            foreach (var article in site.Articles)
            {
                json.WriteStartArray();
                json.WriteStringValue(article.Article.Title);
                json.WriteStringValue(site.Urls.Link(article.Path));
                json.WriteStringValue(article.Article.Source);
                json.WriteStringValue(article.Article.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "");
                json.WriteStringValue(article.Excerpt);
                json.WriteStringValue(Keywords(article));
                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return stream.ToArray();
    }

    // Distinct lowercase words in order of first appearance: titles and names first so they rank.
    private static string Keywords(ArticleView article)
    {
        var text = string.Join(' ', [article.Article.Title, .. article.Article.Entities, .. article.Article.Tags, article.Article.Source,
            Content.SafeMarkdown.ToPlainText(article.Article.Body)]);
        var words = Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).Where(w => w.Length > 1).Distinct(StringComparer.Ordinal);
        return string.Join(' ', words);
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
