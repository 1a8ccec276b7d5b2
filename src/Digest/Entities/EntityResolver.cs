using Digest.Cache;
using Digest.Entities.Normalisation;
using Digest.Entities.Recognition;

namespace Digest.Entities;

/// <summary>Recognition then folding: texts in, each text's entities under their canonical names out.</summary>
internal static class EntityResolver
{
    private const string FoldedPrefix = "folded ";
    private const string LocalNamesPrefix = "local names ";

    /// <summary>One text's entities, folded within the text only.</summary>
    /// <param name="text">The article's text.</param>
    /// <param name="catalog">Known entities.</param>
    /// <param name="cache">Where recognised mentions are kept between builds, if anywhere (recognition is the costly part).</param>
    public static List<LocalEntity> Local(string text, EntityCatalog catalog, CacheStore? cache = null) =>
        Local(() => CacheStore.Key(catalog.KnownVersion, text), () => text, t => EntityRecognizer.Recognize(t, catalog), catalog, cache);

    /// <summary>
    /// An article's entities (recognised in <see cref="ArticleText.Of"/>), folded within the article only.
    /// The cache key is made from the title and body the text comes from, so a cached article's text is
    /// never put together (a copy of every body, and fresh memory is slow to touch).
    /// </summary>
    public static List<LocalEntity> Local(Article article, EntityCatalog catalog, CacheStore? cache = null) =>
        Local(article, catalog, cache, key: null);

    // As above, with the mentions' key when it is made already (null: made here, and only if the cache is used).
    private static List<LocalEntity> Local(Article article, EntityCatalog catalog, CacheStore? cache, string? key)
    {
        var dateline = ArticleText.DatelineLine(article);
        var nounCapitals = NounCapitals.Capitalises(article.Language);
        List<Mention> Recognize(string text)
        {
            var mentions = EntityRecognizer.Recognize(text, catalog);
            mentions = nounCapitals ? NounCapitals.Keep(mentions, catalog) : mentions;
            return dateline is null ? mentions : DatelinePlaces.Apply(text, article.Title.Length + 1, dateline, mentions);
        }

        return Local(() => key ?? MentionsKey(article, catalog, dateline, nounCapitals), () => ArticleText.Of(article), Recognize, catalog, cache);
    }

    /// <summary>The cache key of an article's recognised mentions (its local folding's is <c>"folded "</c> and this key).</summary>
    internal static string MentionsKey(Article article, EntityCatalog catalog) =>
        MentionsKey(article, catalog, ArticleText.DatelineLine(article), NounCapitals.Capitalises(article.Language));

    // What the mentions are recognised from.
    private static string MentionsKey(Article article, EntityCatalog catalog, string? dateline, bool nounCapitals) =>
        CacheStore.Key(catalog.KnownVersion, "article text of", article.Title, dateline ?? "", nounCapitals ? "nouns capitalised" : "", article.Body);

    /// <summary>
    /// What folding across articles needs of an article's entities (<see cref="CorpusFolding.Of"/> of <see cref="Local(Article, EntityCatalog, CacheStore?)"/>),
    /// kept in <paramref name="cache"/> on its own: an unchanged article's mentions are not read back.
    /// </summary>
    public static CorpusFolding.LocalName[] LocalNames(Article article, EntityCatalog catalog, CacheStore? cache = null)
    {
        if (cache is not { Enabled: true })
        {
            return CorpusFolding.Of(Local(article, catalog));
        }

        var key = MentionsKey(article, catalog);
        if (cache.TryRead(LocalNamesPrefix + key, LocalNameCoding.From, out var kept))
        {
            // The mentions and their folding stay kept: publish maps them to an article's front-matter names when those change.
            cache.Touch(key);
            cache.Touch(FoldedPrefix + key);
            return kept;
        }

        var names = CorpusFolding.Of(Local(article, catalog, cache, key));
        cache.Set(LocalNamesPrefix + key, LocalNameCoding.Write(names));
        return names;
    }

    private static List<LocalEntity> Local(Func<string> keyOf, Func<string> textOf, Func<string, List<Mention>> recognize, EntityCatalog catalog, CacheStore? cache)
    {
        if (cache is not { Enabled: true })
        {
            var text = textOf();
            return ArticleFolding.Fold(text, recognize(text), catalog);
        }

        // The mentions and how they fold are kept apart: publish reads the mentions alone. The text is put
        // together at most once, and only when something is not cached.
        string? made = null;
        string Text() => made ??= textOf();
        var key = keyOf();
        var mentions = cache.GetOrAdd(key, () => recognize(Text()), MentionCoding.Write, MentionCoding.Read);
        var foldedKey = FoldedPrefix + key;
        if (cache.TryGet(foldedKey, out var bytes) && FoldingCoding.Read(bytes, mentions, catalog) is { } cached)
        {
            return cached;
        }

        var folded = ArticleFolding.Fold(Text(), mentions, catalog);
        cache.Set(foldedKey, FoldingCoding.Write(folded, mentions));
        return folded;
    }

    /// <summary>Each article's canonical entity names, in order of first mention, each once; stopped between articles by <paramref name="cancel"/>.</summary>
    public static List<List<string>> Resolve(IReadOnlyList<Article> articles, EntityCatalog catalog, CacheStore? cache = null, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var local = new CorpusFolding.LocalName[articles.Count][];
        // Articles are independent and each result goes to its own slot: parallel yet deterministic. (What a stopped loop
        // recognised is not kept: the cache is saved only when the ingest ends.)
        Parallel.For(0, articles.Count, Parallelism.PerCoreUntil(cancel), i => local[i] = LocalNames(articles[i], catalog, cache));
        return Folded(local, cache)
            .Select(names => names.Distinct(StringComparer.Ordinal).ToList())
            .ToList();
    }

    // Folding across articles, or its outcome for the same local names, kept by an earlier build.
    private static List<string[]> Folded(CorpusFolding.LocalName[][] local, CacheStore? cache)
    {
        if (cache is not { Enabled: true })
        {
            return CorpusFolding.Fold(local);
        }

        var key = LocalNameCoding.FoldingKey(local);
        if (cache.TryGet(key, out var bytes) && LocalNameCoding.ReadFolded(bytes, local) is { } kept)
        {
            return kept;
        }

        // The variant pairs of the last folding's name keys are taken where a bucket of keys is as it was (VariantPairs).
        var variants = cache.TryRead(VariantPairs.StoreKey, VariantPairs.Read, out var pairs) ? pairs : VariantPairs.None;
        var folded = CorpusFolding.Fold(local, variants);
        cache.Set(key, LocalNameCoding.WriteFolded(local, folded));
        cache.Set(VariantPairs.StoreKey, variants.Write());
        return folded;
    }
}
