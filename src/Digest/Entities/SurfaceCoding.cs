using Digest.Cache;

namespace Digest.Entities;

/// <summary>Bytes of an article's recognised entities and their surface forms, for the build cache.</summary>
internal static class SurfaceCoding
{
    public static byte[] Write(List<(string Name, EntityType Type, List<string> Surfaces)> surfaces) => BinaryCoding.Write(writer =>
    {
        writer.Write(surfaces.Count);
        foreach (var (name, type, forms) in surfaces)
        {
            writer.Write(name);
            writer.Write((int)type);
            writer.WriteStrings(forms);
        }
    });

    public static List<(string Name, EntityType Type, List<string> Surfaces)> Read(byte[] bytes) => BinaryCoding.Read(bytes, reader =>
    {
        var surfaces = new List<(string, EntityType, List<string>)>(reader.ReadInt32());
        for (var i = surfaces.Capacity; i > 0; i--)
        {
            surfaces.Add((reader.ReadSharedString(), (EntityType)reader.ReadInt32(), reader.ReadSharedStrings()));
        }

        return surfaces;
    });
}
