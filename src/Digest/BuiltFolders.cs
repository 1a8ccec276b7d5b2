using System.IO.Enumeration;

namespace Digest;

/// <summary>
/// What <c>digest clean</c> removes: the folders a build makes (<c>output/</c>, <c>.digest-cache/</c>), never anything a
/// maintainer wrote. A folder that is a link (<c>output/</c> linked to a web server's folder, as a build keeps it) is
/// emptied behind the link, and the link stays, as Hugo's <c>--cleanDestinationDir</c> empties its destination.
/// </summary>
public static class BuiltFolders
{
    /// <summary>What <see cref="Remove"/> did.</summary>
    public enum Removal
    {
        /// <summary>There was no such folder.</summary>
        Missing,

        /// <summary>The folder was deleted.</summary>
        Deleted,

        /// <summary>The folder is a link: what it leads to was emptied, and the link kept.</summary>
        Emptied,

        /// <summary>The folder is a link, and what it leads to was empty already.</summary>
        Empty,
    }

    /// <summary>
    /// Why <paramref name="folder"/> must not be removed, or null when it may: it is, holds or lies inside a folder the
    /// maintainer writes (<c>seeds/</c>, <c>input/</c>, <c>theme/</c>), or leads there through a link (a link to the
    /// project's root would otherwise have its contents deleted).
    /// </summary>
    /// <param name="paths">The project's folders.</param>
    /// <param name="folder">The folder to remove (<see cref="ProjectPaths.Output"/>, <see cref="ProjectPaths.Cache"/>).</param>
    public static string? Refusal(ProjectPaths paths, string folder)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(folder);
        return Overlap(folder, [Named(paths, paths.Seeds), Named(paths, paths.Input), Named(paths, paths.Theme)]);
    }

    /// <summary>
    /// Why a build must not run with <paramref name="paths"/>, or null when it may. Publish replaces its output folder whole,
    /// so that folder must pass <see cref="Refusal"/> and must neither hold the build cache nor lie inside it; ingest reads
    /// <c>seeds/</c> and writes into <c>input/</c>, so neither may be or hold the other.
    /// </summary>
    /// <param name="paths">The project's folders.</param>
    /// <param name="ingest">Whether the build ingests.</param>
    /// <param name="publish">Whether the build publishes.</param>
    public static string? BuildRefusal(ProjectPaths paths, bool ingest, bool publish)
    {
        ArgumentNullException.ThrowIfNull(paths);
        if (publish && (Refusal(paths, paths.Output) ?? Overlap(paths.Output, [(paths.Cache, "the build cache " + Named(paths, paths.Cache).Name)])) is { } output)
        {
            return $"refusing to publish into {paths.Display(paths.Output)}: {output} (a publish replaces everything in its output folder)";
        }

        return ingest && Overlap(paths.Seeds, [Named(paths, paths.Input)]) is { } seeds
            ? $"refusing to ingest from {paths.Display(paths.Seeds)}: {seeds} (ingest writes into input/articles/ and takes out the articles of seeds it does not find)"
            : null;
    }

    // A folder with the name messages give it ("seeds/").
    private static (string Folder, string Name) Named(ProjectPaths paths, string folder) => (folder, paths.Display(folder) + "/");

    // How folder, or the folder it leads to, meets one of the named folders (is it, holds it or lies inside it); null when it meets none.
    private static string? Overlap(string folder, (string Folder, string Name)[] named)
    {
        var real = FolderFiles.RealPath(folder);
        var linked = real != Path.GetFullPath(folder);
        foreach (var (other, name) in named)
        {
            var otherReal = FolderFiles.RealPath(other);
            var how = Same(folder, other) || Same(real, otherReal) ? $"is {name}"
                : Holds(folder, other) || Holds(real, otherReal) ? $"contains {name}"
                : Holds(other, folder) || Holds(otherReal, real) ? $"is inside {name}"
                : null;
            if (how is not null)
            {
                return linked ? $"it leads to {real}, which {how}" : $"it {how}";
            }
        }

        return null;
    }

    /// <summary>Deletes <paramref name="folder"/>, or empties the folder it leads to when it is a link (the link stays).</summary>
    /// <returns>What was done, and to which folder (the one the link leads to, when emptied).</returns>
    public static (Removal Removal, string Folder) Remove(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var info = new DirectoryInfo(folder);
        // A folder above it that cannot be entered throws (FolderFiles.Exists): "nothing to clean" would not be so.
        if (!FolderFiles.Exists(folder))
        {
            return (Removal.Missing, folder);
        }

        if (info.LinkTarget is null)
        {
            DeleteTree(folder);
            return (Removal.Deleted, folder);
        }

        var behind = FolderFiles.RealPath(folder);
        if (!Directory.EnumerateFileSystemEntries(behind).Any())
        {
            return (Removal.Empty, behind);
        }

        DeleteTree(behind, keepFolder: true);
        return (Removal.Emptied, behind);
    }

    /// <summary>
    /// Deletes <paramref name="path"/> and everything in it (or only what is in it, with <paramref name="keepFolder"/>).
    /// A link inside is removed, never followed. A built site holds tens of thousands of files, and unlinking them is
    /// the slow part: files go on every core, then the (by then empty) folders, deepest first.
    /// </summary>
    internal static void DeleteTree(string path, bool keepFolder = false)
    {
        if (!Directory.Exists(path))
        {
            return;
        }

        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 };
        var entries = new FileSystemEnumerable<(string Path, bool Folder)>(path, (ref entry) => (entry.ToFullPath(), entry.IsDirectory && !FolderFiles.IsLink(ref entry)), options)
        {
            ShouldRecursePredicate = (ref entry) => !FolderFiles.IsLink(ref entry),
        }.ToList();
        // File.Delete unlinks a link to a folder as it does a file.
        Parallel.ForEach(entries.Where(e => !e.Folder), Parallelism.PerCore, e => File.Delete(e.Path));
        foreach (var (folder, _) in entries.Where(e => e.Folder).OrderByDescending(e => e.Path.Length))
        {
            Directory.Delete(folder);
        }

        if (!keepFolder)
        {
            Directory.Delete(path);
        }
    }

    private static bool Same(string folder, string path) => Path.GetRelativePath(Path.GetFullPath(folder), Path.GetFullPath(path)) == ".";

    // Whether path is folder or inside it.
    private static bool Holds(string folder, string path)
    {
        var relative = Path.GetRelativePath(Path.GetFullPath(folder), Path.GetFullPath(path));
        return relative != ".." && !relative.StartsWith("../", StringComparison.Ordinal) && !Path.IsPathRooted(relative);
    }
}
