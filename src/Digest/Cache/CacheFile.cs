using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Digest.Cache;

/// <summary>Where one entry's value is in a cache file, and the save it was last used in.</summary>
internal readonly record struct CacheEntry(string Key, int Used, long Offset, int Length);

/// <summary>
/// The layout of a cache file: a header (magic, version, generation), the values one after another, the
/// index (each key, the save it was last used in, its value's offset and length), then the index's offset
/// in the last eight bytes, so opening a file reads its header and index and no value.
/// </summary>
internal sealed record CacheFile(SafeFileHandle? Handle, CacheEntry[] Entries, int Generation)
{
    private const string Magic = "digest-cache 3";
    private const int HeaderRead = 4096;

    /// <summary>No previous file.</summary>
    public static CacheFile None => new(null, [], 0);

    /// <summary>The header a file of <paramref name="version"/> and <paramref name="generation"/> starts with.</summary>
    public static byte[] HeaderBytes(string version, int generation) => BinaryCoding.Write(writer =>
    {
        writer.Write(Magic);
        writer.Write(version);
        writer.Write(generation);
    });

    /// <summary>The index of <paramref name="entries"/>, placed at <paramref name="offset"/>, and the trailer that points to it.</summary>
    public static byte[] IndexBytes(IReadOnlyCollection<CacheEntry> entries, long offset) => BinaryCoding.Write(writer =>
    {
        writer.Write(entries.Count);
        foreach (var entry in entries)
        {
            writer.Write(entry.Key);
            writer.Write(entry.Used);
            writer.Write(entry.Offset);
            writer.Write(entry.Length);
        }

        writer.Write(offset);
    });

    /// <summary>
    /// Opens the file at <paramref name="path"/> and reads its index; a missing, damaged or other-version
    /// file is an empty cache (the cache only ever saves work). Files other builds of this store left
    /// half-written when they were stopped are removed.
    /// </summary>
    public static CacheFile Read(string path, string version)
    {
        RemoveAbandoned(path);
        if (!File.Exists(path))
        {
            return None;
        }

        SafeFileHandle? handle = null;
        try
        {
            handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);
            var length = RandomAccess.GetLength(handle);
            var head = new byte[(int)Math.Min(length, HeaderRead)];
            RandomAccess.Read(handle, head, 0);
            using var header = new BinaryReader(new MemoryStream(head), Encoding.UTF8);
            if (header.ReadString() != Magic || header.ReadString() != version)
            {
                handle.Dispose();
                return None;
            }

            var generation = header.ReadInt32();
            var valuesStart = header.BaseStream.Position;
            Span<byte> trailer = stackalloc byte[8];
            RandomAccess.Read(handle, trailer, length - 8);
            var indexStart = BitConverter.ToInt64(trailer);
            if (indexStart < valuesStart || indexStart > length - 8)
            {
                throw new InvalidDataException();
            }

            var indexBytes = new byte[length - 8 - indexStart];
            RandomAccess.Read(handle, indexBytes, indexStart);
            using var index = new BinaryReader(new MemoryStream(indexBytes), Encoding.UTF8);
            var count = index.ReadInt32();
            if (count < 0 || count > indexBytes.Length / 17)
            {
                throw new InvalidDataException();
            }

            var entries = new CacheEntry[count];
            for (var i = 0; i < count; i++)
            {
                var entry = new CacheEntry(index.ReadString(), index.ReadInt32(), index.ReadInt64(), index.ReadInt32());
                if (entry.Offset < valuesStart || entry.Length < 0 || entry.Offset + entry.Length > indexStart)
                {
                    throw new InvalidDataException();
                }

                entries[i] = entry;
            }

            return new CacheFile(handle, entries, generation);
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or InvalidDataException or FormatException
            or UnauthorizedAccessException or ArgumentOutOfRangeException or OverflowException)
        {
            handle?.Dispose();
            return None;
        }
    }

    // A build stopped before its save leaves "name.cache.<process id>.tmp"; one whose process is gone is removed.
    private static void RemoveAbandoned(string path)
    {
        var folder = Path.GetDirectoryName(path)!;
        if (!Directory.Exists(folder))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(folder, Path.GetFileName(path) + ".*.tmp"))
        {
            var id = Path.GetExtension(Path.GetFileNameWithoutExtension(file)).TrimStart('.');
            if (int.TryParse(id, System.Globalization.CultureInfo.InvariantCulture, out var pid) && pid != Environment.ProcessId && !IsRunning(pid))
            {
                File.Delete(file);
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
