using System.IO.Compression;

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

    private readonly Dictionary<uint, int> _rows;
    private readonly short[] _weights;

    /// <summary>A model of the given feature rows (hash → row) and weights (row × label).</summary>
    public TaggerModel(Dictionary<uint, int> rows, short[] weights)
    {
        _rows = rows;
        _weights = weights;
    }

    /// <summary>Number of features the model knows.</summary>
    public int FeatureCount => _rows.Count;

    /// <summary>Adds each known feature's weights to <paramref name="scores"/> (one per label).</summary>
    public void Score(ReadOnlySpan<uint> features, Span<int> scores)
    {
        foreach (var f in features)
        {
            if (_rows.TryGetValue(f, out var row))
            {
                var w = _weights.AsSpan(row * NerTags.Count, NerTags.Count);
                for (var t = 0; t < NerTags.Count; t++)
                {
                    scores[t] += w[t];
                }
            }
        }
    }

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    public static TaggerModel Read(Stream stream)
    {
        using var deflate = new DeflateStream(stream, CompressionMode.Decompress);
        using var reader = new BinaryReader(deflate);
        var magic = reader.ReadBytes(Magic.Length);
        if (!magic.AsSpan().SequenceEqual(Magic) || reader.ReadInt32() != Version)
        {
            throw new InvalidDataException("not a Digest entity model (or a version this build cannot read)");
        }

        var count = reader.ReadInt32();
        var rows = new Dictionary<uint, int>(count);
        var hash = 0u;
        for (var i = 0; i < count; i++)
        {
            hash += reader.ReadUInt32();
            rows.Add(hash, i);
        }

        var weights = new short[count * NerTags.Count];
        for (var t = 0; t < NerTags.Count; t++)
        {
            for (var i = 0; i < count; i++)
            {
                weights[(i * NerTags.Count) + t] = reader.ReadInt16();
            }
        }

        return new TaggerModel(rows, weights);
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
