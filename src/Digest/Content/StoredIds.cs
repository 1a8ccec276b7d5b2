using Digest.Cache;

namespace Digest.Content;

/// <summary>
/// What ingest reads of a stored article before, or without, the whole of it: its slug and seed (to find it), its draft
/// mark and the story and topic ids the previous build gave it (which dedup keeps where groups still agree). Kept in the
/// parsed-articles cache beside the article, so an article ingest wrote and nobody touched since is not decoded at all:
/// it is made again from its seed, and the publish of the same build takes that one.
/// </summary>
/// <param name="Slug">The article's slug.</param>
/// <param name="Seed">The seed it was made from, if any.</param>
/// <param name="Story">Its story id.</param>
/// <param name="Topic">Its topic id, if any.</param>
/// <param name="Draft">Whether it is a draft.</param>
internal sealed record StoredIds(string Slug, string? Seed, string Story, string? Topic, bool Draft)
{
    /// <summary>The ids of <paramref name="article"/>.</summary>
    public static StoredIds Of(Article article) => new(article.Slug, article.Seed, article.Story, article.Topic, article.Draft);

    /// <summary>The cache key of the ids of the file whose bytes have the key <paramref name="fileKey"/>.</summary>
    public static string KeyOf(string fileKey) => fileKey + "+ids";

    /// <summary>As bytes for the cache.</summary>
    public byte[] Write() => BinaryCoding.Write(writer =>
    {
        writer.Write(Slug);
        ArticleCoding.Optional(writer, Seed);
        writer.Write(Story);
        ArticleCoding.Optional(writer, Topic);
        writer.Write(Draft);
    });

    /// <summary>The ids of bytes made by <see cref="Write"/>.</summary>
    public static StoredIds Read(byte[] bytes) => BinaryCoding.Read(bytes, reader =>
        new StoredIds(reader.ReadString(), ArticleCoding.Optional(reader), reader.ReadString(), ArticleCoding.Optional(reader), reader.ReadBoolean()));

    /// <summary>
    /// An article that carries these ids and nothing else: what dedup reads of the previous build's articles (it keeps
    /// their story and topic ids where the groups agree), and no more.
    /// </summary>
    public Article AsPrevious() => new() { Title = "", Slug = Slug, Seed = Seed, Story = Story, Topic = Topic, Draft = Draft };
}
