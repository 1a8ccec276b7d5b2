using System.IO.MemoryMappedFiles;
using Microsoft.Win32.SafeHandles;

namespace Digest.Cache;

/// <summary>
/// A cache file mapped into memory read-only, so reading a value is a copy, not a system call: an incremental
/// 10k build reads about 90,000 values from the previous build's files, and each <c>pread</c> cost this
/// machine about two microseconds in the kernel. A cache file's values are never changed in place (a save appends
/// to the file or writes a new one and renames it over the old one), so the mapped bytes stay what the index says they are.
/// </summary>
internal sealed unsafe class MappedFile : IDisposable
{
    private readonly MemoryMappedFile _map;
    private readonly MemoryMappedViewAccessor _view;
    private readonly byte* _start;
    private readonly long _length;
    private bool _disposed;

    private MappedFile(MemoryMappedFile map, MemoryMappedViewAccessor view, long length)
    {
        _map = map;
        _view = view;
        _length = length;
        byte* start = null;
        view.SafeMemoryMappedViewHandle.AcquirePointer(ref start);
        _start = start + view.PointerOffset;
    }

    /// <summary>The file of <paramref name="handle"/> mapped, or null when it is empty or cannot be mapped (reads then use the handle).</summary>
    public static MappedFile? TryMap(SafeFileHandle handle)
    {
        ArgumentNullException.ThrowIfNull(handle);
        var length = RandomAccess.GetLength(handle);
        if (length == 0)
        {
            return null;
        }

        MemoryMappedFile? map = null;
        try
        {
            map = MemoryMappedFile.CreateFromFile(handle, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: true);
            return new MappedFile(map, map.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read), length);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            map?.Dispose();
            return null;
        }
    }

    /// <summary>The <paramref name="length"/> bytes at <paramref name="offset"/>.</summary>
    public ReadOnlySpan<byte> Read(long offset, int length)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (offset < 0 || length < 0 || offset + length > _length)
        {
            throw new IOException("A build cache file ended early: delete .digest-cache/ and build again.");
        }

        return new ReadOnlySpan<byte>(_start + offset, length);
    }

    /// <summary>Unmaps the file (its handle stays open).</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _view.SafeMemoryMappedViewHandle.ReleasePointer();
        _view.Dispose();
        _map.Dispose();
    }
}
