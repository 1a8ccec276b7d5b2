using System.Globalization;
using System.Text;
using Digest.Cache;

namespace Digest.Publish.Output;

/// <summary>What the previous publish wrote for one file of the site.</summary>
/// <param name="Hash">Hash of the file's bytes.</param>
/// <param name="Size">Its length in bytes.</param>
/// <param name="WrittenTicks">Its last-write time (UTC ticks) when written: a file changed since then is rewritten.</param>
/// <param name="Fingerprint">Hash of everything the file was made from (0 when unknown): equal fingerprints mean the file need not be made again.</param>
/// <remarks>
/// A value of 48 bytes with its hashes as numbers, not an object with two hex strings: a site of 100,000
/// articles has a million files, and a publish holds an entry for each (and for each of the previous one's).
/// </remarks>
public readonly record struct ManifestEntry(UInt128 Hash, long Size, long WrittenTicks, UInt128 Fingerprint);

/// <summary>
/// The list of files a publish left in <c>output/</c> with their hashes, kept in the build cache, so the
/// next publish writes only files whose bytes changed, skips making pages whose inputs did not change, and
/// removes files the site no longer has, instead of rewriting and deleting the whole folder.
/// </summary>
public static class OutputManifest
{
    private const string Header = "digest-output-manifest 2";
    private static readonly byte[] HeaderBytes = Encoding.UTF8.GetBytes(Header);

    /// <summary>The hash the manifest records for <paramref name="content"/>.</summary>
    public static UInt128 HashOf(ReadOnlySpan<byte> content) => System.IO.Hashing.XxHash128.HashToUInt128(content);

    /// <summary>Reads the manifest at <paramref name="path"/> for the output folder <paramref name="target"/>; empty when missing, damaged or for another folder.</summary>
    public static ManifestFiles Load(string path, string target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (!File.Exists(path))
        {
            return ManifestFiles.Empty;
        }

        // As UTF-8 bytes (Utf8Lines), with a string made for each path only: read as lines of text, the 62,000 files
        // of a 10k site took 58–68 ms against 33–44 ms so, of the 146 ms a build with nothing to do takes to check output/.
        var rest = Utf8Lines.WithoutByteOrderMark(File.ReadAllBytes(path));
        if (!Utf8Lines.Next(ref rest, out var header) || !header.SequenceEqual(HeaderBytes)
            || !Utf8Lines.Next(ref rest, out var folder) || !Names(Encoding.UTF8.GetString(folder), path, target))
        {
            return ManifestFiles.Empty;
        }

        var files = new ManifestFiles();
        while (Utf8Lines.Next(ref rest, out var line))
        {
            // Four fields of numbers, then the path (which may hold anything but a tab or a line break).
            if (!Utf8Lines.TryField(ref line, out var hashText) || !Utf8Lines.TryField(ref line, out var sizeText)
                || !Utf8Lines.TryField(ref line, out var ticksText) || !Utf8Lines.TryField(ref line, out var fingerprintText)
                || line.IsEmpty || line.Contains((byte)'\t')
                || !TryParseHex(hashText, out var hash)
                || !long.TryParse(sizeText, NumberStyles.None, CultureInfo.InvariantCulture, out var size)
                || !long.TryParse(ticksText, NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                || !TryParseHex(fingerprintText, out var fingerprint)
                || !files.TryAdd(Encoding.UTF8.GetString(line), new ManifestEntry(hash, size, ticks, fingerprint)))
            {
                return ManifestFiles.Empty; // damaged (a path listed twice too): start afresh
            }
        }

        return files;
    }

    // How the manifest names its output folder: from the manifest's own folder (the cache), so a project moved or copied
    // with its files' times (mv, cp -a, rsync -a) keeps its incremental builds, as the README says. Named from the root of
    // the file system, as manifests before this one were, it lost them: every page was made again.
    private static string Folder(string manifest, string target) => Path.GetRelativePath(Path.GetDirectoryName(Path.GetFullPath(manifest))!, target);

    // Whether the folder line read from the manifest at manifest names target, as this Digest writes it or as the ones
    // before wrote it.
    private static bool Names(string line, string manifest, string target) =>
        line == Folder(manifest, target) || line == target;

    // 32 hex digits as two 64-bit halves: UInt128's own parser and formatter take a slow path
    // (perf: a fifth of an incremental publish's manifest load and save).
    private static bool TryParseHex(ReadOnlySpan<byte> text, out UInt128 value)
    {
        value = default;
        if (text.Length != 32
            || !ulong.TryParse(text[..16], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var upper)
            || !ulong.TryParse(text[16..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var lower))
        {
            return false;
        }

        value = new UInt128(upper, lower);
        return true;
    }

    /// <summary>Writes the manifest (sorted by path, so the same site gives the same file).</summary>
    public static void Save(string path, string target, IEnumerable<KeyValuePair<string, ManifestEntry>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp";
        using (var writer = new StreamWriter(temporary, false, new UTF8Encoding(false)))
        {
            writer.WriteLine(Header);
            writer.WriteLine(Folder(path, target));
            // Entries given in order (those of the manifest before, when no file came or went) are only checked: a
            // comparison per neighbour, where sorting 60,000 paths compared each of them some fifteen times.
            var sorted = entries.ToArray();
            if (!IsSorted(sorted))
            {
                Array.Sort(sorted, static (x, y) => string.CompareOrdinal(x.Key, y.Key));
            }

            Span<char> line = stackalloc char[2 * 32 + (2 * 20) + 4];
            foreach (var (file, entry) in sorted)
            {
                var length = 0;
                Hex(line, ref length, entry.Hash);
                Number(line, ref length, entry.Size);
                Number(line, ref length, entry.WrittenTicks);
                Hex(line, ref length, entry.Fingerprint);
                writer.Write(line[..length]);
                writer.WriteLine(file);
            }
        }

        File.Move(temporary, path, overwrite: true);
    }

    private static bool IsSorted(KeyValuePair<string, ManifestEntry>[] entries)
    {
        for (var i = 1; i < entries.Length; i++)
        {
            if (string.CompareOrdinal(entries[i - 1].Key, entries[i].Key) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    // 32 hex digits and a tab (as TryParseHex reads them; ulong's "x16" format takes a slow path: perf, a third of a save).
    private static void Hex(Span<char> line, ref int length, UInt128 value)
    {
        Span<byte> bytes = stackalloc byte[16];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt128BigEndian(bytes, value);
        Convert.TryToHexStringLower(bytes, line[length..], out _);
        length += 32;
        line[length++] = '\t';
    }

    // A count in decimal and a tab.
    private static void Number(Span<char> line, ref int length, long value)
    {
        value.TryFormat(line[length..], out var written, default, CultureInfo.InvariantCulture);
        length += written;
        line[length++] = '\t';
    }
}

/// <summary>
/// The files a manifest lists, in its order, each with a number (its place) by which a publish keeps what it knows of it in
/// arrays: a site of 10,000 articles has 60,000 files, and a dictionary entry written and looked up again for each cost a
/// tenth of an incremental publish's bookkeeping.
/// </summary>
public sealed class ManifestFiles : IEnumerable<KeyValuePair<string, ManifestEntry>>
{
    private readonly List<string> _paths = [];
    private readonly List<ManifestEntry> _entries = [];
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);

    /// <summary>A manifest that lists nothing (none yet, damaged, or another folder's).</summary>
    public static ManifestFiles Empty { get; } = new();

    /// <summary>How many files it lists.</summary>
    public int Count => _paths.Count;

    /// <summary>The path of the file numbered <paramref name="number"/>.</summary>
    public string PathAt(int number) => _paths[number];

    /// <summary>What was recorded of the file numbered <paramref name="number"/>.</summary>
    public ManifestEntry EntryAt(int number) => _entries[number];

    /// <summary>The number of the file at <paramref name="path"/>; false when the manifest does not list it.</summary>
    public bool TryFind(string path, out int number) => _numbers.TryGetValue(path, out number);

    /// <summary>Lists a file after the others; false when the path is listed already.</summary>
    internal bool TryAdd(string path, ManifestEntry entry)
    {
        if (!_numbers.TryAdd(path, _paths.Count))
        {
            return false;
        }

        _paths.Add(path);
        _entries.Add(entry);
        return true;
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, ManifestEntry>> GetEnumerator()
    {
        for (var i = 0; i < _paths.Count; i++)
        {
            yield return KeyValuePair.Create(_paths[i], _entries[i]);
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
