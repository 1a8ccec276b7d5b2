using System.Text.RegularExpressions;
using Digest.Content;
using Digest.Entities;

namespace Digest.Tagging;

/// <summary>
/// Files each article under tags: the sidecar's tags when a maintainer set them; otherwise the curated
/// tags of <c>input/tags.yml</c> it matches, then the countries it is most about (the places of the
/// built-in gazetteer among its entities, at most <see cref="MaxCountryTags"/>, in the entities' order),
/// the way a news site files reports under the countries they concern.
/// </summary>
public static partial class TagStage
{
    /// <summary>Most country tags an article gets.</summary>
    public const int MaxCountryTags = 3;

    /// <summary>Tags for each article that has none yet.</summary>
    public static List<Article> Run(IReadOnlyList<Article> articles, EntityCatalog catalog, TagRules rules)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(rules);
        // Each article's tags depend on it alone: both cores share the work, each into its own slot.
        var tagged = new Article[articles.Count];
        Parallel.For(0, articles.Count, i =>
        {
            var a = articles[i];
            tagged[i] = a.Tags.Count > 0 ? a : a with { Tags = TagsOf(a, catalog, rules) };
        });
        return [.. tagged];
    }

    private static List<string> TagsOf(Article article, EntityCatalog catalog, TagRules rules)
    {
        var words = Word().Matches((article.Title + " " + SafeMarkdown.ToPlainText(article.Body)).ToLowerInvariant())
            .Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        var countries = article.Entities
            .Select(catalog.Get)
            .Where(e => e is { Type: EntityType.Place, Origin: EntityOrigin.Gazetteer })
            .Take(MaxCountryTags)
            .Select(e => Slugs.From(e!.Name));
        return rules.TagsOf(article, words).Concat(countries).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList();
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*")]
    private static partial Regex Word();
}
