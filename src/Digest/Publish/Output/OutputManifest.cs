using System.Globalization;
using System.Text;

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

    /// <summary>The hash the manifest records for <paramref name="content"/>.</summary>
    public static UInt128 HashOf(ReadOnlySpan<byte> content) => System.IO.Hashing.XxHash128.HashToUInt128(content);

    /// <summary>Reads the manifest at <paramref name="path"/> for the output folder <paramref name="target"/>; empty when missing, damaged or for another folder.</summary>
    public static Dictionary<string, ManifestEntry> Load(string path, string target)
    {
        var entries = new Dictionary<string, ManifestEntry>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return entries;
        }

        using var reader = new StreamReader(path, Encoding.UTF8);
        if (reader.ReadLine() != Header || reader.ReadLine() != target)
        {
            return entries;
        }

        while (reader.ReadLine() is { } line)
        {
            // Four fields of numbers, then the path (which may hold anything but a tab or a line break).
            var rest = line.AsSpan();
            if (!TryTake(ref rest, out var hashText) || !TryTake(ref rest, out var sizeText) || !TryTake(ref rest, out var ticksText)
                || !TryTake(ref rest, out var fingerprintText) || rest.IsEmpty || rest.Contains('\t')
                || !TryParseHex(hashText, out var hash)
                || !long.TryParse(sizeText, NumberStyles.None, CultureInfo.InvariantCulture, out var size)
                || !long.TryParse(ticksText, NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                || !TryParseHex(fingerprintText, out var fingerprint))
            {
                return new Dictionary<string, ManifestEntry>(StringComparer.Ordinal); // damaged: start afresh
            }

            entries[rest.ToString()] = new ManifestEntry(hash, size, ticks, fingerprint);
        }

        return entries;
    }

    // The text up to the next tab; false when there is none.
    private static bool TryTake(ref ReadOnlySpan<char> rest, out ReadOnlySpan<char> field)
    {
        var tab = rest.IndexOf('\t');
        field = tab < 0 ? default : rest[..tab];
        rest = tab < 0 ? rest : rest[(tab + 1)..];
        return tab >= 0;
    }

    // 32 hex digits as two 64-bit halves: UInt128's own parser and formatter take a slow path
    // (perf: a fifth of an incremental publish's manifest load and save).
    private static bool TryParseHex(ReadOnlySpan<char> text, out UInt128 value)
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
            writer.WriteLine(target);
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

    // 32 hex digits and a tab (written as two halves, see TryParseHex).
    private static void Hex(Span<char> line, ref int length, UInt128 value)
    {
        ((ulong)(value >> 64)).TryFormat(line[length..], out _, "x16", CultureInfo.InvariantCulture);
        ((ulong)value).TryFormat(line[(length + 16)..], out _, "x16", CultureInfo.InvariantCulture);
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
