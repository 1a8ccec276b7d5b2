using Digest.Cache;

namespace Digest.Entities;

/// <summary>
/// Bytes of an article's recognised entities and their surface forms, for the build cache, followed by the article's
/// distinct front-matter names: together, all the entity tally counts of the article (<see cref="TallyState"/> counts an
/// article out by them). <see cref="Read"/> reads the surfaces alone.
/// </summary>
internal static class SurfaceCoding
{
    public static byte[] Write(List<(string Name, EntityType Type, List<string> Surfaces)> surfaces, IReadOnlyList<string> names) => BinaryCoding.Write(writer =>
    {
        writer.Write(surfaces.Count);
        foreach (var (name, type, forms) in surfaces)
        {
            writer.Write(name);
            writer.Write((int)type);
            writer.WriteStrings(forms);
        }

        writer.WriteStrings(names.Distinct(StringComparer.Ordinal).ToList());
    });

    public static List<(string Name, EntityType Type, List<string> Surfaces)> Read(byte[] bytes) => BinaryCoding.Read(bytes, ReadSurfaces);

    /// <summary>The surfaces and the front-matter names, as <see cref="Write"/> wrote them.</summary>
    public static (List<(string Name, EntityType Type, List<string> Surfaces)> Surfaces, List<string> Names) ReadAll(BinaryReader reader) =>
        (ReadSurfaces(reader), reader.ReadSharedStrings());

    private static List<(string Name, EntityType Type, List<string> Surfaces)> ReadSurfaces(BinaryReader reader)
    {
        var surfaces = new List<(string, EntityType, List<string>)>(reader.ReadInt32());
        for (var i = surfaces.Capacity; i > 0; i--)
        {
            surfaces.Add((reader.ReadSharedString(), (EntityType)reader.ReadInt32(), reader.ReadSharedStrings()));
        }

        return surfaces;
    }
}
