using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Digest.Cache;

/// <summary>Where one entry's value is in a cache file, and the save it was last used in.</summary>
/// <param name="Key">The hash of the entry's key (<see cref="CacheStore.IdOf"/>).</param>
/// <param name="Used">The save it was last used in.</param>
/// <param name="Offset">Where its value starts in the file.</param>
/// <param name="Length">Its value's length.</param>
internal readonly record struct CacheEntry(UInt128 Key, int Used, long Offset, int Length);

/// <summary>
/// The layout of a cache file: a header (magic, version, and a fixed-size pointer to the index: its offset, its
/// length, the generation of the save that wrote it and a hash of its bytes), the values, and the index (each key's
/// 128-bit hash, the save it was last used in, its value's offset and length: 32 bytes an entry). Opening a file reads its header and index and no
/// value. A save may append new values and a new index to the file and then move the pointer (one write of a few
/// bytes, last): a save stopped half way leaves the pointer, and so the file, as it was; a torn pointer fails its hash.
/// </summary>
internal sealed record CacheFile(SafeFileHandle? Handle, CacheEntry[] Entries, int Generation)
{
    private const string Magic = "digest-cache 5";

    // Bytes of one entry of the index.
    private const int EntrySize = 16 + 4 + 8 + 4;
    private const int HeaderRead = 4096;

    /// <summary>The size of the pointer at the end of the header.</summary>
    public const int PointerSize = 24;

    /// <summary>No previous file.</summary>
    public static CacheFile None => new(null, [], 0);

    /// <summary>The file's length when it was read.</summary>
    public long Length { get; init; }

    /// <summary>Where the values start (the header's length).</summary>
    public long ValuesStart { get; init; }

    /// <summary>The file's last-write time when it was read (a save appends only to the file it read, as it was).</summary>
    public long WrittenTicks { get; init; }

    /// <summary>The header a file of <paramref name="version"/> starts with, its pointer still empty (at the header's last <see cref="PointerSize"/> bytes).</summary>
    public static byte[] HeaderBytes(string version) => BinaryCoding.Write(writer =>
    {
        writer.Write(Magic);
        writer.Write(version);
        writer.Write(new byte[PointerSize]);
    });

    /// <summary>The index of <paramref name="entries"/>.</summary>
    public static byte[] IndexBytes(IReadOnlyCollection<CacheEntry> entries) => BinaryCoding.Write(writer =>
    {
        writer.Write(entries.Count);
        foreach (var entry in entries)
        {
            writer.Write((ulong)entry.Key);
            writer.Write((ulong)(entry.Key >> 64));
            writer.Write(entry.Used);
            writer.Write(entry.Offset);
            writer.Write(entry.Length);
        }
    });

    /// <summary>Points the header of <paramref name="file"/> (whose values start at <paramref name="valuesStart"/>) at an index already written at <paramref name="indexStart"/>.</summary>
    public static void WritePointer(SafeFileHandle file, long valuesStart, long indexStart, ReadOnlySpan<byte> index, int generation)
    {
        Span<byte> pointer = stackalloc byte[PointerSize];
        BinaryPrimitives.WriteInt64LittleEndian(pointer, indexStart);
        BinaryPrimitives.WriteInt32LittleEndian(pointer[8..], index.Length);
        BinaryPrimitives.WriteInt32LittleEndian(pointer[12..], generation);
        BinaryPrimitives.WriteUInt64LittleEndian(pointer[16..], XxHash64.HashToUInt64(index));
        RandomAccess.Write(file, pointer, valuesStart - PointerSize);
    }

    /// <summary>The file at <paramref name="path"/> if it holds results of <paramref name="version"/>; <see cref="None"/> otherwise (missing, other version, damaged).</summary>
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

            var pointer = header.ReadBytes(PointerSize);
            var valuesStart = header.BaseStream.Position;
            var indexStart = BinaryPrimitives.ReadInt64LittleEndian(pointer);
            var indexLength = BinaryPrimitives.ReadInt32LittleEndian(pointer.AsSpan(8));
            var generation = BinaryPrimitives.ReadInt32LittleEndian(pointer.AsSpan(12));
            if (pointer.Length < PointerSize || indexStart < valuesStart || indexLength < 4 || indexStart + indexLength > length)
            {
                throw new InvalidDataException();
            }

            var indexBytes = new byte[indexLength];
            RandomAccess.Read(handle, indexBytes, indexStart);
            if (XxHash64.HashToUInt64(indexBytes) != BinaryPrimitives.ReadUInt64LittleEndian(pointer.AsSpan(16)))
            {
                throw new InvalidDataException();
            }

            using var index = new BinaryReader(new MemoryStream(indexBytes), Encoding.UTF8);
            var count = index.ReadInt32();
            if (count < 0 || count > (indexBytes.Length - 4) / EntrySize)
            {
                throw new InvalidDataException();
            }

            var entries = new CacheEntry[count];
            for (var i = 0; i < count; i++)
            {
                var lower = index.ReadUInt64();
                var entry = new CacheEntry(new UInt128(index.ReadUInt64(), lower), index.ReadInt32(), index.ReadInt64(), index.ReadInt32());
                if (entry.Offset < valuesStart || entry.Length < 0 || entry.Offset + entry.Length > indexStart)
                {
                    throw new InvalidDataException();
                }

                entries[i] = entry;
            }

            return new CacheFile(handle, entries, generation) { Length = length, ValuesStart = valuesStart, WrittenTicks = File.GetLastWriteTimeUtc(handle).Ticks };
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

    internal static bool IsRunning(int pid)
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
