using Digest.Cache;

namespace Digest.Publish;

/// <summary>Bytes of what publish makes of an article body (HTML, excerpt, search words), for the build cache.</summary>
internal static class BodyCoding
{
    public static byte[] Write((string Html, string Excerpt, string SearchWords) body) => BinaryCoding.Write(writer =>
    {
        writer.Write(body.Html);
        writer.Write(body.Excerpt);
        writer.Write(body.SearchWords);
    });

    public static (string Html, string Excerpt, string SearchWords) Read(byte[] bytes) =>
        BinaryCoding.Read(bytes, reader => (reader.ReadString(), reader.ReadString(), reader.ReadString()));
}
