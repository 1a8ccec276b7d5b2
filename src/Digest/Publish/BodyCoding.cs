using Digest.Cache;

namespace Digest.Publish;

/// <summary>
/// Bytes of what publish makes of an article body (HTML, excerpt, search words), for the build cache. Each
/// part can be read alone: the others are skipped, not decoded.
/// </summary>
internal static class BodyCoding
{
    public static byte[] Write((string Html, string Excerpt, string SearchWords) body) => BinaryCoding.Write(writer =>
    {
        writer.Write(body.Html);
        writer.Write(body.Excerpt);
        writer.Write(body.SearchWords);
    });

    public static string ReadHtml(byte[] bytes) => ReadPart(bytes, 0);

    public static string ReadExcerpt(byte[] bytes) => ReadPart(bytes, 1);

    public static string ReadSearchWords(byte[] bytes) => ReadPart(bytes, 2);

    private static string ReadPart(byte[] bytes, int index) => BinaryCoding.Read(bytes, reader =>
    {
        for (var i = 0; i < index; i++)
        {
            reader.BaseStream.Seek(reader.Read7BitEncodedInt(), SeekOrigin.Current);
        }

        return reader.ReadString();
    });
}
