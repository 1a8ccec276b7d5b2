namespace Digest.Dedup;

/// <summary>What the dedup stage needs of one article, computed once (in parallel) and then shared.</summary>
/// <param name="ExactKey">Hash of the normalised headline and body (<see cref="ExactText"/>): equal keys, same text.</param>
/// <param name="WordCount">Words of the normalised body (the "most complete text" of the canonical rule).</param>
/// <param name="ShingleCount">Distinct shingles of the body (the shingles themselves are recomputed by <see cref="ShinglesOf"/> for the few articles that need verifying, to save memory).</param>
/// <param name="Signature">MinHash signature of the body's shingles.</param>
/// <param name="Terms">Term hashes (title and body, stop words out) with their counts, keys ascending.</param>
/// <param name="Counts">Counts of <paramref name="Terms"/>.</param>
/// <param name="Names">Name-word hashes (from entities or capitalised phrases), ascending.</param>
internal sealed record ArticleFeatures(ulong ExactKey, int WordCount, int ShingleCount, uint[] Signature, ulong[] Terms, int[] Counts, ulong[] Names)
{
    /// <summary>The sorted distinct shingles of an article's body (of its headline when the body is empty).</summary>
    public static uint[] ShinglesOf(Article article, DedupSettings settings)
    {
        var words = new List<ulong>(512);
        foreach (var paragraph in PlainText.Paragraphs(article.Body))
        {
            Words.Hashes(paragraph, words);
        }

        if (words.Count == 0)
        {
            Words.Hashes(article.Title, words);
        }

        return Dedup.Shingles.Of(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(words), settings.ShingleSize);
    }

    /// <summary>The features of <paramref name="article"/>, from <paramref name="cache"/> when an earlier build computed them.</summary>
    public static ArticleFeatures Of(Article article, DedupSettings settings, Cache.CacheStore? cache) => cache is null
        ? Of(article, settings)
        : Of(article, settings, cache, CacheKey(article, settings));

    /// <summary>The features of <paramref name="article"/> kept in <paramref name="cache"/> under <paramref name="key"/> (its <see cref="CacheKey"/>), made when absent.</summary>
    public static ArticleFeatures Of(Article article, DedupSettings settings, Cache.CacheStore cache, string key)
    {
        ArgumentNullException.ThrowIfNull(cache);
        return cache.GetOrAdd(() => key, () => Of(article, settings), ArticleFeaturesCoding.Write, ArticleFeaturesCoding.From);
    }

    /// <summary>The key of <paramref name="article"/>'s features in the build cache: everything they are computed from.</summary>
    public static string CacheKey(Article article, DedupSettings settings) => Cache.CacheStore.Key(
        "dedup-features",
        settings.ShingleSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
        settings.MinHashSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
        settings.HeadlineWeight.ToString(System.Globalization.CultureInfo.InvariantCulture),
        article.Title,
        article.Body,
        string.Join('\n', article.Entities));

    /// <summary>Computes the features of <paramref name="article"/> (reads its title, body and entities, and the settings' shingle size, signature size and headline weight).</summary>
    public static ArticleFeatures Of(Article article, DedupSettings settings)
    {
        var paragraphs = PlainText.Paragraphs(article.Body);
        var words = new List<ulong>(512);
        foreach (var paragraph in paragraphs)
        {
            Words.Hashes(paragraph, words);
        }

        var bodyWords = words.Count;
        if (bodyWords == 0)
        {
            Words.Hashes(article.Title, words);
        }

        // The exact key covers headline and body: a copy under another headline is a near copy.
        var exact = ExactText.Key(article.Title, paragraphs);
        var headline = new List<ulong>();
        Words.Hashes(article.Title, headline);

        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(words);
        var shingles = Dedup.Shingles.Of(span, settings.ShingleSize);
        var signature = MinHash.Signature(shingles, settings.MinHashSize);

        // Story and topic terms leave out the page's sentences (sign-up forms, contact blocks):
        // two pages of one site share them whatever the news (Furniture.Sentences).
        if (bodyWords > 0 && paragraphs.Exists(Furniture.HasSentences))
        {
            words.Clear();
            foreach (var paragraph in paragraphs)
            {
                Words.Hashes(Furniture.WithoutSentences(paragraph), words);
            }
        }

        // The headline says what the report is about: it counts several times in the vector.
        for (var k = bodyWords > 0 ? 0 : 1; k < settings.HeadlineWeight; k++)
        {
            words.AddRange(headline);
        }

        // Sorting the word hashes groups equal words: terms and their counts in one pass.
        var content = words.Where(w => !StopWords.Hashes.Contains(w)).ToArray();
        Array.Sort(content);
        var terms = new List<ulong>(content.Length / 2);
        var termCounts = new List<int>(content.Length / 2);
        for (var k = 0; k < content.Length; k++)
        {
            if (k > 0 && content[k] == content[k - 1])
            {
                termCounts[^1]++;
            }
            else
            {
                terms.Add(content[k]);
                termCounts.Add(1);
            }
        }

        var nameHashes = article.Entities.Count > 0
            ? CapitalisedNames.FromEntities(article.Entities)
            : CapitalisedNames.Of(article.Title, paragraphs);
        var names = nameHashes.ToArray();
        Array.Sort(names);
        return new ArticleFeatures(exact, bodyWords, shingles.Length, signature, [.. terms], [.. termCounts], names);
    }
}
