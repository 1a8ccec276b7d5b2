using Digest.Cache;
using Digest.Entities.Normalisation;
using Digest.Entities.Recognition;

namespace Digest.Entities;

/// <summary>Recognition then folding: texts in, each text's entities under their canonical names out.</summary>
internal static class EntityResolver
{
    /// <summary>One text's entities, folded within the text only.</summary>
    /// <param name="text">The article's text.</param>
    /// <param name="catalog">Known entities.</param>
    /// <param name="cache">Where recognised mentions are kept between builds, if anywhere (recognition is the costly part).</param>
    public static List<LocalEntity> Local(string text, EntityCatalog catalog, CacheStore? cache = null)
    {
        if (cache is not { Enabled: true })
        {
            return ArticleFolding.Fold(text, EntityRecognizer.Recognize(text, catalog), catalog);
        }

        // The mentions and how they fold are kept apart: publish reads the mentions alone.
        var key = CacheStore.Key(catalog.KnownVersion, text);
        var mentions = cache.GetOrAdd(key, () => EntityRecognizer.Recognize(text, catalog), MentionCoding.Write, MentionCoding.Read);
        var foldedKey = "folded " + key;
        if (cache.TryGet(foldedKey, out var bytes) && FoldingCoding.Read(bytes, mentions, catalog) is { } cached)
        {
            return cached;
        }

        var folded = ArticleFolding.Fold(text, mentions, catalog);
        cache.Set(foldedKey, FoldingCoding.Write(folded, mentions));
        return folded;
    }

    /// <summary>Each text's canonical entity names, in order of first mention, each once.</summary>
    public static List<List<string>> Resolve(IReadOnlyList<string> texts, EntityCatalog catalog, CacheStore? cache = null)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var local = new List<LocalEntity>[texts.Count];
        // Texts are independent and each result goes to its own slot: parallel yet deterministic.
        Parallel.For(0, texts.Count, i => local[i] = Local(texts[i], catalog, cache));
        return CorpusFolding.Fold(local)
            .Select(article => article.Select(e => e.Name).Distinct(StringComparer.Ordinal).ToList())
            .ToList();
    }
}
