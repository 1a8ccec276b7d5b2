using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;

namespace Digest.Cache;

/// <summary>
/// One file of the build cache (<see cref="ProjectPaths.Cache"/>): results an earlier build computed, keyed by
/// a hash of everything they were computed from, so a build redoes only work whose inputs changed. The
/// file also records a version (the code and curated data the results depend on): a different version
/// starts empty. Thread-safe. Each save counts one generation; an entry neither used nor added for
/// <see cref="KeptUnusedSaves"/> saves is dropped, so the file follows the site instead of growing, while
/// a store two stages share (ingest and publish each save it every build) keeps the entries of both.
/// </summary>
public sealed class CacheStore
{
    /// <summary>How many saves an entry outlives unused (ingest and publish each save a shared store once a build).</summary>
    public const int KeptUnusedSaves = 4;

    private const string Magic = "digest-cache 2";
    private readonly string? _path;
    private readonly string _version;
    // The previous build's entries: key → slot of the value, the save it was last used in, and whether this
    // build used it. A hit only sets its flag (no lock: both cores read the cache all through a build).
    private readonly Dictionary<string, int> _previous;
    private readonly byte[][] _previousValues;
    private readonly int[] _previousUsed;
    private readonly bool[] _hit;
    private readonly ConcurrentDictionary<string, byte[]> _current;
    private readonly int _generation;
    private int _added;

    private CacheStore(string? path, string version, (List<(string Key, byte[] Value, int Used)> Entries, int Generation) previous)
    {
        _path = path;
        _version = version;
        var entries = previous.Entries;
        _previous = new Dictionary<string, int>(entries.Count, StringComparer.Ordinal);
        _previousValues = new byte[entries.Count][];
        _previousUsed = new int[entries.Count];
        _hit = new bool[entries.Count];
        for (var i = 0; i < entries.Count; i++)
        {
            _previous[entries[i].Key] = i;
            (_previousValues[i], _previousUsed[i]) = (entries[i].Value, entries[i].Used);
        }

        _generation = previous.Generation + 1;
        // New results only (hits are flagged above); many locks: both cores add at once.
        _current = new ConcurrentDictionary<string, byte[]>(64, 1024, StringComparer.Ordinal);
    }

    /// <summary>A store that remembers nothing between builds (caching turned off).</summary>
    public static CacheStore Disabled(string name) => new(null, name, ([], 0));

    /// <summary>Opens <c>name.cache</c> in <paramref name="folder"/> (null: caching off) for results of <paramref name="version"/>.</summary>
    public static CacheStore Open(string? folder, string name, string version)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(version);
        if (folder is null)
        {
            return Disabled(name);
        }

        var path = Path.Combine(folder, name + ".cache");
        return new CacheStore(path, version, Read(path, version));
    }

    /// <summary>Opens several stores of <paramref name="folder"/> at once (each file read on whichever core is free), in the order named.</summary>
    public static CacheStore[] OpenAll(string? folder, string version, params string[] names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var stores = new CacheStore[names.Length];
        Parallel.For(0, names.Length, i => stores[i] = Open(folder, names[i], version));
        return stores;
    }

    /// <summary>A key for a result: a hash of the parts it is computed from (order matters).</summary>
    public static string Key(params ReadOnlySpan<string> parts)
    {
        // XXH128 over each part's length and UTF-16 code units: keys tell texts apart, they guard against
        // no attacker, and hashing the characters as they are spares an encoding pass over whole articles.
        var hash = new XxHash128();
        Span<byte> length = stackalloc byte[4];
        foreach (var part in parts)
        {
            ArgumentNullException.ThrowIfNull(part);
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(length, part.Length);
            hash.Append(length);
            hash.Append(MemoryMarshal.AsBytes(part.AsSpan()));
        }

        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }

    /// <summary>A key for a result computed from some bytes (a hash of them).</summary>
    public static string KeyOfBytes(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(XxHash128.Hash(bytes));

    /// <summary>The value the previous build (or this one) stored for <paramref name="key"/>.</summary>
    public bool TryGet(string key, out byte[] value)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (_current.TryGetValue(key, out value!))
        {
            return true;
        }

        if (_previous.TryGetValue(key, out var slot))
        {
            value = _previousValues[slot];
            _hit[slot] = true;
            return true;
        }

        return false;
    }

    /// <summary>Stores a value for <paramref name="key"/>.</summary>
    public void Set(string key, byte[] value)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        _current[key] = value;
        Interlocked.Increment(ref _added);
    }

    /// <summary>False for a <see cref="Disabled"/> store: it keeps nothing, so callers need not compute keys.</summary>
    public bool Enabled => _path is not null;

    /// <summary>
    /// As <see cref="GetOrAdd{T}(string, Func{T}, Func{T, byte[]}, Func{byte[], T})"/>, with the key made only when
    /// the store is enabled (keys hash whole texts); a disabled store just computes.
    /// </summary>
    public T GetOrAdd<T>(Func<string> key, Func<T> compute, Func<T, byte[]> write, Func<byte[], T> read)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(compute);
        return Enabled ? GetOrAdd(key(), compute, write, read) : compute();
    }

    /// <summary>The cached value for <paramref name="key"/>, or computes, stores and returns it.</summary>
    public T GetOrAdd<T>(string key, Func<T> compute, Func<T, byte[]> write, Func<byte[], T> read)
    {
        ArgumentNullException.ThrowIfNull(compute);
        ArgumentNullException.ThrowIfNull(write);
        ArgumentNullException.ThrowIfNull(read);
        if (TryGet(key, out var bytes))
        {
            return read(bytes);
        }

        var value = compute();
        Set(key, write(value));
        return value;
    }

    /// <summary>
    /// Writes the entries this build used or added, and those unused for fewer than <see cref="KeptUnusedSaves"/>
    /// saves (nothing when caching is off or nothing changed).
    /// </summary>
    public void Save()
    {
        if (_path is null || (_added == 0 && Array.TrueForAll(_hit, hit => hit)))
        {
            return;
        }

        var kept = _current.Select(e => (e.Key, e.Value, Used: _generation))
            .Concat(_previous.Where(e => !_current.ContainsKey(e.Key) && (_hit[e.Value] || _generation - _previousUsed[e.Value] < KeptUnusedSaves))
                .Select(e => (e.Key, _previousValues[e.Value], Used: _hit[e.Value] ? _generation : _previousUsed[e.Value])))
            .OrderBy(e => e.Key, StringComparer.Ordinal)
            .ToList();
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        var temporary = $"{_path}.{Environment.ProcessId}.tmp";
        using (var writer = new BinaryWriter(File.Create(temporary), Encoding.UTF8))
        {
            writer.Write(Magic);
            writer.Write(_version);
            writer.Write(_generation);
            writer.Write(kept.Count);
            foreach (var (key, value, used) in kept)
            {
                writer.Write(key);
                writer.Write(used);
                writer.Write(value.Length);
                writer.Write(value);
            }
        }

        File.Move(temporary, _path, overwrite: true);
    }

    // A missing, damaged or other-version file is an empty cache: the cache only ever saves work.
    private static (List<(string Key, byte[] Value, int Used)> Entries, int Generation) Read(string path, string version)
    {
        var empty = (new List<(string, byte[], int)>(), 0);
        if (!File.Exists(path))
        {
            return empty;
        }

        try
        {
            using var reader = new BinaryReader(File.OpenRead(path), Encoding.UTF8);
            if (reader.ReadString() != Magic || reader.ReadString() != version)
            {
                return empty;
            }

            var generation = reader.ReadInt32();
            var count = reader.ReadInt32();
            var entries = new List<(string Key, byte[] Value, int Used)>(Math.Clamp(count, 0, 1 << 20));
            for (var i = 0; i < count; i++)
            {
                var key = reader.ReadString();
                var used = reader.ReadInt32();
                entries.Add((key, reader.ReadBytes(reader.ReadInt32()), used));
            }

            return (entries, generation);
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or FormatException or UnauthorizedAccessException or ArgumentOutOfRangeException)
        {
            return empty;
        }
    }
}
