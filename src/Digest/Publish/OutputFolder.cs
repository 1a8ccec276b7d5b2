namespace Digest.Publish;

/// <summary>
/// Writes a site into a staging folder beside <c>output/</c> and swaps it in only when every file
/// was written, so a failed build leaves the previous site exactly as it was.
/// </summary>
public sealed class OutputFolder : IDisposable
{
    private readonly string _target;
    private bool _committed;

    /// <summary>Starts a staging folder for <paramref name="target"/>.</summary>
    public OutputFolder(string target)
    {
        ArgumentNullException.ThrowIfNull(target);
        _target = Path.GetFullPath(target).TrimEnd(Path.DirectorySeparatorChar);
        StagingPath = $"{_target}.staging-{Environment.ProcessId}";
        DeleteTree(StagingPath);
        Directory.CreateDirectory(StagingPath);
    }

    /// <summary>The folder being written.</summary>
    public string StagingPath { get; }

    // A previous site holds tens of thousands of files; unlinking them is the slow part of a swap,
    // so files go on every core, then the (by then empty) folders deepest first.
    private static void DeleteTree(string path)
    {
        if (!Directory.Exists(path))
        {
            return;
        }

        Parallel.ForEach(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories), File.Delete);
        foreach (var folder in Directory.EnumerateDirectories(path, "*", SearchOption.AllDirectories).OrderByDescending(d => d.Length))
        {
            Directory.Delete(folder);
        }

        Directory.Delete(path);
    }

    /// <summary>Writes a file at a site path (a path ending in '/' gets index.html).</summary>
    public void Write(string sitePath, ReadOnlySpan<byte> content)
    {
        var relative = sitePath.EndsWith('/') || sitePath.Length == 0 ? sitePath + "index.html" : sitePath;
        var full = Path.Combine(StagingPath, relative.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content.ToArray());
    }

    /// <summary>Replaces the target with the staging folder.</summary>
    public void Commit()
    {
        var old = $"{_target}.previous-{Environment.ProcessId}";
        if (Directory.Exists(_target))
        {
            Directory.Move(_target, old);
        }

        Directory.Move(StagingPath, _target);
        _committed = true;
        DeleteTree(old);
    }

    /// <summary>Removes the staging folder when the build did not commit.</summary>
    public void Dispose()
    {
        if (!_committed)
        {
            DeleteTree(StagingPath);
        }
    }
}
