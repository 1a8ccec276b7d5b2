namespace Digest.Publish.Output;

/// <summary>
/// A record of the site model that keeps the hash <see cref="ModelHasher"/> made of it in itself: the pages that list it
/// find the hash with one read instead of a lookup in the hasher's table. The records that pages list most (an article
/// view is listed about 300,000 times by the pages of a 10,000-article site, a story about 125,000 times) hold one.
/// </summary>
public interface IRemembersHash
{
    /// <summary>The hash a hasher made of this record, if any. Not part of the record's value.</summary>
    RememberedHash RememberedHash { get; set; }
}

/// <summary>
/// Where a record keeps the hash <see cref="ModelHasher"/> made of it (<see cref="IRemembersHash"/>). It is never part of the
/// record's value: any two are equal, so records compare and hash as if it were not there, and the hasher leaves it out.
/// It names the record and the hasher it was made for: a copy made with <c>with</c> carries the original's, which names
/// the original, so the copy is hashed on its own; another hasher hashes the record afresh, as it would without it.
/// </summary>
public readonly struct RememberedHash : IEquatable<RememberedHash>
{
    private readonly Entry? _entry;

    internal RememberedHash(object owner, ModelHasher hasher, UInt128 hash) => _entry = new Entry(owner, hasher, hash);

    /// <summary>Always true: the remembered hash is not part of a record's value.</summary>
    public static bool operator ==(RememberedHash left, RememberedHash right) => true;

    /// <summary>Always false: the remembered hash is not part of a record's value.</summary>
    public static bool operator !=(RememberedHash left, RememberedHash right) => false;

    /// <summary>The hash <paramref name="hasher"/> made of <paramref name="owner"/>, when this one is it.</summary>
    internal bool TryGet(object owner, ModelHasher hasher, out UInt128 hash)
    {
        if (_entry is { } entry && ReferenceEquals(entry.Owner, owner) && ReferenceEquals(entry.Hasher, hasher))
        {
            hash = entry.Hash;
            return true;
        }

        hash = default;
        return false;
    }

    /// <inheritdoc/>
    public bool Equals(RememberedHash other) => true;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is RememberedHash;

    /// <inheritdoc/>
    public override int GetHashCode() => 0;

    // One object, written and read as one reference: a record hashed on both cores at once ends with one of two equal entries.
    private sealed class Entry(object owner, ModelHasher hasher, UInt128 hash)
    {
        public object Owner { get; } = owner;

        public ModelHasher Hasher { get; } = hasher;

        public UInt128 Hash { get; } = hash;
    }
}
