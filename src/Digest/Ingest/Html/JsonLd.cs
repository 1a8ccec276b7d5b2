using System.Text.Json;

namespace Digest.Ingest.Html;

/// <summary>
/// The article facts of a page's JSON-LD (schema.org NewsArticle, Article, BlogPosting …, also
/// inside <c>@graph</c>): headline, datePublished, publisher name and author names.
/// Malformed JSON is ignored: pages often ship broken blocks and the rest of the page still counts.
/// </summary>
internal sealed record JsonLd(string? Headline, string? DatePublished, string? Publisher, string? Author)
{
    public static JsonLd Read(IEnumerable<string> blocks)
    {
        string? headline = null, date = null, publisher = null, author = null;
        foreach (var block in blocks)
        {
            try
            {
                using var document = JsonDocument.Parse(block, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                foreach (var item in Items(document.RootElement))
                {
                    if (!IsArticle(item))
                    {
                        publisher ??= IsType(item, "Organization") || IsType(item, "NewsMediaOrganization") ? Text(item, "name") : null;
                        continue;
                    }

                    headline ??= Text(item, "headline");
                    date ??= Text(item, "datePublished") ?? Text(item, "dateCreated");
                    publisher ??= Name(item, "publisher");
                    author ??= Name(item, "author");
                }
            }
            catch (JsonException)
            {
                // A broken block says nothing; keep what the others say.
            }
        }

        return new JsonLd(headline, date, publisher, author);
    }

    private static IEnumerable<JsonElement> Items(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray().SelectMany(Items))
            {
                yield return item;
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            yield return element;
            if (element.TryGetProperty("@graph", out var graph))
            {
                foreach (var item in Items(graph))
                {
                    yield return item;
                }
            }
        }
    }

    private static bool IsArticle(JsonElement item) =>
        IsType(item, "NewsArticle") || IsType(item, "Article") || IsType(item, "ReportageNewsArticle") || IsType(item, "BlogPosting") ||
        IsType(item, "AnalysisNewsArticle") || IsType(item, "OpinionNewsArticle") || IsType(item, "WebPage") && item.TryGetProperty("datePublished", out _);

    private static bool IsType(JsonElement item, string type)
    {
        if (!item.TryGetProperty("@type", out var value))
        {
            return false;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString() == type,
            JsonValueKind.Array => value.EnumerateArray().Any(v => v.ValueKind == JsonValueKind.String && v.GetString() == type),
            _ => false,
        };
    }

    private static string? Text(JsonElement item, string property) =>
        item.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } s ? s.Trim() : null;

    // "publisher": {"name": …} or "author": [{"name": …}, …] or a plain string.
    private static string? Name(JsonElement item, string property)
    {
        if (!item.TryGetProperty(property, out var value))
        {
            return null;
        }

        var names = (value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : Enumerable.Repeat(value, 1))
            .Select(v => v.ValueKind == JsonValueKind.String ? v.GetString() : v.ValueKind == JsonValueKind.Object ? Text(v, "name") : null)
            .Where(n => !string.IsNullOrWhiteSpace(n) && !n!.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            .Select(n => n!.Trim())
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return names.Count == 0 ? null : string.Join(" and ", names);
    }
}
