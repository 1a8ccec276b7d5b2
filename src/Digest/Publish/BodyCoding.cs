using System.Text;

namespace Digest.Publish;

/// <summary>Bytes of an article body's HTML and excerpt, for the build cache.</summary>
internal static class BodyCoding
{
    public static byte[] Write((string Html, string Excerpt) body)
    {
        using var memory = new MemoryStream();
        using (var writer = new BinaryWriter(memory, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(body.Html);
            writer.Write(body.Excerpt);
        }

        return memory.ToArray();
    }

    public static (string Html, string Excerpt) Read(byte[] bytes)
    {
        using var reader = new BinaryReader(new MemoryStream(bytes), Encoding.UTF8);
        return (reader.ReadString(), reader.ReadString());
    }
}
