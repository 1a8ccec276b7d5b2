using Digest.Cache;

namespace Digest.Dedup;

/// <summary>Bytes of an article's dedup features, for the build cache.</summary>
internal static class ArticleFeaturesCoding
{
    public static byte[] Write(ArticleFeatures features) => BinaryCoding.Write(writer =>
    {
        writer.Write(features.ExactKey);
        writer.Write(features.WordCount);
        writer.Write(features.ShingleCount);
        writer.WriteArray(features.Signature);
        writer.WriteArray(features.Terms);
        writer.WriteArray(features.Counts);
        writer.WriteArray(features.Names);
    });

    public static ArticleFeatures Read(byte[] bytes) => BinaryCoding.Read(bytes, From);

    /// <summary>The features the reader's bytes hold (made by <see cref="Write"/>); keeps nothing of the bytes.</summary>
    public static ArticleFeatures From(BinaryReader reader) => new(
        reader.ReadUInt64(), reader.ReadInt32(), reader.ReadInt32(),
        reader.ReadArray<uint>(), reader.ReadArray<ulong>(), reader.ReadArray<int>(), reader.ReadArray<ulong>());
}
