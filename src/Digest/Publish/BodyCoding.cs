using Digest.Cache;

namespace Digest.Publish;

/// <summary>Bytes of an article body's HTML and excerpt, for the build cache.</summary>
internal static class BodyCoding
{
    public static byte[] Write((string Html, string Excerpt) body) => BinaryCoding.Write(writer =>
    {
        writer.Write(body.Html);
        writer.Write(body.Excerpt);
    });

    public static (string Html, string Excerpt) Read(byte[] bytes) => BinaryCoding.Read(bytes, reader => (reader.ReadString(), reader.ReadString()));
}
