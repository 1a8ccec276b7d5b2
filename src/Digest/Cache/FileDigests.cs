using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Hashing;

namespace Digest.Cache;

/// <summary>
/// The content hashes of files as a build read or wrote them, with the size and last-write time each file had
/// then. The build stamp taken when the build ends (<see cref="BuildStamp.Take"/>) takes a file's hash from here,
/// instead of reading the file again, while its size and time are still those: after a build with no earlier
/// stamp that spares reading every seed and every article a second time (20,000 files at 10,000 seeds).
/// </summary>
public sealed class FileDigests
{
    // Hashes as numbers, not as the stamp's text: the 20,000 entries of a 10k build live through its publish.
    private readonly ConcurrentDictionary<string, (long Size, long Ticks, UInt128 Hash)> _known = new(StringComparer.Ordinal);

    /// <summary>The hash a stamp keeps of a file's content.</summary>
    public static string HashOf(ReadOnlySpan<byte> content) => Text(XxHash128.HashToUInt128(content));

    // XXH128 in its canonical (big-endian) form as lowercase hex: the stamp's text of a hash.
    private static string Text(UInt128 hash) => hash.ToString("x32", CultureInfo.InvariantCulture);

    /// <summary>
    /// Records the content of a file the build read, with the size and time it had before the read. A file written
    /// shortly before (within <see cref="BuildStamp.Settled"/>) is not recorded: it may change again within one
    /// tick of its clock, and the stamp reads it.
    /// </summary>
    /// <param name="path">The file's full path.</param>
    /// <param name="content">What was read.</param>
    /// <param name="size">Its size before the read.</param>
    /// <param name="lastWriteUtc">Its last-write time before the read.</param>
    /// <returns>The content's hash (<see cref="HashOf"/>), recorded or not: the reader keys the file by it too.</returns>
    public string Read(string path, ReadOnlySpan<byte> content, long size, DateTime lastWriteUtc)
    {
        ArgumentNullException.ThrowIfNull(path);
        var hash = XxHash128.HashToUInt128(content);
        if (DateTime.UtcNow - lastWriteUtc > BuildStamp.Settled && size == content.Length)
        {
            _known[path] = (size, lastWriteUtc.Ticks, hash);
        }

        return Text(hash);
    }

    /// <summary>
    /// Records the content of a file the build has just written, with the time the file now has. Unlike a file
    /// read, it is recorded however recent: the build made these bytes, and a change by another writer moves the
    /// file's time or size. One in the same tick of the clock, right after the write, goes unseen; so did it when
    /// the stamp read the file again, which then stamped the other writer's bytes as what the build had made.
    /// </summary>
    /// <param name="path">The file's full path.</param>
    /// <param name="content">What was written.</param>
    /// <returns>The file's last-write time, as recorded.</returns>
    public DateTime Written(string path, ReadOnlySpan<byte> content)
    {
        ArgumentNullException.ThrowIfNull(path);
        var written = File.GetLastWriteTimeUtc(path);
        _known[path] = (content.Length, written.Ticks, XxHash128.HashToUInt128(content));
        return written;
    }

    /// <summary>
    /// Records what the stamp taken as the build started knows of files old enough to be trusted by size and time: a
    /// stage of the build need not read such a file to know its content (an article ingest wrote, unchanged since).
    /// </summary>
    public void Trust(BuildStamp stamp)
    {
        ArgumentNullException.ThrowIfNull(stamp);
        foreach (var (path, size, ticks, hash) in stamp.SettledFiles())
        {
            if (UInt128.TryParse(hash, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
            {
                _known.TryAdd(path, (size, ticks, value));
            }
        }
    }

    /// <summary>
    /// What this build knows of a file without looking at it again: its size and hash as the stamp taken when the build
    /// started found them (<see cref="Trust"/>), or as the build read or wrote it. A file changed since is one the
    /// stamp the build leaves finds changed, so the next build reads it.
    /// </summary>
    public bool TryGetKnown(string path, out long size, out string hash)
    {
        if (_known.TryGetValue(path, out var known))
        {
            (size, hash) = (known.Size, Text(known.Hash));
            return true;
        }

        (size, hash) = (0, "");
        return false;
    }

    /// <summary>The recorded hash of a file whose size and last-write time are still <paramref name="size"/> and <paramref name="ticks"/>.</summary>
    public bool TryGet(string path, long size, long ticks, out string hash)
    {
        var found = TryGetHash(path, size, ticks, out var value);
        hash = found ? Text(value) : "";
        return found;
    }

    /// <summary>As <see cref="TryGet(string, long, long, out string)"/>, the hash as its number (XXH128 of the file's bytes).</summary>
    public bool TryGetHash(string path, long size, long ticks, out UInt128 hash)
    {
        var found = _known.TryGetValue(path, out var known) && known.Size == size && known.Ticks == ticks;
        hash = found ? known.Hash : default;
        return found;
    }
}
