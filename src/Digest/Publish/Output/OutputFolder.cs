using System.Collections.Concurrent;

namespace Digest.Publish.Output;

/// <summary>
/// Writes a site so that a failed build leaves the previous <c>output/</c> exactly as it was: every new or
/// changed file goes into a staging folder beside it, and only <see cref="Commit"/> moves them in. With a
/// manifest of the previous publish (<see cref="OutputManifest"/>), files whose bytes did not change are
/// neither written nor moved, and files the site no longer has are removed one by one; without one, the
/// staging folder holds the whole site and replaces <c>output/</c> in one swap.
/// </summary>
public sealed class OutputFolder : IDisposable, IOutputFiles
{
    private readonly string _target;
    private readonly string? _manifestPath;

    // The previous publish's files, and which are still as it left them (size and last-write time), found on a thread
    // of its own from the moment the folder is opened: a build opens it before ingest, whose steps leave a core idle
    // now and then, and a publish builds its site model first. A stat of each file as its page was fingerprinted had
    // both rendering cores wait on the kernel's path walk (6 % of an incremental 10k build's samples).
    private readonly Task<PreviousPublish> _previousPublish;

    // The locks an entry of PreviousPublish.Listed is written under (see there).
    private readonly object[] _listLocks = [.. Enumerable.Range(0, 64).Select(_ => new object())];

    // This publish's entry for each file that is new (the others are in PreviousPublish).
    private readonly ConcurrentDictionary<string, ManifestEntry> _added = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _staged = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);
    private bool _committed;

    /// <summary>Starts writing a site into <paramref name="target"/>.</summary>
    /// <param name="target">The output folder.</param>
    /// <param name="manifestPath">Where the manifest of the previous publish is kept; null to rewrite everything.</param>
    public OutputFolder(string target, string? manifestPath = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        _target = FolderBehindLink(Path.GetFullPath(target).TrimEnd(Path.DirectorySeparatorChar));
        _manifestPath = manifestPath;
        Leftovers.Clear(_target);
        _previousPublish = manifestPath is not null && Directory.Exists(_target)
            ? Task.Factory.StartNew(() => PreviousPublish.Check(_target, OutputManifest.Load(manifestPath, _target)), CancellationToken.None,
                TaskCreationOptions.LongRunning, TaskScheduler.Default)
            : Task.FromResult(PreviousPublish.Check(_target, ManifestFiles.Empty));
        StagingPath = Leftovers.PathOf(_target, Leftovers.Staging, Environment.ProcessId);
        BuiltFolders.DeleteTree(StagingPath);
        Directory.CreateDirectory(StagingPath);
    }

    /// <summary>The folder new and changed files are written to until <see cref="Commit"/>.</summary>
    public string StagingPath { get; }

    /// <summary>Files written to staging so far (new or changed).</summary>
    public int Changed => _staged.Count;

    /// <summary>Writes a file at a site path (a path ending in '/' gets index.html).</summary>
    /// <param name="sitePath">The file's path in the site.</param>
    /// <param name="content">Its bytes.</param>
    /// <param name="fingerprint">Hash of what the file was made from, for <see cref="TryKeep"/> next time.</param>
    public void Write(string sitePath, ReadOnlySpan<byte> content, UInt128 fingerprint = default)
    {
        var relative = Relative(sitePath);
        // Without a manifest nothing is compared now or next time: no hash, no timestamp.
        var hash = _manifestPath is null ? default : OutputManifest.HashOf(content);
        if (KeepsUnchanged(relative, hash, fingerprint))
        {
            return;
        }

        long written;
        using (var handle = OpenNew(StagedPath(relative)))
        {
            RandomAccess.Write(handle, content, 0);
            written = _manifestPath is null ? 0 : File.GetLastWriteTimeUtc(handle).Ticks;
        }

        Staged(relative, new ManifestEntry(hash, content.Length, written, fingerprint));
    }

    void IOutputFiles.Write(string sitePath, ReadOnlyMemory<byte> content, UInt128 fingerprint) => Write(sitePath, content.Span, fingerprint);

    /// <summary>
    /// Writes a file that <paramref name="write"/> makes a piece at a time into a stream, so a large file (the
    /// search index of a large site) is never whole in memory; otherwise as <see cref="Write(string, ReadOnlySpan{byte}, UInt128)"/>.
    /// </summary>
    public void Write(string sitePath, Action<Stream> write, UInt128 fingerprint = default)
    {
        ArgumentNullException.ThrowIfNull(write);
        var relative = Relative(sitePath);
        var full = StagedPath(relative);
        using (var stream = new FileStream(OpenNew(full), FileAccess.Write))
        {
            write(stream);
        }

        var hash = _manifestPath is null ? default : HashOfFile(full);
        if (KeepsUnchanged(relative, hash, fingerprint))
        {
            File.Delete(full);
            return;
        }

        var file = new FileInfo(full);
        Staged(relative, new ManifestEntry(hash, file.Length, _manifestPath is null ? 0 : file.LastWriteTimeUtc.Ticks, fingerprint));
    }

    // A file whose bytes are those the previous publish left, still intact, stays; only its fingerprint is new.
    private bool KeepsUnchanged(string relative, UInt128 hash, UInt128 fingerprint)
    {
        if (Previous.TryFind(relative, out var number) && Previous.EntryAt(number).Hash == hash && IsIntact(number))
        {
            List(number, Previous.EntryAt(number) with { Fingerprint = fingerprint });
            return true;
        }

        return false;
    }

    private string StagedPath(string relative)
    {
        var full = Path.Combine(StagingPath, relative);
        var folder = Path.GetDirectoryName(full)!;
        if (_folders.TryAdd(folder, true))
        {
            Directory.CreateDirectory(folder);
        }

        return full;
    }

    private void Staged(string relative, ManifestEntry entry)
    {
        _staged[relative] = true;
        List(relative, entry);
    }

    // Records this publish's entry for a file.
    private void List(string relative, ManifestEntry entry)
    {
        if (Previous.TryFind(relative, out var number))
        {
            List(number, entry);
        }
        else
        {
            _added[relative] = entry;
        }
    }

    private void List(int number, ManifestEntry entry)
    {
        lock (_listLocks[number % _listLocks.Length])
        {
            Listed[number] = entry;
            IsListed[number] = true;
        }
    }

    private static UInt128 HashOfFile(string path)
    {
        var hash = new System.IO.Hashing.XxHash128();
        using var stream = File.OpenRead(path);
        hash.Append(stream);
        return hash.GetCurrentHashAsUInt128();
    }

    /// <summary>
    /// Keeps the previous publish's file at <paramref name="sitePath"/> when it holds the bytes whose hash is
    /// <paramref name="content"/> (XXH128, as <see cref="OutputManifest.HashOf"/>) and is still as written, without the bytes
    /// being read or given; false when it must be written.
    /// </summary>
    public bool TryKeepContent(string sitePath, UInt128 content) => KeepsUnchanged(Relative(sitePath), content, default);

    /// <summary>
    /// Keeps the previous publish's file at <paramref name="sitePath"/> when it was made from the same
    /// inputs (<paramref name="fingerprint"/>; 0 is none) and is still as written; false when it must be made again.
    /// </summary>
    public bool TryKeep(string sitePath, UInt128 fingerprint)
    {
        var relative = Relative(sitePath);
        if (fingerprint == default || !Previous.TryFind(relative, out var number) || Previous.EntryAt(number).Fingerprint != fingerprint || !IsIntact(number))
        {
            return false;
        }

        List(number, Previous.EntryAt(number));
        return true;
    }

    /// <summary>Keeps the previous file at <paramref name="sitePath"/> when <paramref name="fingerprint"/> says it was made from the same inputs (<see cref="TryKeep"/>); otherwise makes and writes it.</summary>
    public void WriteUnlessKept(string sitePath, UInt128 fingerprint, Func<ReadOnlyMemory<byte>> make)
    {
        ArgumentNullException.ThrowIfNull(make);
        if (!TryKeep(sitePath, fingerprint))
        {
            Write(sitePath, make().Span, fingerprint);
        }
    }

    /// <summary>As <see cref="WriteUnlessKept(string, UInt128, Func{ReadOnlyMemory{byte}})"/> for a file made into a stream (<see cref="Write(string, Action{Stream}, UInt128)"/>).</summary>
    public void WriteUnlessKept(string sitePath, UInt128 fingerprint, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        if (!TryKeep(sitePath, fingerprint))
        {
            Write(sitePath, write, fingerprint);
        }
    }

    /// <summary>The site paths of the files this publish has written or kept so far ('/' between folders), in no particular order.</summary>
    public IReadOnlyCollection<string> SitePaths()
    {
        var paths = new List<string>(_added.Count + Previous.Count);
        paths.AddRange(_added.Keys);
        for (var i = 0; i < Previous.Count; i++)
        {
            if (IsListed[i])
            {
                paths.Add(Previous.PathAt(i));
            }
        }

        return Path.DirectorySeparatorChar == '/' ? paths : [.. paths.Select(p => p.Replace(Path.DirectorySeparatorChar, '/'))];
    }

    /// <summary>Puts the new site in place of the previous one.</summary>
    public void Commit()
    {
        if (Previous.Count == 0 || !Directory.Exists(_target))
        {
            SwapWhole();
        }
        else
        {
            Parallel.ForEach(_staged.Keys, Parallelism.PerCore, relative =>
            {
                var destination = Path.Combine(_target, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                File.Move(Path.Combine(StagingPath, relative), destination, overwrite: true);
            });
            var removed = Enumerable.Range(0, Previous.Count).Where(i => !IsListed[i]).Select(Previous.PathAt).ToList();
            Parallel.ForEach(removed, Parallelism.PerCore, relative => File.Delete(Path.Combine(_target, relative)));
            RemoveEmptyFolders(removed);
            BuiltFolders.DeleteTree(StagingPath);
        }

        _committed = true;
        if (_manifestPath is not null)
        {
            OutputManifest.Save(_manifestPath, _target, Entries());
        }
    }

    // This publish's files: those the previous one left that are kept or written again, in the manifest's order (path
    // order), with the new ones merged in (sorted first: a handful), so a manifest that was in order stays in order.
    private IEnumerable<KeyValuePair<string, ManifestEntry>> Entries()
    {
        var added = _added.OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
        var next = 0;
        for (var i = 0; i < Previous.Count; i++)
        {
            if (!IsListed[i])
            {
                continue;
            }

            var path = Previous.PathAt(i);
            for (; next < added.Count && string.CompareOrdinal(added[next].Key, path) < 0; next++)
            {
                yield return added[next];
            }

            yield return KeyValuePair.Create(path, Listed[i]);
        }

        for (; next < added.Count; next++)
        {
            yield return added[next];
        }
    }

    /// <summary>Removes the staging folder when the build did not commit.</summary>
    public void Dispose()
    {
        if (!_committed)
        {
            BuiltFolders.DeleteTree(StagingPath);
        }
    }

    private static string Relative(string sitePath)
    {
        var relative = sitePath.EndsWith('/') || sitePath.Length == 0 ? sitePath + "index.html" : sitePath;
        // Site paths are made of slugs, which the readers check; whatever the model holds, no file is written outside
        // the output folder ("stories/../../etc/").
        // (Checked on spans: every file of a publish comes through here.)
        foreach (var part in relative.AsSpan().Split('/'))
        {
            var name = relative.AsSpan()[part];
            if (name.IsEmpty || name is "." or ".." || name.Contains('\\'))
            {
                throw new InvalidOperationException($"'{sitePath}' is not a path inside the site");
            }
        }

        return relative.Replace('/', Path.DirectorySeparatorChar);
    }

    // The staging folder starts empty, so a file is normally new there: created with O_EXCL it needs no
    // truncation (FileMode.Create truncates after opening: one more system call for each of 100,000 files).
    // A path written twice in one build is overwritten as before.
    private static Microsoft.Win32.SafeHandles.SafeFileHandle OpenNew(string path)
    {
        try
        {
            return File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write);
        }
        catch (IOException) when (File.Exists(path))
        {
            return File.OpenHandle(path, FileMode.Create, FileAccess.Write);
        }
    }

    /// <summary>
    /// True when the folder holds every file the previous publish left there, each as it was left (size and last-write
    /// time): <see cref="IsAsPublished(string, string)"/>, from the check begun when the folder was opened (waited for if it
    /// has not ended), not a second look at every file.
    /// </summary>
    public bool HoldsPreviousPublish => _manifestPath is not null && Checked.Files.Count > 0 && !Checked.Intact.Contains(false);

    // Whether the previous file is still as written: the check begun when the folder was opened (waited for if it has not ended).
    private bool IsIntact(int number) => Checked.Intact[number];

    // What the previous publish left, waited for if its manifest is still being read and its files checked (a failure
    // to read is thrown as it was, not wrapped).
    private PreviousPublish Checked => _previousPublish.GetAwaiter().GetResult();

    // The files of the previous publish.
    private ManifestFiles Previous => Checked.Files;

    private ManifestEntry[] Listed => Checked.Listed;

    private bool[] IsListed => Checked.IsListed;

    /// <summary>Whether the file at <paramref name="relative"/> in <paramref name="target"/> still has the size and last-write time of <paramref name="entry"/>.</summary>
    internal static bool IsIntact(string target, string relative, ManifestEntry entry)
    {
        var file = new FileInfo(Path.Combine(target, relative));
        return file.Exists && file.Length == entry.Size && file.LastWriteTimeUtc.Ticks == entry.WrittenTicks;
    }

    /// <summary>
    /// True when <paramref name="target"/> holds every file its manifest lists, each with the size and last-write
    /// time the last publish left it with (files the manifest does not list are not looked at, as a publish leaves them).
    /// </summary>
    public static bool IsAsPublished(string target, string manifestPath)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(manifestPath);
        var full = Path.GetFullPath(target).TrimEnd(Path.DirectorySeparatorChar);
        var entries = Directory.Exists(full) ? OutputManifest.Load(manifestPath, full) : ManifestFiles.Empty;
        var intact = entries.Count > 0;
        Parallel.For(0, entries.Count, Parallelism.PerCore, (i, loop) =>
        {
            if (!intact || !IsIntact(full, entries.PathAt(i), entries.EntryAt(i)))
            {
                intact = false;
                loop.Stop();
            }
        });
        return intact;
    }

    // What the previous publish left: its manifest, whether each file is still as written, and this publish's entry for each
    // (set when the file is kept or written again). Entries are 48 bytes: one written on two cores at once (the same path
    // twice) could tear, so each is written under one of a few locks.
    private sealed record PreviousPublish(ManifestFiles Files, bool[] Intact, ManifestEntry[] Listed, bool[] IsListed)
    {
        public static PreviousPublish Check(string target, ManifestFiles files)
        {
            var intact = new bool[files.Count];
            for (var i = 0; i < intact.Length; i++)
            {
                intact[i] = IsIntact(target, files.PathAt(i), files.EntryAt(i));
            }

            return new PreviousPublish(files, intact, new ManifestEntry[files.Count], new bool[files.Count]);
        }
    }

    private void SwapWhole()
    {
        var old = Leftovers.PathOf(_target, Leftovers.Previous, Environment.ProcessId);
        if (Directory.Exists(_target))
        {
            Directory.Move(_target, old);
        }

        Directory.Move(StagingPath, _target);
        // The new site is in place: an old one that cannot be deleted does not undo that ("the build stopped" was said).
        Leftovers.TryDelete(old);
    }

    // Folders of removed files that are left empty go too, deepest first, up to output/ itself.
    private void RemoveEmptyFolders(IEnumerable<string> removed)
    {
        var folders = removed.Select(r => Path.GetDirectoryName(Path.Combine(_target, r))!).ToHashSet(StringComparer.Ordinal);
        foreach (var folder in folders.OrderByDescending(f => f.Length))
        {
            for (var current = folder; current.Length > _target.Length && Directory.Exists(current) && !Directory.EnumerateFileSystemEntries(current).Any();
                 current = Path.GetDirectoryName(current)!)
            {
                Directory.Delete(current);
            }
        }
    }

    // The folder an output folder that is a link leads to (output/ linked to a web server's folder): the site is staged
    // and swapped in beside that folder, and the link is left as it was. (Swapping at the link's own path replaced the
    // link with a folder, and then deleted the old site through the link.)
    private static string FolderBehindLink(string target)
    {
        var info = new DirectoryInfo(target);
        return info.LinkTarget is null ? target : info.ResolveLinkTarget(returnFinalTarget: true)!.FullName.TrimEnd(Path.DirectorySeparatorChar);
    }
}
