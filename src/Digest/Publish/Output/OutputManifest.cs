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
            var fields = line.Split('\t');
            if (fields.Length != 5
                || !UInt128.TryParse(fields[0], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hash)
                || !long.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var size)
                || !long.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                || !UInt128.TryParse(fields[3], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var fingerprint))
            {
                return new Dictionary<string, ManifestEntry>(StringComparer.Ordinal); // damaged: start afresh
            }

            entries[fields[4]] = new ManifestEntry(hash, size, ticks, fingerprint);
        }

        return entries;
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
            foreach (var (file, entry) in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{entry.Hash:x32}\t{entry.Size}\t{entry.WrittenTicks}\t{entry.Fingerprint:x32}\t{file}"));
            }
        }

        File.Move(temporary, path, overwrite: true);
    }
}
