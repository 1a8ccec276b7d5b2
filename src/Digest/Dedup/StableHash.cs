namespace Digest.Dedup;

/// <summary>
/// 64-bit hashes that are the same on every run and machine (<see cref="string.GetHashCode()"/> is
/// randomised per process, and System.IO.Hashing cannot be restored here), so fingerprints,
/// MinHash signatures and term ids are deterministic.
/// </summary>
internal static class StableHash
{
    /// <summary>The FNV-1a state before any character: start a streamed hash here, feed it with <see cref="Step"/>, finish with <see cref="Mix"/>.</summary>
    public const ulong FnvOffset = 14695981039346656037UL;

    private const ulong FnvPrime = 1099511628211UL;

    /// <summary>FNV-1a over the UTF-16 code units, then a SplitMix64 finaliser so that low bits are well mixed.</summary>
    public static ulong Of(ReadOnlySpan<char> text)
    {
        var hash = FnvOffset;
        foreach (var c in text)
        {
            hash = Step(hash, c);
        }

        return Mix(hash);
    }

    /// <summary>One FNV-1a step: the state after <paramref name="c"/> (text hashed as it is read, without building a string).</summary>
    public static ulong Step(ulong hash, char c) => (hash ^ c) * FnvPrime;

    /// <summary>Combines two hashes order-sensitively (used for shingles and sequences).</summary>
    public static ulong Combine(ulong seed, ulong value) => Mix(seed ^ (value + 0x9E3779B97F4A7C15UL + (seed << 6) + (seed >> 2)));

    /// <summary>SplitMix64 finaliser: a bijection that spreads every input bit over the output.</summary>
    public static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        x ^= x >> 31;
        return x;
    }
}
