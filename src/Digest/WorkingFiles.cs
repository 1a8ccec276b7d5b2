namespace Digest;

/// <summary>Files that editors and systems leave beside a maintainer's own, which no stage reads or reports.</summary>
public static class WorkingFiles
{
    /// <summary>
    /// True for a hidden file or folder (.DS_Store, .git, vim's .site.css.swp), emacs's #site.css# and a backup ending
    /// in '~'.
    /// </summary>
    public static bool Is(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Is(name.AsSpan());
    }

    private static bool Is(ReadOnlySpan<char> name) => name.StartsWith('.') || name.StartsWith('#') || name.EndsWith('~');

    /// <summary>
    /// True for a file below <paramref name="folder"/> that is a working file or lies in a working folder (a hidden one,
    /// as .git): no stage reads it, so neither the build stamp nor <c>serve</c>'s watch counts its changes. Emacs's lock
    /// file of an edited article (.#name.md, a link to nowhere) is one.
    /// </summary>
    /// <param name="folder">The folder the stage lists (seeds/, input/articles/, theme/assets/).</param>
    /// <param name="path">A path below it.</param>
    public static bool Below(string folder, string path) => AnyPart(folder, path, published: false);

    /// <summary>
    /// True for a file below <paramref name="folder"/>, the maintainer's files published as they are (<c>input/static/</c>),
    /// that is an editor's or a system's own, or lies in a version-control folder: emacs's #name#, its lock .#name and a
    /// backup ending in '~', vim's swap files (.name.swp), .DS_Store, and .git (also .gitignore, .gitkeep), .svn and .hg.
    /// Other hidden files and folders there are for the web, and are published: <c>.well-known/</c> (RFC 8615: security.txt,
    /// the files that prove a domain or link an app), <c>.htaccess</c>.
    /// </summary>
    /// <param name="folder">The folder of files published as they are.</param>
    /// <param name="path">A path below it.</param>
    public static bool BelowPublished(string folder, string path) => AnyPart(folder, path, published: true);

    /// <summary>
    /// True for a file a build neither reads nor watches: below <see cref="ProjectPaths.Static"/>, as <see cref="BelowPublished"/>
    /// says; anywhere else below <paramref name="folder"/>, as <see cref="Below"/> says.
    /// </summary>
    /// <param name="paths">The project.</param>
    /// <param name="folder">The folder the file was listed in (seeds/, input/, theme/).</param>
    /// <param name="path">A path below it.</param>
    public static bool Ignored(ProjectPaths paths, string folder, string path)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return ProjectPaths.IsInside(path, paths.Static) ? BelowPublished(paths.Static, path) : Below(folder, path);
    }

    // Whether a part of path below folder is a working file or folder: of a folder published as it is (IsEditorsOrSystems),
    // or of any other (Is).
    private static bool AnyPart(string folder, string path, bool published)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(path);
        // Part by part, without a string for each (the build stamp asks it of every input file).
        var relative = Path.GetRelativePath(folder, path).AsSpan();
        foreach (var range in relative.Split(Path.DirectorySeparatorChar))
        {
            var part = relative[range];
            if (!part.SequenceEqual("..") && (published ? IsEditorsOrSystems(part) : Is(part)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsEditorsOrSystems(ReadOnlySpan<char> name) =>
        name.StartsWith('#') || name.StartsWith(".#") || name.EndsWith('~') || name.SequenceEqual(".DS_Store")
        || name.StartsWith(".git") || name.SequenceEqual(".svn") || name.SequenceEqual(".hg") || IsVimSwap(name);

    // Vim's swap file of name: .name.swp, or .swo, .swn … when one is taken.
    private static bool IsVimSwap(ReadOnlySpan<char> name) =>
        name.Length > 5 && name[0] == '.' && name[^4..^1].SequenceEqual(".sw") && char.IsAsciiLetterLower(name[^1]);
}
