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
        if (Directory.Exists(StagingPath))
        {
            Directory.Delete(StagingPath, recursive: true);
        }

        Directory.CreateDirectory(StagingPath);
    }

    /// <summary>The folder being written.</summary>
    public string StagingPath { get; }

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
        if (Directory.Exists(old))
        {
            Directory.Delete(old, recursive: true);
        }

        _committed = true;
    }

    /// <summary>Removes the staging folder when the build did not commit.</summary>
    public void Dispose()
    {
        if (!_committed && Directory.Exists(StagingPath))
        {
            Directory.Delete(StagingPath, recursive: true);
        }
    }
}
