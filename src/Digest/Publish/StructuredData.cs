using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Digest.Publish;

/// <summary>schema.org JSON-LD for article pages.</summary>
public static class StructuredData
{
    // The default encoder escapes <, > and & as \u003C …, so the JSON can never close its script element.
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    /// <summary>A <c>NewsArticle</c> object for an article, safe to embed in a script element.</summary>
    public static string NewsArticle(SiteModel site, ArticleView article)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(article);
        var node = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["headline"] = article.Article.Title,
            ["description"] = article.Excerpt,
            ["url"] = site.Urls.Absolute(article.Path),
            ["mainEntityOfPage"] = site.Urls.Absolute(article.Path),
            ["inLanguage"] = article.Article.Language,
        };
        if (!Sources.IsUnknown(article.Article.Source))
        {
            node["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = article.Article.Source };
        }

        if (article.Article.Date is { } date)
        {
            node["datePublished"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (article.Modified is { } modified)
        {
            node["dateModified"] = modified.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        // The digest's page republishes the report: schema.org's isBasedOn names the work it comes from.
        if (article.OriginalUrl is { } original)
        {
            node["isBasedOn"] = original;
        }

        if (article.Article.Dateline is { Length: > 0 } dateline)
        {
            node["dateline"] = Entities.Recognition.DatelinePlaces.TitleCase(dateline);
        }

        if (article.Article.Byline is { } byline)
        {
            node["author"] = new JsonObject { ["@type"] = "Person", ["name"] = byline };
        }

        if (article.Article.Entities.Count > 0)
        {
            node["about"] = new JsonArray(article.Article.Entities.Select(e => (JsonNode)new JsonObject { ["@type"] = "Thing", ["name"] = e }).ToArray());
        }

        if (article.Article.Tags.Count > 0)
        {
            node["keywords"] = string.Join(", ", article.Article.Tags);
        }

        return node.ToJsonString(Options);
    }
}
