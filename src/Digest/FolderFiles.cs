using System.IO.Enumeration;

namespace Digest;

/// <summary>
/// The files in one of the folders a build reads (<c>seeds/</c>, <c>input/articles/</c>, <c>input/pages/</c>,
/// <c>theme/assets/</c>), and what is not safe to read there:
/// <list type="bullet">
/// <item>a link to a folder is not followed (<see cref="LeftOut"/>): one that leads back to a folder above it was read
/// again at every level until the system refused (nine seeds became 368 articles), and one can lead out of the
/// project;</item>
/// <item>a link to a file is read only when the file is inside the project or the folder (<see cref="LinkProblem"/>, asked
/// as each file is read): a seed linked to <c>/etc/passwd</c> was published, and a site built in CI from a contributor's
/// change must not publish the machine's files.</item>
/// </list>
/// The folder itself may be a link (<c>seeds/</c> kept on another disk), as Hugo allows for its root folders. Listing a
/// folder looks at its entries' types only, as the listing it replaces did: whether a file is a link is known once the
/// file is looked at to be read (a look at every file of a build after one edit cost its stamp 40 ms at 10,000 seeds).
/// </summary>
public sealed class FolderFiles
{
    // Links a path may pass through before it is taken for a loop (Linux's own limit).
    private const int MaxLinks = 40;

    private readonly string _project;
    private readonly string _folder;
    private string[]? _inside;

    private FolderFiles(string project, string folder, IReadOnlyList<string> files, IReadOnlyList<(string Path, string Problem)> leftOut)
    {
        (_project, _folder, Files, LeftOut) = (project, folder, files, leftOut);
    }

    /// <summary>The files of the folder (links to files among them), full paths in ordinal order.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>Each link to a folder, not followed, full path in ordinal order, with why.</summary>
    public IReadOnlyList<(string Path, string Problem)> LeftOut { get; }

    /// <summary>
    /// Lists <paramref name="folder"/> (empty when it does not exist). A folder it cannot list, or cannot tell exists (a
    /// folder above it that cannot be entered), throws <see cref="UnauthorizedAccessException"/>: taken for empty, an
    /// unreadable <c>seeds/</c> had ingest take out every article, and an unreadable <c>input/</c> published an empty site.
    /// </summary>
    /// <param name="folder">The folder.</param>
    /// <param name="project">The project root: a link to a file anywhere inside it is read.</param>
    /// <param name="recurse">Whether the folder's subfolders are listed too.</param>
    public static FolderFiles Of(string folder, string project, bool recurse = true)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(project);
        if (!Exists(folder))
        {
            return new FolderFiles(project, folder, [], []);
        }

        // Hidden files too (a build may read them); a folder that cannot be listed stops the listing (its files would be
        // taken for gone). Only folders are looked at (a link to one is a folder entry): files are told apart by their entry's type alone.
        var options = new EnumerationOptions { RecurseSubdirectories = recurse, IgnoreInaccessible = false, AttributesToSkip = 0 };
        var entries = new FileSystemEnumerable<(string Path, bool LinkedFolder)>(folder,
            (ref entry) => (entry.ToFullPath(), entry.IsDirectory), options)
        {
            // Files, and the links to folders that a listing of subfolders does not follow.
            ShouldIncludePredicate = (ref entry) => !entry.IsDirectory || (recurse && IsLink(ref entry)),
            ShouldRecursePredicate = (ref entry) => !IsLink(ref entry),
        }.ToList();
        entries.Sort((x, y) => string.CompareOrdinal(x.Path, y.Path));
        const string FolderLink = "a link to a folder (Digest follows none: one can lead back to a folder above it, or out of the project); move or copy the folder in instead";
        return new FolderFiles(project, folder, entries.Where(e => !e.LinkedFolder).Select(e => e.Path).ToList(),
            entries.Where(e => e.LinkedFolder).Select(e => (e.Path, FolderLink)).ToList());
    }

    /// <summary>
    /// Whether <paramref name="folder"/> is a folder (or a link to one): false when nothing is there, or a file is.
    /// <see cref="Directory.Exists"/> is false too when a folder above it cannot be entered; that throws
    /// <see cref="UnauthorizedAccessException"/> here, as the folder may well be there.
    /// </summary>
    public static bool Exists(string folder)
    {
        if (Directory.Exists(folder))
        {
            return true;
        }

        try
        {
            // Denied is thrown as it is: the folder is there or not, and the build cannot tell.
            File.GetAttributes(folder);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
        }

        return false;
    }

    /// <summary>
    /// The files of <paramref name="folder"/> that a publish copies into the site as they are (<c>theme/assets/</c>,
    /// <c>input/static/</c>), each with its path below the folder ('/' between folders), in ordinal order. A working file
    /// (as <paramref name="working"/> tells it, given the folder and the path) is left out; a link to a folder, a link to
    /// a file outside the project and a name with '\' (no site path has one) are named in <paramref name="diagnostics"/> as
    /// not published.
    /// </summary>
    /// <param name="paths">The project.</param>
    /// <param name="folder">The folder.</param>
    /// <param name="working">Whether a path below the folder is a working file (<see cref="WorkingFiles.Below"/>, <see cref="WorkingFiles.BelowPublished"/>).</param>
    /// <param name="diagnostics">Where a file left out is named, with why.</param>
    public static IReadOnlyList<(string Relative, string File)> Published(ProjectPaths paths, string folder, Func<string, string, bool> working, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(working);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (File.Exists(folder))
        {
            diagnostics.Add(Diagnostic.Warning(paths.Display(folder), "a file where a folder of files to publish belongs; it is not published"));
            return [];
        }

        var listed = Of(folder, paths.Root);
        foreach (var (link, problem) in listed.LeftOut.Where(l => !working(folder, l.Path)))
        {
            diagnostics.Add(Diagnostic.Error(paths.Display(link), $"not published: {problem}"));
        }

        var files = new List<(string, string)>();
        foreach (var file in listed.Files.Where(f => !working(folder, f)))
        {
            var relative = Path.GetRelativePath(folder, file).Replace(Path.DirectorySeparatorChar, '/');
            if (relative.Contains('\\', StringComparison.Ordinal))
            {
                diagnostics.Add(Diagnostic.Error(paths.Display(file), "not published: a '\\' in a name (web servers and other systems read it as a folder's end); rename it"));
            }
            else if (listed.LinkProblem(new FileInfo(file)) is { } linkProblem)
            {
                diagnostics.Add(Diagnostic.Error(paths.Display(file), $"not published: {linkProblem}"));
            }
            else
            {
                files.Add((relative, file));
            }
        }

        return files;
    }

    /// <summary>
    /// Why <paramref name="file"/>, one of <see cref="Files"/>, is not read: it is a link to a file outside the project and
    /// the folder, or one that cannot be followed. Null for a file, or a link to a file inside (a link whose file is
    /// missing too: reading it then reports that).
    /// </summary>
    /// <param name="file">The file, as looked at to be read (asking for its attributes looks at it once, as its size and time do).</param>
    public string? LinkProblem(FileInfo file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if ((file.Attributes & FileAttributes.ReparsePoint) == 0)
        {
            return null;
        }

        try
        {
            _inside ??= [RealPath(_project), RealPath(_folder)];
            var target = RealPath(file.FullName);
            return _inside.Any(folder => ProjectPaths.IsInside(target, folder))
                ? null
                : $"a link to {target}, outside the project (Digest reads no file outside it through a link); copy the file in instead";
        }
        catch (IOException e)
        {
            return $"a link that cannot be followed ({e.Message})";
        }
    }

    /// <summary>
    /// The bytes of an input file, read whole. One whose size (at the end of its links) is 0 is not opened: it holds
    /// nothing, and a named pipe (<c>mkfifo</c>) or a socket, which shows a size of 0 too, would keep the build waiting
    /// for a writer that never comes (.NET does not tell such a file from a regular one).
    /// </summary>
    /// <param name="path">The file.</param>
    public static byte[] ReadAllBytes(string path) => IsEmpty(path) ? [] : File.ReadAllBytes(path);

    /// <summary>As <see cref="File.ReadAllText(string)"/>, with <see cref="ReadAllBytes"/>'s care for a file of size 0.</summary>
    /// <param name="path">The file.</param>
    public static string ReadAllText(string path) => IsEmpty(path) ? "" : File.ReadAllText(path);

    /// <summary>
    /// The text of a file a maintainer writes (a curated file, a sidecar, a page), as <see cref="ReadAllText"/> reads it, with a
    /// warning naming the first byte that is not UTF-8 when there is one (<see cref="Content.TextFile.NotUtf8"/>).
    /// </summary>
    public static string ReadText(string path, string display, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var bytes = ReadAllBytes(path);
        if (Content.TextFile.NotUtf8(bytes, display) is { } problem)
        {
            diagnostics.Add(problem);
        }

        return Content.TextFile.Decode(bytes);
    }

    private static bool IsEmpty(string path) => Target(path) is { Exists: true, Length: 0 };

    /// <summary>
    /// The text of one of <c>input/</c>'s curated files (<c>digest.yml</c>, <c>sources.yml</c>, …); null when there is none.
    /// One that cannot be read (a link to nowhere, a folder of that name) is an error naming it, and is taken as absent:
    /// the other inputs still build.
    /// </summary>
    /// <param name="paths">The project.</param>
    /// <param name="file">The file's full path.</param>
    /// <param name="diagnostics">Receives the error.</param>
    public static string? ReadCurated(ProjectPaths paths, string file, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (Directory.Exists(file))
        {
            diagnostics.Add(Diagnostic.Error(paths.Display(file), "is a folder, not a file; the build goes on without it"));
            return null;
        }

        if (!File.Exists(file))
        {
            return null;
        }

        try
        {
            return ReadText(file, paths.Display(file), diagnostics);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(paths.Display(file), $"cannot be read: {paths.Message(e).TrimEnd('.')}; the build goes on without it"));
            return null;
        }
    }

    /// <summary>
    /// The file <paramref name="path"/> leads to: itself, or the file at the end of its links. (A <see cref="FileInfo"/>
    /// of a link gives the link's own size and time, so a change to the file a seed links to went unseen.)
    /// </summary>
    public static FileInfo Target(string path) => Target(new FileInfo(path));

    /// <summary>As <see cref="Target(string)"/>, from the file as looked at already.</summary>
    public static FileInfo Target(FileInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        return (info.Attributes & FileAttributes.ReparsePoint) != 0 && info.ResolveLinkTarget(returnFinalTarget: true) is FileInfo target ? target : info;
    }

    /// <summary>True for an entry that is a link (asking looks at the entry: ask it of folders only where listings must be cheap).</summary>
    internal static bool IsLink(ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) != 0;

    /// <summary>
    /// <paramref name="path"/> with every link along it replaced by what it leads to. .NET resolves a link's own chain
    /// (<see cref="FileSystemInfo.ResolveLinkTarget"/>) but not links among the folders above it, and has no call for
    /// the system's realpath on every platform, so the parts are resolved one by one here.
    /// </summary>
    /// <exception cref="IOException">More than 40 links along the way (a loop).</exception>
    internal static string RealPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var remaining = new Stack<string>();
        var current = Push(remaining, Path.IsPathRooted(path) ? path : Path.Combine(Directory.GetCurrentDirectory(), path), "");
        for (var links = 0; remaining.TryPop(out var part);)
        {
            // ".." is the folder above the one reached, not above what was written before it: after a link to a folder
            // elsewhere they differ (resolving it from the text was how a link could seem inside the project and not be).
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Combine(current, part);
            var target = new FileInfo(next).LinkTarget;
            if (target is null)
            {
                current = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                throw new IOException($"more than {MaxLinks} links along {path}: a loop");
            }

            // What the link leads to takes its place: from the root when it is a full path, else from the link's folder.
            current = Push(remaining, target, current);
        }

        return current;
    }

    // Puts the parts of path on the stack, first part on top; returns the folder they start from: path's root when it has
    // one, else from.
    private static string Push(Stack<string> remaining, string path, string from)
    {
        var root = Path.GetPathRoot(path);
        var separators = Path.DirectorySeparatorChar == Path.AltDirectorySeparatorChar
            ? [Path.DirectorySeparatorChar]
            : new[] { Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar };
        foreach (var part in path[(root?.Length ?? 0)..].Split(separators, StringSplitOptions.RemoveEmptyEntries).Reverse())
        {
            remaining.Push(part);
        }

        return string.IsNullOrEmpty(root) ? from : root;
    }
}
