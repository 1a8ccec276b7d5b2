using Digest.Cache;
using Digest.Entities.Recognition;

namespace Digest.Entities.Normalisation;

/// <summary>
/// Bytes of how <see cref="ArticleFolding"/> grouped a text's mentions, for the build cache: per local
/// entity its catalog name (empty when unknown) and the indices of its mentions in the recognised
/// list. Folding compares every name of an article with every other, so on a rebuild it cost more than
/// reading the recognised mentions back.
/// </summary>
internal static class FoldingCoding
{
    public static byte[] Write(IReadOnlyList<LocalEntity> entities, IReadOnlyList<Mention> mentions)
    {
        var index = new Dictionary<Mention, int>(mentions.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < mentions.Count; i++)
        {
            index[mentions[i]] = i;
        }

        return BinaryCoding.Write(writer =>
        {
            writer.Write(entities.Count);
            foreach (var entity in entities)
            {
                writer.Write(entity.Known?.Name ?? "");
                writer.Write(entity.Mentions.Count);
                foreach (var mention in entity.Mentions)
                {
                    writer.Write(index[mention]);
                }
            }
        });
    }

    /// <summary>The entities again, over <paramref name="mentions"/>; null when the bytes do not fit them or the catalog (then fold afresh).</summary>
    public static List<LocalEntity>? Read(byte[] bytes, IReadOnlyList<Mention> mentions, EntityCatalog catalog)
    {
        try
        {
            return Decode(bytes, mentions, catalog);
        }
        catch (EndOfStreamException)
        {
            return null;
        }
    }

    private static List<LocalEntity>? Decode(byte[] bytes, IReadOnlyList<Mention> mentions, EntityCatalog catalog) => BinaryCoding.Read(bytes, reader =>
    {
        var entities = new List<LocalEntity>(reader.ReadInt32());
        for (var e = entities.Capacity; e > 0; e--)
        {
            var name = reader.ReadString();
            var known = name.Length == 0 ? null : catalog.Find(name);
            var count = reader.ReadInt32();
            if (count == 0 || (name.Length > 0 && known?.Name != name))
            {
                return null;
            }

            var own = new Mention[count];
            for (var m = 0; m < count; m++)
            {
                var at = reader.ReadInt32();
                if (at < 0 || at >= mentions.Count)
                {
                    return null;
                }

                own[m] = mentions[at];
            }

            var entity = new LocalEntity(known, own[0]);
            if (count > 1)
            {
                entity.Add(own[1..]);
            }

            entities.Add(entity);
        }

        return entities;
    });
}
