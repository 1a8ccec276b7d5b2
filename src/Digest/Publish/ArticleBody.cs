using Digest.Cache;
using Digest.Publish.Output;

namespace Digest.Publish;

/// <summary>
/// An article's body as publish renders it: HTML with its entity links, and the distinct words the search
/// index takes from it. With the build cache on, the text stays in the cache file the build put it in and is
/// read when a page, a feed or the index needs it: 100,000 bodies held through a publish cost over a
/// gigabyte of memory. Without the cache it is held. Fingerprints hash it as its <see cref="Key"/>, made from
/// everything the body is made of.
/// </summary>
public sealed class ArticleBody : IHashedByKey, IEquatable<ArticleBody>
{
    private readonly CacheStore? _store;
    private readonly string? _html;
    private readonly string? _searchWords;

    private ArticleBody(string key, CacheStore? store, string? html, string? searchWords)
    {
        Key = key;
        _store = store;
        _html = html;
        _searchWords = searchWords;
    }

    /// <summary>A hash of what the body is made from (the markdown and the entity links it gets).</summary>
    public string Key { get; }

    /// <summary>The body rendered by <see cref="Content.SafeMarkdown"/>.</summary>
    public string Html => _html ?? BodyCoding.ReadHtml(Stored());

    /// <summary>The distinct words of the body (<see cref="SearchIndexWriter.Words"/>).</summary>
    public string SearchWords => _searchWords ?? BodyCoding.ReadSearchWords(Stored());

    /// <summary>A body held in memory.</summary>
    public static ArticleBody Held(string key, string html, string searchWords) => new(key, null, html, searchWords);

    /// <summary>
    /// The body of <paramref name="key"/> and its excerpt: read from <paramref name="store"/>, or made by
    /// <paramref name="make"/> and put there; held in memory when the store is disabled.
    /// </summary>
    public static (ArticleBody Body, string Excerpt) Of(string key, CacheStore store, Func<(string Html, string Excerpt, string SearchWords)> make)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(make);
        if (!store.Enabled)
        {
            var (html, excerpt, words) = make();
            return (Held(key, html, words), excerpt);
        }

        // The excerpt is also kept on its own: a publish after a small change reads every article's excerpt and
        // few bodies (reading each whole body for its excerpt cost an incremental 10k build 200 MB of copies).
        var cached = new ArticleBody(key, store, null, null);
        if (store.Touch(key) && store.TryGet(ExcerptKey(key), out var kept))
        {
            return (cached, System.Text.Encoding.UTF8.GetString(kept));
        }

        if (store.TryGet(key, out var bytes))
        {
            var read = BodyCoding.ReadExcerpt(bytes);
            store.Set(ExcerptKey(key), System.Text.Encoding.UTF8.GetBytes(read));
            return (cached, read);
        }

        var made = make();
        store.Set(key, BodyCoding.Write(made));
        store.Set(ExcerptKey(key), System.Text.Encoding.UTF8.GetBytes(made.Excerpt));
        return (cached, made.Excerpt);
    }

    private static string ExcerptKey(string key) => key + "+excerpt";

    private byte[] Stored() => _store!.TryGet(Key, out var bytes)
        ? bytes
        : throw new InvalidOperationException($"The build cache lost the body {Key} it stored in this build.");

    /// <inheritdoc/>
    public bool Equals(ArticleBody? other) => other is not null && Key == other.Key;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ArticleBody);

    /// <inheritdoc/>
    public override int GetHashCode() => Key.GetHashCode(StringComparison.Ordinal);
}
