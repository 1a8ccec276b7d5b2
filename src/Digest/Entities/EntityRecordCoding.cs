using Digest.Cache;
using static Digest.Content.ArticleCoding;

namespace Digest.Entities;

/// <summary>
/// Bytes of the records an <c>entities.yml</c> was parsed into, for the build cache: an <c>entities.yml</c> of 20,000
/// names took 0.4 s to parse (YamlDotNet's model of it is most of that, and its garbage cost as much again in
/// collections), at every build that ingests a seed.
/// </summary>
internal static class EntityRecordCoding
{
    public static byte[] Write(IReadOnlyList<Entity> entities) => BinaryCoding.Write(writer =>
    {
        writer.Write(entities.Count);
        foreach (var e in entities)
        {
            writer.Write(e.Name);
            writer.Write((int)e.Type);
            writer.Write(e.Slug);
            Optional(writer, e.Description);
            Optional(writer, e.Link);
            writer.WriteStrings([.. e.Aliases]);
            writer.WriteStrings([.. e.Demonyms]);
            Optional(writer, e.DemonymOf);
            writer.Write((int)e.Origin);
            writer.Write(e.ArticleCount);
            writer.WriteStrings([.. e.Spellings]);
        }
    });

    public static List<Entity> Read(byte[] bytes) => BinaryCoding.Read(bytes, reader =>
    {
        var entities = new List<Entity>(reader.ReadInt32());
        for (var i = entities.Capacity; i > 0; i--)
        {
            entities.Add(new Entity
            {
                Name = reader.ReadString(),
                Type = (EntityType)reader.ReadInt32(),
                Slug = reader.ReadString(),
                Description = Optional(reader),
                Link = Optional(reader),
                Aliases = reader.ReadStrings(),
                Demonyms = reader.ReadStrings(),
                DemonymOf = Optional(reader),
                Origin = (EntityOrigin)reader.ReadInt32(),
                ArticleCount = reader.ReadInt32(),
                Spellings = reader.ReadStrings(),
            });
        }

        return entities;
    });
}
