using System.Globalization;
using System.Text.Json;
using Digest.Cache;

namespace Digest.Dedup;

/// <summary>
/// The whole stage's outcome kept in the build cache: a build whose articles, settings and previous ids are
/// all as in an earlier one (a rebuild after a change to the theme, the site settings or nothing) takes each
/// article's duplicate_of, story and topic from there instead of clustering every article again.
/// </summary>
public static partial class DedupStage
{
    // Everything the stage reads: each article's title, body and entities (its features), the fields the
    // canonical rule compares (canonical flag, date, source, slug), its previous story and topic (ids are
    // kept where groups agree), and the settings. Only the default rule is keyed (a custom one is code).
    internal static string OutcomeKey(IReadOnlyList<Article> articles, DedupSettings settings, Func<string, Article?> previousOf) =>
        OutcomeKey(articles, FeatureKeys(articles, settings), settings, previousOf);

    // Each article's features key (ArticleFeatures.CacheKey: its title, body and entities), on both cores: the outcome's
    // key is made of them, and the features are then found or kept under them.
    private static string[] FeatureKeys(IReadOnlyList<Article> articles, DedupSettings settings)
    {
        var keys = new string[articles.Count];
        Parallel.For(0, articles.Count, Parallelism.PerCore, i => keys[i] = ArticleFeatures.CacheKey(articles[i], settings));
        return keys;
    }

    private static string OutcomeKey(IReadOnlyList<Article> articles, string[] featureKeys, DedupSettings settings, Func<string, Article?> previousOf)
    {
        var parts = new List<string>((articles.Count * 7) + 2) { "dedup-outcome", JsonSerializer.Serialize(settings, DedupSettingsJson.Default.DedupSettings) };
        for (var i = 0; i < articles.Count; i++)
        {
            var article = articles[i];
            var before = previousOf(article.Slug);
            parts.AddRange(
            [
                article.Slug, featureKeys[i], article.Source,
                article.Date?.ToString("O", CultureInfo.InvariantCulture) ?? "", article.Canonical ? "canonical" : "",
                before?.Story ?? "\0", before?.Topic ?? "\0",
            ]);
        }

        return CacheStore.Key(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(parts));
    }

    private static byte[] WriteOutcome(Article[] result) => BinaryCoding.Write(writer =>
    {
        writer.Write(result.Length);
        foreach (var article in result)
        {
            writer.Write(article.DuplicateOf is not null);
            writer.Write(article.DuplicateOf ?? "");
            writer.Write(article.Story);
            writer.Write(article.Topic ?? "");
        }
    });

    private static Article[] ReadOutcome(IReadOnlyList<Article> articles, byte[] stored) => BinaryCoding.Read(stored, reader =>
    {
        if (reader.ReadInt32() != articles.Count)
        {
            throw new InvalidDataException("A dedup outcome in the build cache does not match its articles: delete .digest-cache/ and build again.");
        }

        var result = new Article[articles.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var isCopy = reader.ReadBoolean();
            var duplicateOf = reader.ReadString();
            result[i] = articles[i] with { DuplicateOf = isCopy ? duplicateOf : null, Story = reader.ReadString(), Topic = reader.ReadString() };
        }

        return result;
    });
}
