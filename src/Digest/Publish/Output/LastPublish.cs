namespace Digest.Publish.Output;

/// <summary>
/// What the last publish left in an output folder, as its manifest (<see cref="OutputManifest"/>) records it: which files
/// it made, and the hash of each that it left as it is now. What a check of the site reads instead of every file, and how
/// it tells a file no build made.
/// </summary>
public sealed class LastPublish
{
    private readonly string _target;
    private readonly ManifestFiles _entries;

    private LastPublish(string target, ManifestFiles entries) => (_target, _entries) = (target, entries);

    /// <summary>The last publish of <paramref name="target"/>, from the manifest at <paramref name="manifestPath"/> (<see cref="Publisher.ManifestPath"/>); none is known when the manifest is missing or names another folder.</summary>
    public static LastPublish Load(string target, string manifestPath)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(manifestPath);
        var full = Path.GetFullPath(target).TrimEnd(Path.DirectorySeparatorChar);
        return new LastPublish(full, Directory.Exists(full) ? OutputManifest.Load(manifestPath, full) : ManifestFiles.Empty);
    }

    /// <summary>Whether a manifest of the folder's last publish was found (a build without the cache keeps none).</summary>
    public bool Known => _entries.Count > 0;

    /// <summary>Whether the last publish made the file at <paramref name="path"/> (a full path in the folder).</summary>
    public bool Made(string path) => _entries.TryFind(Path.GetRelativePath(_target, path), out _);

    /// <summary>The files the last publish made that are not among <paramref name="present"/> (full paths in the folder), in order.</summary>
    public IEnumerable<string> Missing(IReadOnlySet<string> present)
    {
        ArgumentNullException.ThrowIfNull(present);
        return _entries.Select(e => Path.Combine(_target, e.Key)).Where(path => !present.Contains(path)).Order(StringComparer.Ordinal);
    }

    /// <summary>
    /// The hash of the file at <paramref name="path"/> (a full path in the folder) as the last publish recorded it, when the
    /// file still has the size and last-write time that publish left it with (as a publish trusts them: such a file is not
    /// written again); null for any other file.
    /// </summary>
    public UInt128? Hash(string path)
    {
        var relative = Path.GetRelativePath(_target, path);
        return _entries.TryFind(relative, out var number) && OutputFolder.IsIntact(_target, relative, _entries.EntryAt(number)) ? _entries.EntryAt(number).Hash : null;
    }
}
