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
        return name.StartsWith('.') || name.StartsWith('#') || name.EndsWith('~');
    }
}
