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
    public static bool Below(string folder, string path)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(path);
        // Part by part, without a string for each (the build stamp asks it of every input file).
        var relative = Path.GetRelativePath(folder, path).AsSpan();
        foreach (var range in relative.Split(Path.DirectorySeparatorChar))
        {
            var part = relative[range];
            if (!part.SequenceEqual("..") && Is(part))
            {
                return true;
            }
        }

        return false;
    }
}
