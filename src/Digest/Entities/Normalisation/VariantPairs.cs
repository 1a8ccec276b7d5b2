using System.IO.Hashing;
using System.Runtime.InteropServices;
using Digest.Cache;

namespace Digest.Entities.Normalisation;

/// <summary>
/// Which name keys are variants of each other (<see cref="NameKey.AreVariants"/>), bucket by bucket of keys with one
/// skeleton (<see cref="NameKey.Skeleton"/>): folding compares keys only within a bucket, so a bucket's pairs depend on
/// its keys alone. Kept in the build cache from one folding to the next, a bucket whose keys are as they were takes its
/// pairs from there: a build whose articles name something new compares the keys of the buckets that changed, not every
/// pair of every bucket (at 100,000 articles, the comparisons were three quarters of folding, on one core).
/// </summary>
internal sealed class VariantPairs
{
    /// <summary>The key the pairs are kept under in the build cache.</summary>
    public const string StoreKey = "folding: variant pairs by bucket";

    // A bucket's pairs by the hash of its keys: positions in the bucket (keys ascending), two numbers a pair.
    private readonly Dictionary<UInt128, int[]> _kept;

    // This build's buckets and pairs (Of), for Write.
    private Dictionary<UInt128, int[]> _found = [];

    private VariantPairs(Dictionary<UInt128, int[]> kept) => _kept = kept;

    private int _bucketsCompared;

    /// <summary>Buckets whose keys <see cref="Of"/> compared (the others' pairs were kept).</summary>
    internal int BucketsCompared => _bucketsCompared;


    /// <summary>Nothing kept: every bucket is compared.</summary>
    public static VariantPairs None => new([]);

    /// <summary>
    /// The variant pairs of each bucket of two keys or more (each bucket's positions into <paramref name="keys"/>, ascending), as
    /// positions in the bucket, two numbers a pair: kept ones where a bucket's keys are as they were, compared ones elsewhere.
    /// The buckets are shared out over the cores. <see cref="Write"/> then keeps this build's.
    /// </summary>
    public int[][] Of(string[] keys, IReadOnlyList<List<int>> buckets)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(buckets);
        var pairs = new int[buckets.Count][];
        var hashes = new UInt128[buckets.Count];
        Parallel.For(0, buckets.Count, Parallelism.PerCore, b =>
        {
            var members = buckets[b];
            hashes[b] = HashOf(keys, members);
            if (!_kept.TryGetValue(hashes[b], out pairs[b]!))
            {
                pairs[b] = Compared(keys, members);
                Interlocked.Increment(ref _bucketsCompared);
            }
        });
        _found = new Dictionary<UInt128, int[]>(buckets.Count);
        for (var b = 0; b < buckets.Count; b++)
        {
            _found[hashes[b]] = pairs[b];
        }

        return pairs;
    }

    // Every pair of the bucket compared.
    private static int[] Compared(string[] keys, List<int> members)
    {
        var found = new List<int>();
        for (var i = 0; i < members.Count; i++)
        {
            for (var j = i + 1; j < members.Count; j++)
            {
                if (NameKey.AreVariants(keys[members[i]], keys[members[j]]))
                {
                    found.Add(i);
                    found.Add(j);
                }
            }
        }

        return [.. found];
    }

    // The hash of a bucket's keys, in order.
    private static UInt128 HashOf(string[] keys, List<int> members)
    {
        var hash = new XxHash128();
        Span<byte> length = stackalloc byte[4];
        foreach (var member in members)
        {
            var key = keys[member];
            BitConverter.TryWriteBytes(length, key.Length);
            hash.Append(length);
            hash.Append(MemoryMarshal.AsBytes(key.AsSpan()));
        }

        return hash.GetCurrentHashAsUInt128();
    }

    /// <summary>The pairs the last <see cref="Of"/> found, for the build cache.</summary>
    public byte[] Write() => BinaryCoding.Write(writer =>
    {
        writer.Write(_found.Count);
        foreach (var (hash, pairs) in _found)
        {
            writer.Write((ulong)(hash >> 64));
            writer.Write((ulong)hash);
            writer.WriteArray(pairs);
        }
    });

    /// <summary>The pairs <see cref="Write"/> kept.</summary>
    public static VariantPairs Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var count = reader.ReadInt32();
        var kept = new Dictionary<UInt128, int[]>(count);
        for (var i = 0; i < count; i++)
        {
            var hash = ((UInt128)reader.ReadUInt64() << 64) | reader.ReadUInt64();
            kept[hash] = reader.ReadArray<int>();
        }

        return new VariantPairs(kept);
    }
}
