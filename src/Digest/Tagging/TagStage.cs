using Digest.Content;
using Digest.Entities;

namespace Digest.Tagging;

/// <summary>
/// Files each article under tags: the sidecar's tags when a maintainer set them; otherwise the curated
/// tags of <c>input/tags.yml</c> it matches, then the countries it is most about (the places of the
/// built-in gazetteer among its entities, at most <see cref="MaxCountryTags"/>, in the entities' order),
/// the way a news site files reports under the countries they concern.
/// </summary>
public static class TagStage
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
        Parallel.For(0, articles.Count, Parallelism.PerCore, i =>
        {
            var a = articles[i];
            tagged[i] = a.Tags.Count > 0 ? a : a with { Tags = TagsOf(a, catalog, rules) };
        });
        return [.. tagged];
    }

    private static List<string> TagsOf(Article article, EntityCatalog catalog, TagRules rules)
    {
        // The title and the body's plain text, as recognition reads them (ingest's escaped paragraphs are
        // unescaped without a markdown parse; other bodies go through Markdig).
        var words = rules.IsEmpty ? [] : WordsOf(ArticleText.Of(article).ToLowerInvariant());
        // A demonym files the report under its place: "German officials" concern Germany.
        var countries = article.Entities
            .Select(catalog.Get)
            .Select(e => e?.DemonymOf is { } place ? catalog.Get(place) : e)
            .Where(e => e is { Type: EntityType.Place, Origin: EntityOrigin.Gazetteer })
            .Select(e => Slugs.From(e!.Name))
            .Distinct(StringComparer.Ordinal)
            .Take(MaxCountryTags);
        return rules.TagsOf(article, words).Concat(countries).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The distinct words of <paramref name="text"/>: runs of letters and digits, joined across single hyphens
    /// and apostrophes ("al-Assad", "o'clock"), as the regex <c>[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*</c> finds
    /// them. A scan with a span-keyed set: only words not seen before become strings.
    /// </summary>
    internal static HashSet<string> WordsOf(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var seen = words.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var start = 0; start < text.Length;)
        {
            if (!IsWordChar(text[start]))
            {
                start++;
                continue;
            }

            var end = start + 1;
            while (true)
            {
                while (end < text.Length && IsWordChar(text[end]))
                {
                    end++;
                }

                if (end + 1 < text.Length && text[end] is '-' or '\'' && IsWordChar(text[end + 1]))
                {
                    end += 2;
                    continue;
                }

                break;
            }

            seen.Add(text.AsSpan(start, end - start));
            start = end;
        }

        return words;
    }

    private static bool IsWordChar(char c) => char.IsLetter(c) || char.IsNumber(c);
}
