using System.Globalization;
using System.Runtime.InteropServices;
using Digest.Cache;

namespace Digest.Publish;

/// <summary>
/// What the search index of the previous build was made of, kept in the store of its rows: each article's row key in
/// site order and each word shard's fingerprint (a hash of its file's bytes), and beside it each shard's words and
/// postings. With them, a build in which a few articles changed makes again only the shards and chunks their words and
/// entries are in (<see cref="SearchIndexWriter"/>).
/// </summary>
/// <param name="RowKeys">Each article's row key, in site order.</param>
/// <param name="Shards">Each word shard (ordinal order) and the fingerprint of its file.</param>
internal sealed record SearchIndexState(string[] RowKeys, IReadOnlyList<(string Shard, UInt128 Fingerprint)> Shards)
{
    private const string StateKey = "search index state v1";

    /// <summary>The state the previous build (or this one) stored, if any.</summary>
    public static SearchIndexState? TryRead(CacheStore rows) => rows.TryGet(StateKey, out var bytes)
        ? BinaryCoding.Read(bytes, reader =>
        {
            var keys = reader.ReadStrings().ToArray();
            var shards = new (string, UInt128)[reader.ReadInt32()];
            for (var i = 0; i < shards.Length; i++)
            {
                var shard = reader.ReadString();
                var upper = reader.ReadUInt64();
                shards[i] = (shard, new UInt128(upper, reader.ReadUInt64()));
            }

            return new SearchIndexState(keys, shards);
        })
        : null;

    /// <summary>Stores this state for the next build.</summary>
    public void Store(CacheStore rows) => rows.Set(StateKey, BinaryCoding.Write(writer =>
    {
        writer.WriteStrings(RowKeys);
        writer.Write(Shards.Count);
        foreach (var (shard, fingerprint) in Shards)
        {
            writer.Write(shard);
            writer.Write((ulong)(fingerprint >> 64));
            writer.Write((ulong)fingerprint);
        }
    }));

    /// <summary>Keeps a shard's words and postings under its fingerprint (once: a shard unchanged since is only marked used).</summary>
    public static void KeepShard(CacheStore rows, string shard, UInt128 fingerprint, IReadOnlyList<(string Word, ArraySegment<int> Postings)> words)
    {
        var key = ShardKey(shard, fingerprint);
        if (rows.Touch(key))
        {
            return;
        }

        rows.Set(key, EncodeShard(words));
    }

    // The words and postings in BinaryCoding's frame (a count, then each word as a length-prefixed UTF-8 string, its
    // postings' count and their bytes), written straight into one array of the exact size: the shards of a 100,000-article
    // site hold 17 million postings, which a growing stream copied several times over.
    private static byte[] EncodeShard(IReadOnlyList<(string Word, ArraySegment<int> Postings)> words)
    {
        var size = 4;
        foreach (var (word, postings) in words)
        {
            var length = System.Text.Encoding.UTF8.GetByteCount(word);
            size += SevenBitSize(length) + length + 4 + (postings.Count * 4);
        }

        var bytes = new byte[size];
        var at = 0;
        void Int(int value)
        {
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(at), value);
            at += 4;
        }

        Int(words.Count);
        foreach (var (word, postings) in words)
        {
            var length = System.Text.Encoding.UTF8.GetByteCount(word);
            for (var rest = (uint)length; ; rest >>= 7)
            {
                bytes[at++] = (byte)(rest < 0x80 ? rest : (rest & 0x7F) | 0x80);
                if (rest < 0x80)
                {
                    break;
                }
            }

            at += System.Text.Encoding.UTF8.GetBytes(word, bytes.AsSpan(at));
            Int(postings.Count);
            MemoryMarshal.AsBytes(postings.AsSpan()).CopyTo(bytes.AsSpan(at));
            at += postings.Count * 4;
        }

        return bytes;
    }

    private static int SevenBitSize(int value)
    {
        var size = 1;
        for (var rest = (uint)value; rest >= 0x80; rest >>= 7)
        {
            size++;
        }

        return size;
    }

    /// <summary>Marks a shard's kept words as used by this build (when the store has them), so they outlive builds that do not change them.</summary>
    public static void TouchShard(CacheStore rows, string shard, UInt128 fingerprint) => rows.Touch(ShardKey(shard, fingerprint));

    /// <summary>The words and postings kept for a shard with this fingerprint, or null when the store has none.</summary>
    public static List<(string Word, ArraySegment<int> Postings)>? TryReadShard(CacheStore rows, string shard, UInt128 fingerprint) =>
        rows.TryRead(ShardKey(shard, fingerprint), static reader =>
            {
                var words = new List<(string, ArraySegment<int>)>(reader.ReadInt32());
                for (var i = words.Capacity; i > 0; i--)
                {
                    var word = reader.ReadString();
                    var postings = new int[reader.ReadInt32()];
                    reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(postings.AsSpan()));
                    words.Add((word, postings));
                }

                return words;
            }, out var kept)
            ? kept
            : null;

    private static string ShardKey(string shard, UInt128 fingerprint) =>
        string.Create(CultureInfo.InvariantCulture, $"search shard v1 {shard} {fingerprint:x32}");
}
