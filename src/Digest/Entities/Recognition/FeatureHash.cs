using System.Runtime.CompilerServices;

namespace Digest.Entities.Recognition;

/// <summary>
/// FNV-1a hashing of tagger features. The model stores 32-bit feature hashes instead of feature
/// strings (smaller file, no allocation when tagging); string.GetHashCode is randomised per
/// process, so the hash is spelled out here to stay the same between the trainer and every run.
/// Every method is optimised from its first call: tagging hashes tens of millions of features in a
/// build's first seconds, which the runtime's tiering had left in unoptimised code.
/// </summary>
internal static class FeatureHash
{
    private const uint Offset = 2166136261;
    private const uint Prime = 16777619;

    /// <summary>Hash of a template id.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static uint Start(int template) => Add(Offset, (uint)template);

    /// <summary>Hash of characters.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static uint Of(ReadOnlySpan<char> text)
    {
        var h = Offset;
        foreach (var c in text)
        {
            h = (h ^ c) * Prime;
        }

        return h;
    }

    /// <summary>Folds a 32-bit value into a running hash, byte by byte.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static uint Add(uint hash, uint value)
    {
        hash = (hash ^ (value & 0xFF)) * Prime;
        hash = (hash ^ ((value >> 8) & 0xFF)) * Prime;
        hash = (hash ^ ((value >> 16) & 0xFF)) * Prime;
        return (hash ^ (value >> 24)) * Prime;
    }

    /// <summary>A feature: template id with one value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static uint Feature(int template, uint a) => Add(Start(template), a);

    /// <summary>A feature: template id with two values.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static uint Feature(int template, uint a, uint b) => Add(Add(Start(template), a), b);

    /// <summary>A feature: template id with three values.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static uint Feature(int template, uint a, uint b, uint c) => Add(Add(Add(Start(template), a), b), c);
}
