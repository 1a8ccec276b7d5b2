using System.Text;

namespace Digest.Entities;

/// <summary>Bytes of an article's recognised entities and their surface forms, for the build cache.</summary>
internal static class SurfaceCoding
{
    public static byte[] Write(List<(string Name, EntityType Type, List<string> Surfaces)> surfaces)
    {
        using var memory = new MemoryStream();
        using (var writer = new BinaryWriter(memory, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(surfaces.Count);
            foreach (var (name, type, forms) in surfaces)
            {
                writer.Write(name);
                writer.Write((int)type);
                writer.Write(forms.Count);
                forms.ForEach(writer.Write);
            }
        }

        return memory.ToArray();
    }

    public static List<(string Name, EntityType Type, List<string> Surfaces)> Read(byte[] bytes)
    {
        using var reader = new BinaryReader(new MemoryStream(bytes), Encoding.UTF8);
        var surfaces = new List<(string, EntityType, List<string>)>(reader.ReadInt32());
        for (var i = surfaces.Capacity; i > 0; i--)
        {
            var name = reader.ReadString();
            var type = (EntityType)reader.ReadInt32();
            var forms = new List<string>(reader.ReadInt32());
            for (var j = forms.Capacity; j > 0; j--)
            {
                forms.Add(reader.ReadString());
            }

            surfaces.Add((name, type, forms));
        }

        return surfaces;
    }
}
