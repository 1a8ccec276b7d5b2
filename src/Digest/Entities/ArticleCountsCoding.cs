using System.IO.Hashing;
using System.Runtime.InteropServices;
using Digest.Cache;

namespace Digest.Entities;

/// <summary>
/// Bytes for the build cache of what <see cref="EntityCatalog.WithArticles"/> counts: each entity's count of reports
/// and each name's spellings. They are kept under a hash of the articles' surface keys and which articles are
/// copies, so a publish after an edit that changes none of the names an article lists, or how it writes them, does
/// not count every article again.
/// </summary>
internal static class ArticleCountsCoding
{
    /// <summary>The key of counting these articles, whose surfaces were kept under <paramref name="surfaceKeys"/>.</summary>
    public static string Key(string[] surfaceKeys, IReadOnlyList<Article> articles, string knownVersion)
    {
        var hash = new XxHash128();
        hash.Append(MemoryMarshal.AsBytes(knownVersion.AsSpan()));
        Span<byte> copy = stackalloc byte[1];
        for (var i = 0; i < surfaceKeys.Length; i++)
        {
            hash.Append(MemoryMarshal.AsBytes(surfaceKeys[i].AsSpan()));
            copy[0] = articles[i].DuplicateOf is null ? (byte)0 : (byte)1;
            hash.Append(copy);
        }

        return "article counts " + Convert.ToHexStringLower(hash.GetCurrentHash());
    }

    /// <summary>The bytes of the counted entities (the catalog's known records first, then the observed names) and spellings.</summary>
    public static byte[] Write(Entity[] entities, int knownCount, Dictionary<string, IReadOnlyList<(string Spelling, int Articles)>> spellings) =>
        BinaryCoding.Write(writer =>
        {
            writer.Write(entities.Length);
            writer.Write(knownCount);
            for (var i = 0; i < entities.Length; i++)
            {
                writer.Write(entities[i].Name);
                if (i >= knownCount)
                {
                    writer.Write((int)entities[i].Type);
                }

                writer.Write(entities[i].ArticleCount);
            }

            writer.Write(spellings.Count);
            foreach (var (name, ranked) in spellings)
            {
                writer.Write(name);
                writer.Write(ranked.Count);
                foreach (var (spelling, articles) in ranked)
                {
                    writer.Write(spelling);
                    writer.Write(articles);
                }
            }
        });

    /// <summary>The counted entities and spellings again, over the same known records; null when the bytes do not fit them (then count afresh).</summary>
    public static (Entity[] Entities, Dictionary<string, IReadOnlyList<(string Spelling, int Articles)>> Spellings)? Read(byte[] bytes, List<Entity> known)
    {
        try
        {
            return BinaryCoding.Read(bytes, reader => Decode(reader, known));
        }
        catch (EndOfStreamException)
        {
            return null;
        }
    }

    private static (Entity[], Dictionary<string, IReadOnlyList<(string, int)>>)? Decode(BinaryReader reader, List<Entity> known)
    {
        var entities = new Entity[reader.ReadInt32()];
        if (reader.ReadInt32() != known.Count || entities.Length < known.Count)
        {
            return null;
        }

        var counts = new int[entities.Length];
        for (var i = 0; i < entities.Length; i++)
        {
            var name = reader.ReadSharedString();
            if (i < known.Count)
            {
                if (!string.Equals(name, known[i].Name, StringComparison.Ordinal))
                {
                    return null;
                }

                entities[i] = known[i];
            }
            else
            {
                entities[i] = new Entity { Name = name, Type = (EntityType)reader.ReadInt32() };
            }

            counts[i] = reader.ReadInt32();
        }

        var names = reader.ReadInt32();
        var spellings = new Dictionary<string, IReadOnlyList<(string, int)>>(names, StringComparer.Ordinal);
        for (; names > 0; names--)
        {
            var name = reader.ReadSharedString();
            var ranked = new List<(string, int)>(reader.ReadInt32());
            for (var k = ranked.Capacity; k > 0; k--)
            {
                ranked.Add((reader.ReadSharedString(), reader.ReadInt32()));
            }

            spellings[name] = ranked;
        }

        for (var i = 0; i < entities.Length; i++)
        {
            entities[i] = entities[i] with
            {
                ArticleCount = counts[i],
                Spellings = spellings.TryGetValue(entities[i].Name, out var ranked) ? ranked.Select(s => s.Item1).ToList() : [],
            };
        }

        return (entities, spellings);
    }
}
