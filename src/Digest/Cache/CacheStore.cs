using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;

namespace Digest.Cache;

/// <summary>
/// One file of the build cache (<see cref="ProjectPaths.Cache"/>): results an earlier build computed, keyed by
/// a hash of everything they were computed from, so a build redoes only work whose inputs changed. The
/// file also records a version (the code and curated data the results depend on): a different version
/// starts empty. Thread-safe. Saving keeps only the entries this build used or added, so the file
/// follows the site instead of growing.
/// </summary>
public sealed class CacheStore
{
    private const string Magic = "digest-cache 1";
    private readonly string? _path;
    private readonly string _version;
    private readonly Dictionary<string, byte[]> _previous;
    private readonly ConcurrentDictionary<string, byte[]> _current;
    private int _added;

    private CacheStore(string? path, string version, Dictionary<string, byte[]> previous)
    {
        _path = path;
        _version = version;
        _previous = previous;
        // Room for every previous entry and many locks: both cores record hits at once, all through a build.
        _current = new ConcurrentDictionary<string, byte[]>(64, Math.Max(31, previous.Count), StringComparer.Ordinal);
    }

    /// <summary>A store that remembers nothing between builds (caching turned off).</summary>
    public static CacheStore Disabled(string name) => new(null, name, new Dictionary<string, byte[]>(StringComparer.Ordinal));

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

    /// <summary>The value the previous build (or this one) stored for <paramref name="key"/>.</summary>
    public bool TryGet(string key, out byte[] value)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (_current.TryGetValue(key, out value!))
        {
            return true;
        }

        if (_previous.TryGetValue(key, out value!))
        {
            _current[key] = value;
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

    /// <summary>Writes what this build used and added (nothing when caching is off or nothing changed).</summary>
    public void Save()
    {
        if (_path is null || (_added == 0 && _current.Count == _previous.Count))
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        var temporary = $"{_path}.{Environment.ProcessId}.tmp";
        using (var writer = new BinaryWriter(File.Create(temporary), Encoding.UTF8))
        {
            writer.Write(Magic);
            writer.Write(_version);
            writer.Write(_current.Count);
            foreach (var (key, value) in _current.OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                writer.Write(key);
                writer.Write(value.Length);
                writer.Write(value);
            }
        }

        File.Move(temporary, _path, overwrite: true);
    }

    // A missing, damaged or other-version file is an empty cache: the cache only ever saves work.
    private static Dictionary<string, byte[]> Read(string path, string version)
    {
        var entries = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return entries;
        }

        try
        {
            using var reader = new BinaryReader(File.OpenRead(path), Encoding.UTF8);
            if (reader.ReadString() != Magic || reader.ReadString() != version)
            {
                return entries;
            }

            var count = reader.ReadInt32();
            for (var i = 0; i < count; i++)
            {
                var key = reader.ReadString();
                entries[key] = reader.ReadBytes(reader.ReadInt32());
            }

            return entries;
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or FormatException or UnauthorizedAccessException)
        {
            return new Dictionary<string, byte[]>(StringComparer.Ordinal);
        }
    }
}
