using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Digest.Cache;

/// <summary>
/// One file of the build cache (<see cref="ProjectPaths.Cache"/>): results an earlier build computed, keyed by
/// a hash of everything they were computed from, so a build redoes only work whose inputs changed. The
/// file also records a version (the code and curated data the results depend on): a different version
/// starts empty. Thread-safe. Each save counts one generation; an entry neither used nor added for
/// <see cref="KeptUnusedSaves"/> saves is dropped, so the file follows the site instead of growing, while
/// a store two stages share (ingest and publish each save it every build) keeps the entries of both.
/// </summary>
/// <remarks>
/// Values stay on disk, not in memory: opening reads only the file's index (keys and where each value is),
/// a hit reads its one value, and a new value goes straight to the end of the next file. <see cref="Save"/> then
/// appends the new values and an index to the old file when it would not hold more unused bytes than used ones
/// (after a small change: an incremental 10k build copied its 160 MB of kept values every save before), and
/// otherwise completes the next file (the kept old values copied after the new ones, then the index) and moves it
/// into place. A build of 100,000 articles held well over a gigabyte of cached bytes in memory before.
/// The order of values in a file follows the order they were computed in, so two builds of the same
/// inputs can give cache files with other bytes; what the cache gives back never differs.
/// </remarks>
public sealed partial class CacheStore : IDisposable
{
    /// <summary>How many saves an entry outlives unused (ingest and publish each save a shared store once a build).</summary>
    public const int KeptUnusedSaves = 4;

    // The most bytes of kept old values a save copies at once.
    private const int CopyRun = 4 << 20;

    // Unused bytes a file may hold beyond what it uses before a save rewrites it (the index of a small store is rewritten anyway).
    private const long MinCompaction = 1 << 20;

    private readonly string? _path;
    private readonly string _version;
    private readonly int _generation;

    // The previous build's entries: key → slot; each slot's place in the previous file, the save it was
    // last used in, and whether this build used it. A hit only sets its flag (no lock: both cores read
    // the cache all through a build).
    // Keys are held as their 128-bit hashes (IdOf), in memory as in the file: a 100,000-article site's stores hold about a
    // million entries, which as strings were as many objects for every full collection to mark, and tens of megabytes to
    // read at each opening.
    private readonly Dictionary<UInt128, int> _previous;
    private readonly CacheEntry[] _previousEntries;
    private readonly bool[] _hit;
    private SafeFileHandle? _previousFile;
    private MappedFile? _previousMap;
    private readonly long _previousLength;
    private readonly long _previousValuesStart;
    private readonly long _previousWrittenTicks;

    // This build's new values, already written to the next file: key → where.
    private readonly ConcurrentDictionary<UInt128, (long Offset, int Length)> _current = new(64, 1024);
    private readonly Lock _nextFileLock = new();
    private SafeFileHandle? _nextFile;
    private long _nextFileEnd;
    private long _nextValuesStart;

    // New values are gathered here and reach the next file a megabyte at a time: a write per value, from
    // both cores into one file, cost a cold 10k build 0.9 s of processor time (perf: the kernel's copy under
    // the file's lock), ten times what the same bytes cost in large writes. _pending holds the file's bytes
    // from _pendingStart to _nextFileEnd; _nextFileLock guards all three.
    private const int PendingSize = 1 << 20;
    private byte[]? _pending;
    private long _pendingStart;
    private bool _closed;

    private CacheStore(string? path, string version, CacheFile previous)
    {
        _path = path;
        _version = version;
        _generation = previous.Generation + 1;
        _previousFile = previous.Handle;
        _previousMap = previous.Handle is { } handle && previous.Entries.Length > 0 ? MappedFile.TryMap(handle) : null;
        _previousEntries = previous.Entries;
        (_previousLength, _previousValuesStart, _previousWrittenTicks) = (previous.Length, previous.ValuesStart, previous.WrittenTicks);
        _hit = new bool[previous.Entries.Length];
        _previous = new Dictionary<UInt128, int>(previous.Entries.Length);
        for (var i = 0; i < previous.Entries.Length; i++)
        {
            _previous[previous.Entries[i].Key] = i;
        }
    }

    /// <summary>The folder of the store's file (null when caching is off): what a key that names a file does well to name it from, so that a project moved or copied keeps its cache.</summary>
    public string? Folder => _path is null ? null : Path.GetDirectoryName(Path.GetFullPath(_path));

    /// <summary>A store that remembers nothing between builds (caching turned off).</summary>
    public static CacheStore Disabled(string name) => new(null, name, CacheFile.None);

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
        return new CacheStore(path, version, CacheFile.Read(path, version));
    }

    /// <summary>Opens several stores of <paramref name="folder"/> at once (each file read on whichever core is free), in the order named.</summary>
    public static CacheStore[] OpenAll(string? folder, string version, params string[] names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var stores = new CacheStore[names.Length];
        Parallel.For(0, names.Length, Parallelism.PerCore, i => stores[i] = Open(folder, names[i], version));
        return stores;
    }

    /// <summary>A key for a result: a hash of the parts it is computed from (order matters).</summary>
    public static string Key(params ReadOnlySpan<string> parts) => KeyBuilder.KeyOf(parts);

    /// <summary>
    /// The 128-bit hash a store holds a key as (XXH128 of its UTF-16 code units). Two keys with one hash would share an
    /// entry; at 2^-128 a pair, no site meets it.
    /// </summary>
    internal static UInt128 IdOf(string key) => XxHash128.HashToUInt128(MemoryMarshal.AsBytes(key.AsSpan()));

    /// <summary>A key for a result computed from some bytes (a hash of them).</summary>
    public static string KeyOfBytes(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(XxHash128.Hash(bytes));

    /// <summary>False for a <see cref="Disabled"/> store: it keeps nothing, so callers need not compute keys.</summary>
    public bool Enabled => _path is not null;

    /// <summary>The value the previous build (or this one) stored for <paramref name="key"/>.</summary>
    public bool TryGet(string key, out byte[] value)
    {
        ArgumentNullException.ThrowIfNull(key);
        return TryGet(IdOf(key), out value);
    }

    // As TryGet of a key, by the key's id (IdOf).
    private bool TryGet(UInt128 id, out byte[] value)
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        if (_current.TryGetValue(id, out var where))
        {
            value = ReadCurrent(where.Offset, where.Length);
            return true;
        }

        if (_previous.TryGetValue(id, out var slot))
        {
            var entry = _previousEntries[slot];
            value = _previousMap is { } map ? map.Read(entry.Offset, entry.Length).ToArray() : ReadAt(_previousFile!, entry.Offset, entry.Length);
            _hit[slot] = true;
            return true;
        }

        value = [];
        return false;
    }

    /// <summary>
    /// The value the previous build (or this one) stored for <paramref name="key"/>, as <paramref name="read"/> reads it
    /// straight from the store (<see cref="BinaryCoding.Read{T}(ReadOnlySpan{byte}, Func{BinaryReader, T})"/>: it must
    /// not keep the reader's bytes); no array of the value's bytes is made.
    /// </summary>
    public bool TryRead<T>(string key, Func<BinaryReader, T> read, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out T value)
    {
        ArgumentNullException.ThrowIfNull(key);
        return TryRead(IdOf(key), read, out value);
    }

    /// <summary>As <see cref="TryRead{T}(string, Func{BinaryReader, T}, out T)"/>, by the key's id (<see cref="IdOf"/>): for a value whose key is kept as its id.</summary>
    internal bool TryRead<T>(UInt128 id, Func<BinaryReader, T> read, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out T value)
    {
        ArgumentNullException.ThrowIfNull(read);
        ObjectDisposedException.ThrowIf(_closed, this);
        if (TryMapped(id, out var mapped))
        {
            value = BinaryCoding.Read(mapped, read);
            return true;
        }

        if (TryGet(id, out var bytes))
        {
            value = BinaryCoding.Read(bytes, read);
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>The hash (XXH128) of the value stored for <paramref name="key"/>, taken straight from the store: no array of its bytes.</summary>
    public bool TryHash(string key, out UInt128 hash)
    {
        ArgumentNullException.ThrowIfNull(key);
        ObjectDisposedException.ThrowIf(_closed, this);
        var id = IdOf(key);
        if (TryMapped(id, out var mapped))
        {
            hash = XxHash128.HashToUInt128(mapped);
            return true;
        }

        var found = TryGet(id, out var bytes);
        hash = found ? XxHash128.HashToUInt128(bytes) : default;
        return found;
    }

    // The bytes of a value the previous build stored (and this one did not store again), where the store's file is mapped
    // into memory: valid while the store is open. Marks the entry used, as TryGet does.
    private bool TryMapped(UInt128 id, out ReadOnlySpan<byte> value)
    {
        if (_previousMap is { } map && !_current.ContainsKey(id) && _previous.TryGetValue(id, out var slot))
        {
            var entry = _previousEntries[slot];
            value = map.Read(entry.Offset, entry.Length);
            _hit[slot] = true;
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>
    /// Marks the entry for <paramref name="key"/> as used, as <see cref="TryGet(string, out byte[])"/> does, without reading its value: a
    /// result this build did not need but a later one will (kept by the save, however many builds pass without it).
    /// </summary>
    /// <returns>True when the store holds a value for the key.</returns>
    public bool Touch(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        ObjectDisposedException.ThrowIf(_closed, this);
        var id = IdOf(key);
        if (_current.ContainsKey(id))
        {
            return true;
        }

        if (_previous.TryGetValue(id, out var slot))
        {
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
        ObjectDisposedException.ThrowIf(_closed, this);
        if (_path is null)
        {
            return;
        }

        var file = NextFile();
        long offset;
        lock (_nextFileLock)
        {
            _pending ??= new byte[PendingSize];
            if (_nextFileEnd - _pendingStart + value.Length > PendingSize)
            {
                FlushPending(file);
            }

            offset = _nextFileEnd;
            if (value.Length > PendingSize)
            {
                RandomAccess.Write(file, value, offset);
                _pendingStart = offset + value.Length;
            }
            else
            {
                value.CopyTo(_pending, (int)(offset - _pendingStart));
            }

            _nextFileEnd += value.Length;
        }

        _current[IdOf(key)] = (offset, value.Length);
    }

    // Writes the gathered values to the file; the caller holds _nextFileLock.
    private void FlushPending(SafeFileHandle file)
    {
        if (_pending is not null && _nextFileEnd > _pendingStart)
        {
            RandomAccess.Write(file, _pending.AsSpan(0, (int)(_nextFileEnd - _pendingStart)), _pendingStart);
        }

        _pendingStart = _nextFileEnd;
    }

    // A value this build stored: from the gathered bytes while they are not yet written, else from the file.
    private byte[] ReadCurrent(long offset, int length)
    {
        lock (_nextFileLock)
        {
            if (offset >= _pendingStart)
            {
                return _pending!.AsSpan((int)(offset - _pendingStart), length).ToArray();
            }
        }

        return ReadAt(_nextFile!, offset, length);
    }

    /// <summary>
    /// As <see cref="GetOrAdd{T}(string, Func{T}, Func{T, byte[]}, Func{byte[], T})"/>, with the key made only when the
    /// store is enabled (keys hash whole texts; a disabled store just computes), and a cached value read straight from
    /// the store by <paramref name="read"/> (<see cref="TryRead{T}(string, Func{BinaryReader, T}, out T)"/>).
    /// </summary>
    public T GetOrAdd<T>(Func<string> key, Func<T> compute, Func<T, byte[]> write, Func<BinaryReader, T> read)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(compute);
        ArgumentNullException.ThrowIfNull(write);
        if (!Enabled)
        {
            return compute();
        }

        var made = key();
        if (TryRead(made, read, out var kept))
        {
            return kept;
        }

        var value = compute();
        Set(made, write(value));
        return value;
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

    /// <summary>Closes the store's files; a store not saved leaves the cache as it was. A disabled store has none.</summary>
    public void Dispose()
    {
        if (_closed || _path is null)
        {
            return;
        }

        var unsaved = _nextFile is not null;
        CloseFiles();
        if (unsaved)
        {
            File.Delete(NextFilePath);
        }
    }

    private string NextFilePath => $"{_path}.{Environment.ProcessId}.tmp";

    // The file this save will become, begun (with its header) by the first new value.
    private SafeFileHandle NextFile()
    {
        if (_nextFile is { } file)
        {
            return file;
        }

        lock (_nextFileLock)
        {
            if (_nextFile is null)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
                var handle = File.OpenHandle(NextFilePath, FileMode.Create, FileAccess.ReadWrite, FileShare.Read | FileShare.Delete);
                var header = CacheFile.HeaderBytes(_version);
                RandomAccess.Write(handle, header, 0);
                _nextFileEnd = _pendingStart = _nextValuesStart = header.Length;
                _nextFile = handle;
            }

            return _nextFile;
        }
    }

    private void CloseFiles()
    {
        _closed = true;
        _previousMap?.Dispose();
        _previousMap = null;
        _previousFile?.Dispose();
        _nextFile?.Dispose();
        _previousFile = null;
        _nextFile = null;
    }

    private static byte[] ReadAt(SafeFileHandle file, long offset, int length)
    {
        var value = new byte[length];
        ReadFully(file, value, offset);
        return value;
    }

    private static void ReadFully(SafeFileHandle file, Span<byte> destination, long offset)
    {
        for (var read = 0; read < destination.Length;)
        {
            var count = RandomAccess.Read(file, destination[read..], offset + read);
            if (count == 0)
            {
                throw new IOException("A build cache file ended early: delete .digest-cache/ and build again.");
            }

            read += count;
        }
    }
}
