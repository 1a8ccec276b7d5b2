using System.Collections.Concurrent;
using System.Text;

namespace Digest.Cache;

/// <summary>The frame every cached value is written in: UTF-8 strings, lengths before lists.</summary>
public static class BinaryCoding
{
    /// <summary>The bytes <paramref name="write"/> writes.</summary>
    public static byte[] Write(Action<BinaryWriter> write) => Written(write, static memory => memory.ToArray());

    /// <summary>
    /// The cache key of the bytes <paramref name="write"/> writes (<see cref="CacheStore.KeyOfBytes"/>), without an
    /// array of them: what a build checks against the cache for every article, most of which it then does not store.
    /// </summary>
    public static string KeyOf(Action<BinaryWriter> write) =>
        Written(write, static memory => CacheStore.KeyOfBytes(memory.GetBuffer().AsSpan(0, (int)memory.Length)));

    // What take makes of the bytes write writes into this thread's scratch buffer.
    private static T Written<T>(Action<BinaryWriter> write, Func<MemoryStream, T> take)
    {
        ArgumentNullException.ThrowIfNull(write);
        var scratch = Scratch.Rent();
        try
        {
            write(scratch.Writer);
            scratch.Writer.Flush();
            return take(scratch.Memory);
        }
        finally
        {
            scratch.Return();
        }
    }

    // A writer over a growable buffer, one per thread, kept between values: a fresh stream grows by copies and a
    // fresh writer allocates its own buffers, for every value the cache stores (every article and its text, each
    // build). A value written while another is (a writer that codes a part on its own) gets a writer of its own.
    private sealed class Scratch
    {
        // A buffer grown past this (a large search shard) is let go rather than held by the thread.
        private const int MaxKept = 1 << 20;

        [ThreadStatic]
        private static Scratch? t_kept;

        private Scratch()
        {
            Writer = new BinaryWriter(Memory, Encoding.UTF8, leaveOpen: true);
        }

        public MemoryStream Memory { get; } = new();

        public BinaryWriter Writer { get; }

        public static Scratch Rent()
        {
            var scratch = t_kept ?? new Scratch();
            t_kept = null;
            return scratch;
        }

        public void Return()
        {
            if (Memory.Capacity > MaxKept)
            {
                return;
            }

            Memory.SetLength(0);
            t_kept = this;
        }
    }

    /// <summary>What <paramref name="read"/> reads from <paramref name="bytes"/>.</summary>
    public static T Read<T>(byte[] bytes, Func<BinaryReader, T> read)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(read);
        using var reader = new ValueReader(bytes, bytes.Length);
        return read(reader);
    }

    /// <summary>
    /// What <paramref name="read"/> reads from <paramref name="bytes"/> (a value in a store's memory), which it must not
    /// keep: they are copied into a buffer this thread keeps, not into an array of their own (a text edit at 10,000 seeds
    /// read 47 MB of such arrays for the seeds' extracts and dedup features alone, each garbage once decoded).
    /// </summary>
    public static T Read<T>(ReadOnlySpan<byte> bytes, Func<BinaryReader, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var buffer = t_readBuffer is { } kept && kept.Length >= bytes.Length ? kept : new byte[Math.Max(bytes.Length, 4096)];
        t_readBuffer = null; // a value decoded while this one is (a reader that reads a part on its own) gets a buffer of its own
        try
        {
            bytes.CopyTo(buffer);
            using var reader = new ValueReader(buffer, bytes.Length);
            return read(reader);
        }
        finally
        {
            if (buffer.Length <= MaxReadBufferKept)
            {
                t_readBuffer = buffer;
            }
        }
    }

    // A buffer grown past this (a large search shard) is let go rather than held by the thread.
    private const int MaxReadBufferKept = 1 << 20;

    [ThreadStatic]
    private static byte[]? t_readBuffer;

    /// <summary>Writes a list of strings, its count first.</summary>
    public static void WriteStrings(this BinaryWriter writer, IReadOnlyCollection<string> values)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(values);
        writer.Write(values.Count);
        foreach (var value in values)
        {
            writer.Write(value);
        }
    }

    /// <summary>Reads a list written by <see cref="WriteStrings"/>.</summary>
    public static List<string> ReadStrings(this BinaryReader reader) => ReadList(reader, static r => r.ReadString());

    /// <summary>
    /// Reads a string that recurs across values (an entity's name, a tag, a spelling) as one shared instance: the
    /// articles of a site name the same few thousand entities tens of thousands of times, and every copy read
    /// would live on the heap through the build (each collection marks and moves it).
    /// </summary>
    public static string ReadSharedString(this BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return reader is ValueReader value ? value.ReadShared() : reader.ReadString();
    }

    /// <summary>Reads a list written by <see cref="WriteStrings"/>, each string shared as by <see cref="ReadSharedString"/>.</summary>
    public static List<string> ReadSharedStrings(this BinaryReader reader) => ReadList(reader, ReadSharedString);

    /// <summary>Writes an array of plain values (numbers) as its length and its bytes.</summary>
    public static void WriteArray<T>(this BinaryWriter writer, T[] values)
        where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(values);
        writer.Write(values.Length);
        writer.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()));
    }

    /// <summary>Reads an array written by <see cref="WriteArray{T}"/>.</summary>
    public static T[] ReadArray<T>(this BinaryReader reader)
        where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(reader);
        var values = new T[reader.ReadInt32()];
        reader.BaseStream.ReadExactly(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }

    private static List<string> ReadList(BinaryReader reader, Func<BinaryReader, string> read)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var values = new List<string>(reader.ReadInt32());
        for (var i = values.Capacity; i > 0; i--)
        {
            values.Add(read(reader));
        }

        return values;
    }

    // Reads strings straight from the value's bytes. BinaryReader.ReadString decodes a long string in
    // 128-byte pieces through a char buffer and a StringBuilder: for cached article bodies and HTML, three
    // copies and as many allocations as the string itself, on every build.
    // Its value is the first count bytes of bytes.
    private sealed class ValueReader(byte[] bytes, int count) : BinaryReader(new MemoryStream(bytes, 0, count, writable: false, publiclyVisible: true), Encoding.UTF8)
    {
        // The strings shared so far, found by their characters without making a string first. Written by hand:
        // CommunityToolkit's StringPool, tried first, takes a lock and moves a timestamp on every lookup (3 % of an
        // incremental 10k build's samples, in reading the existing articles alone); these lookups take no lock.
        // Bounded: past MaxShared strings, new ones are read as copies, as they would be without sharing.
        private const int MaxShared = 1 << 20;
        private const int MaxSharedLength = 256;
        private static readonly ConcurrentDictionary<string, string> Shared = new(StringComparer.Ordinal);
        private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> SharedBySpan = Shared.GetAlternateLookup<ReadOnlySpan<char>>();
        private static int s_sharedCount;

        public override string ReadString() => Encoding.UTF8.GetString(NextString());

        public string ReadShared()
        {
            var bytes = NextString();
            if (bytes.Length > MaxSharedLength)
            {
                return Encoding.UTF8.GetString(bytes);
            }

            Span<char> chars = stackalloc char[MaxSharedLength];
            var length = Encoding.UTF8.GetChars(bytes, chars);
            if (SharedBySpan.TryGetValue(chars[..length], out var shared))
            {
                return shared;
            }

            var text = new string(chars[..length]);
            if (Volatile.Read(ref s_sharedCount) >= MaxShared)
            {
                return text;
            }

            if (Shared.TryAdd(text, text))
            {
                Interlocked.Increment(ref s_sharedCount);
                return text;
            }

            // Another thread added it meanwhile.
            return Shared[text];
        }

        private ReadOnlySpan<byte> NextString()
        {
            var length = Read7BitEncodedInt();
            if (length < 0)
            {
                throw new IOException($"invalid string length {length}");
            }

            var position = (int)BaseStream.Position;
            if (length > BaseStream.Length - position)
            {
                throw new EndOfStreamException();
            }

            BaseStream.Position = position + length;
            return bytes.AsSpan(position, length);
        }
    }
}
