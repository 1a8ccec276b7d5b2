using Digest.Cache;

namespace Digest.Content;

/// <summary>
/// An <see cref="Article"/> as compact bytes for the build cache (every field; markdown cannot hold an
/// article before it has a slug). A field added to <see cref="Article"/> must be added here: a test
/// round-trips an article with every property set.
/// </summary>
public static class ArticleCoding
{
    /// <summary>The bytes of <paramref name="article"/>.</summary>
    public static byte[] Write(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return BinaryCoding.Write(writer => Write(writer, article));
    }

    /// <summary>The cache key of <see cref="Write(Article)"/>'s bytes (<see cref="CacheStore.KeyOfBytes"/>), made without them.</summary>
    public static string KeyOf(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return BinaryCoding.KeyOf(writer => Write(writer, article));
    }

    private static void Write(BinaryWriter writer, Article article)
    {
        writer.Write(article.Title);
        writer.Write(article.Slug);
        writer.Write(article.Date?.DayNumber ?? -1);
        writer.Write(article.Updated?.DayNumber ?? -1);
        writer.Write(article.Source);
        Optional(writer, article.Byline);
        Optional(writer, article.Dateline);
        Optional(writer, article.Url);
        Optional(writer, article.Summary);
        writer.WriteStrings(article.Aliases);
        writer.Write(article.Language);
        writer.WriteStrings(article.Tags);
        writer.WriteStrings(article.Entities);
        writer.Write(article.Story);
        Optional(writer, article.Topic);
        Optional(writer, article.DuplicateOf);
        writer.Write(article.Canonical);
        writer.Write(article.Draft);
        writer.Write(article.Featured);
        Optional(writer, article.Seed);
        writer.Write(article.Body);
    }

    /// <summary>The article of bytes made by <see cref="Write(Article)"/>.</summary>
    public static Article Read(byte[] bytes) => BinaryCoding.Read(bytes, From);

    /// <summary>The article the reader's bytes hold (made by <see cref="Write(Article)"/>); keeps nothing of the bytes.</summary>
    public static Article From(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new Article
        {
            Title = reader.ReadString(),
            Slug = reader.ReadString(),
            Date = reader.ReadInt32() is var day and >= 0 ? DateOnly.FromDayNumber(day) : null,
            Updated = reader.ReadInt32() is var updated and >= 0 ? DateOnly.FromDayNumber(updated) : null,
            Source = reader.ReadSharedString(),
            Byline = Optional(reader),
            Dateline = Optional(reader),
            Url = Optional(reader),
            Summary = Optional(reader),
            Aliases = reader.ReadStrings(),
            Language = reader.ReadSharedString(),
            Tags = reader.ReadSharedStrings(),
            Entities = reader.ReadSharedStrings(),
            Story = reader.ReadString(),
            Topic = Optional(reader),
            DuplicateOf = Optional(reader),
            Canonical = reader.ReadBoolean(),
            Draft = reader.ReadBoolean(),
            Featured = reader.ReadBoolean(),
            Seed = Optional(reader),
            Body = reader.ReadString(),
        };
    }

    /// <summary>Writes a string that may be null.</summary>
    internal static void Optional(BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null)
        {
            writer.Write(value);
        }
    }

    /// <summary>Reads a string written by <see cref="Optional(BinaryWriter, string?)"/>.</summary>
    internal static string? Optional(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;
}
