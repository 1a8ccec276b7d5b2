using Digest.Cache;

namespace Digest.Check;

/// <summary>
/// What the last check of a site that found no problem saw, kept in the build cache so that the next check reads again
/// only the files that changed since (<see cref="SiteChecker.Check(string, string, Func{string, string}, CacheStore?, Publish.Output.LastPublish?, IReadOnlyDictionary{string, UInt128}?)"/>):
/// each file's content hash, and each page's hash of the ids its fragments may name.
/// </summary>
internal static class CheckState
{
    /// <summary>One file as a clean check saw it: its bytes' hash, and its ids' hash (a page's; 0 for any other file).</summary>
    public readonly record struct Seen(UInt128 Content, ulong Ids);

    /// <summary>
    /// The key of the state of <paramref name="output"/> served under <paramref name="basePath"/> in <paramref name="cache"/>: another
    /// folder or base path is another site. The folder is named from the cache's, so that a project moved or copied with its
    /// cache (and <c>output/</c>) keeps its check's memory.
    /// </summary>
    public static string Key(CacheStore cache, string output, string basePath)
    {
        ArgumentNullException.ThrowIfNull(cache);
        var full = Path.GetFullPath(output);
        return CacheStore.Key("site check", cache.Folder is { } folder ? Path.GetRelativePath(folder, full) : full, basePath);
    }

    /// <summary>The files of the last clean check under <paramref name="key"/>, by full path; null when there was none.</summary>
    public static Dictionary<string, Seen>? Load(CacheStore cache, string key, string output) =>
        cache.TryRead(key, reader =>
        {
            var count = reader.ReadInt32();
            var seen = new Dictionary<string, Seen>(count, StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                var path = Path.Combine(output, reader.ReadString());
                var content = new UInt128(reader.ReadUInt64(), reader.ReadUInt64());
                seen[path] = new Seen(content, reader.ReadUInt64());
            }

            return seen;
        }, out var state) ? state : null;

    /// <summary>Keeps <paramref name="files"/> (full paths in <paramref name="output"/>) as a clean check saw them.</summary>
    public static void Keep(CacheStore cache, string key, string output, IReadOnlyList<string> files, IReadOnlyList<Seen> seen) =>
        cache.Set(key, BinaryCoding.Write(writer =>
        {
            writer.Write(files.Count);
            for (var i = 0; i < files.Count; i++)
            {
                writer.Write(Path.GetRelativePath(output, files[i]));
                writer.Write((ulong)(seen[i].Content >> 64));
                writer.Write((ulong)seen[i].Content);
                writer.Write(seen[i].Ids);
            }
        }));
}
