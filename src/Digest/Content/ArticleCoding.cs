using System.Text;

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
        using var memory = new MemoryStream();
        using (var writer = new BinaryWriter(memory, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(article.Title);
            writer.Write(article.Slug);
            writer.Write(article.Date?.DayNumber ?? -1);
            writer.Write(article.Source);
            Optional(writer, article.Byline);
            Optional(writer, article.Dateline);
            Optional(writer, article.Url);
            writer.Write(article.Language);
            List(writer, article.Tags);
            List(writer, article.Entities);
            writer.Write(article.Story);
            Optional(writer, article.Topic);
            Optional(writer, article.DuplicateOf);
            writer.Write(article.Canonical);
            Optional(writer, article.Seed);
            writer.Write(article.Body);
        }

        return memory.ToArray();
    }

    /// <summary>The article of bytes made by <see cref="Write"/>.</summary>
    public static Article Read(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        using var reader = new BinaryReader(new MemoryStream(bytes), Encoding.UTF8);
        return new Article
        {
            Title = reader.ReadString(),
            Slug = reader.ReadString(),
            Date = reader.ReadInt32() is var day and >= 0 ? DateOnly.FromDayNumber(day) : null,
            Source = reader.ReadString(),
            Byline = Optional(reader),
            Dateline = Optional(reader),
            Url = Optional(reader),
            Language = reader.ReadString(),
            Tags = List(reader),
            Entities = List(reader),
            Story = reader.ReadString(),
            Topic = Optional(reader),
            DuplicateOf = Optional(reader),
            Canonical = reader.ReadBoolean(),
            Seed = Optional(reader),
            Body = reader.ReadString(),
        };
    }

    private static void Optional(BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null)
        {
            writer.Write(value);
        }
    }

    private static string? Optional(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;

    private static void List(BinaryWriter writer, IReadOnlyList<string> values)
    {
        writer.Write(values.Count);
        foreach (var value in values)
        {
            writer.Write(value);
        }
    }

    private static List<string> List(BinaryReader reader)
    {
        var values = new List<string>(reader.ReadInt32());
        for (var i = values.Capacity; i > 0; i--)
        {
            values.Add(reader.ReadString());
        }

        return values;
    }
}
