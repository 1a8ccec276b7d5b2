using System.Buffers.Binary;
using System.IO.Compression;
using System.Runtime.CompilerServices;

namespace Digest.Entities.Recognition;

/// <summary>
/// The averaged perceptron's weights: for each kept feature hash, one 16-bit weight per label.
/// Stored deflated as: "DNER" + version, feature count, ascending hashes as gaps, then the weights label by
/// label. Written by bench/Digest.Train, read once per process.
/// </summary>
internal sealed class TaggerModel
{
    private const int Version = 1;
    private static readonly byte[] Magic = "DNER"u8.ToArray();

    // Open addressing with linear probing over a power-of-two table whose slots hold the feature
    // hash and its weights together: one cache line per feature looked up, where a Dictionary and a
    // separate weight array cost three. Tagging time is these lookups. Hash 0 marks an empty slot.
    private readonly Slot[] _table;
    private readonly int _mask;
    private readonly Slot _zero;

    /// <summary>A model of the given feature rows (hash → row, rows numbered from 0) and weights (row × label).</summary>
    public TaggerModel(Dictionary<uint, int> rows, short[] weights)
        : this(RowHashes(rows), weights)
    {
    }

    // Row i's feature hash is hashes[i]; its weights are weights[i × labels ..]. Read builds the table from these arrays
    // directly: a dictionary of the model's features first (15 of the load's 160 perf samples) was work a build's first
    // edited report waits for.
    private TaggerModel(uint[] hashes, short[] weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, hashes.Length * 2));
        _table = new Slot[size];
        _mask = size - 1;
        FeatureCount = hashes.Length;
        for (var row = 0; row < hashes.Length; row++)
        {
            var hash = hashes[row];
            var slot = new Slot { Hash = hash };
            weights.AsSpan(row * NerTags.Count, NerTags.Count).CopyTo(slot.Weights);
            if (hash == 0)
            {
                _zero = slot;
                continue;
            }

            var i = (int)(Mix(hash) & (uint)_mask);
            while (_table[i].Hash != 0)
            {
                i = (i + 1) & _mask;
            }

            _table[i] = slot;
        }
    }

    /// <summary>Number of features the model knows.</summary>
    public int FeatureCount { get; }

    /// <summary>Adds each known feature's weights to <paramref name="scores"/> (one per label).</summary>
    // Optimised from the first call: tagging calls this millions of times in a build's first seconds,
    // while the runtime's tiering, busy with every method a build starts, left most of those calls in
    // unoptimised code (perf: 72 % of this method's samples at tier 0, the most of any method).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public unsafe void Score(ReadOnlySpan<uint> features, Span<int> scores)
    {
        // The table is far larger than the processor's caches, so each feature's slot is a memory read: all of
        // them are asked for first, so they arrive together instead of one after another (perf: this method's
        // samples in a cold 10k build 829 -> 495). The table sits on the large object heap, which is not
        // compacted, so its addresses hold; a prefetch never faults either way.
        Span<int> first = stackalloc int[features.Length];
        for (var k = 0; k < features.Length; k++)
        {
            first[k] = (int)(Mix(features[k]) & (uint)_mask);
            if (System.Runtime.Intrinsics.X86.Sse.IsSupported)
            {
                System.Runtime.Intrinsics.X86.Sse.Prefetch0(Unsafe.AsPointer(ref _table[first[k]]));
            }
        }

        for (var k = 0; k < features.Length; k++)
        {
            var f = features[k];
            if (f == 0)
            {
                Add(in _zero, scores);
                continue;
            }

            var i = first[k];
            while (_table[i].Hash != 0)
            {
                if (_table[i].Hash == f)
                {
                    Add(in _table[i], scores);
                    break;
                }

                i = (i + 1) & _mask;
            }
        }
    }

    private static void Add(in Slot slot, Span<int> scores)
    {
        ReadOnlySpan<short> w = slot.Weights;
        for (var t = 0; t < NerTags.Count; t++)
        {
            scores[t] += w[t];
        }
    }

    [System.Runtime.CompilerServices.InlineArray(NerTags.Count)]
    private struct Weights
    {
        private short _first;
    }

    private struct Slot
    {
        public uint Hash;
        public Weights Weights;
    }

    private static uint Mix(uint h) => (h ^ (h >> 16)) * 0x45d9f3b;

    private static InvalidDataException WrongLength() => new("a Digest entity model of the wrong length");

    private static uint[] RowHashes(Dictionary<uint, int> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var hashes = new uint[rows.Count];
        foreach (var (hash, row) in rows)
        {
            hashes[row] = hash;
        }

        return hashes;
    }

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    public static TaggerModel Read(Stream stream)
    {
        // Read from memory, inflated in two reads (the header, then the rest at its known length): a BinaryReader over the
        // DeflateStream asked it for two to four bytes at a time (530,000 calls; perf: 62 of the load's 160 samples in
        // inflating through them).
        using var deflate = new DeflateStream(stream, CompressionMode.Decompress);
        Span<byte> header = stackalloc byte[Magic.Length + 8];
        if (deflate.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) != header.Length || !header[..Magic.Length].SequenceEqual(Magic)
            || BinaryPrimitives.ReadInt32LittleEndian(header[Magic.Length..]) != Version)
        {
            throw new InvalidDataException("not a Digest entity model (or a version this build cannot read)");
        }

        var count = BinaryPrimitives.ReadInt32LittleEndian(header[(Magic.Length + 4)..]);
        var length = ((long)count * sizeof(uint)) + ((long)count * NerTags.Count * sizeof(short));
        if (count < 0 || length > Array.MaxLength)
        {
            throw WrongLength();
        }

        var bytes = new byte[length];
        if (deflate.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false) != bytes.Length || deflate.Read(stackalloc byte[1]) != 0)
        {
            throw WrongLength();
        }

        ReadOnlySpan<byte> data = bytes;
        var hashes = new uint[count];
        var hash = 0u;
        for (var i = 0; i < count; i++)
        {
            hash += BinaryPrimitives.ReadUInt32LittleEndian(data[(i * sizeof(uint))..]);
            hashes[i] = hash;
        }

        data = data[(count * sizeof(uint))..];
        var weights = new short[count * NerTags.Count];
        for (var t = 0; t < NerTags.Count; t++)
        {
            for (var i = 0; i < count; i++)
            {
                weights[(i * NerTags.Count) + t] = BinaryPrimitives.ReadInt16LittleEndian(data[(((t * count) + i) * sizeof(short))..]);
            }
        }

        return new TaggerModel(hashes, weights);
    }

    /// <summary>Writes features (in ascending hash order, for a byte-identical file each time) and their weights.</summary>
    public static void Write(Stream stream, IReadOnlyList<(uint Hash, short[] Weights)> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        using var deflate = new DeflateStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(deflate);
        writer.Write(Magic);
        writer.Write(Version);
        var ordered = features.OrderBy(f => f.Hash).ToList();
        writer.Write(ordered.Count);
        // Hashes as gaps from the previous one and weights label by label: both deflate better.
        var previous = 0u;
        foreach (var (hash, _) in ordered)
        {
            writer.Write(hash - previous);
            previous = hash;
        }

        for (var t = 0; t < NerTags.Count; t++)
        {
            foreach (var (_, weights) in ordered)
            {
                writer.Write(weights[t]);
            }
        }
    }
}
