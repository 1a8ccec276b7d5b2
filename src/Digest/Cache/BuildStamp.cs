using System.Globalization;
using System.Text;

namespace Digest.Cache;

/// <summary>
/// What the last build that ended without a problem read and reported: the content hash of every file of
/// <c>seeds/</c>, <c>input/</c> and <c>theme/assets/</c> and the build's context (the code, the folders). A build that finds all of
/// them as they were, with <c>output/</c> as that build left it, has nothing to do (make's "up to date"),
/// however many files the project has. Kept in <c>.digest-cache/build.stamp</c>.
/// </summary>
/// <remarks>
/// Each file's size and last-write time are kept with its hash, so a file whose size and time are as they
/// were is not read again (as git's index does). A file written within <see cref="Settled"/> of a stamp is
/// read again next time whatever its time says: it may have changed again within one tick of the clock.
/// A stamp is only as good as the build it describes: every build that does not stop early removes it
/// first (<see cref="Remove"/>), so a failed or partial build never leaves a stamp of an earlier one behind.
/// </remarks>
public sealed class BuildStamp
{
    private const string Header = "digest-build-stamp 1";
    private static readonly byte[] HeaderBytes = Encoding.UTF8.GetBytes(Header);
    private const string FileName = "build.stamp";
    private const long Unsettled = -1;

    // The fingerprint of a stamp kept for its files only: no hash of files is written so.
    private const string NoBuild = "none";

    // The hash of a file that could not be read.
    private const string Unreadable = "unreadable";

    /// <summary>How long after its last write a file's time is trusted to tell a later change.</summary>
    public static readonly TimeSpan Settled = TimeSpan.FromSeconds(2);

    private readonly Dictionary<string, FileStamp> _files;

    // The cache folder (full path). Files are held by full path, and named from this folder in the stamp and its
    // fingerprint: a project moved or copied with its files' times (`mv`, `cp -a`, a cache CI restores elsewhere)
    // still finds its last build up to date.
    private readonly RelativeNames _names;

    private BuildStamp(RelativeNames names, string fingerprint, Dictionary<string, FileStamp> files, IReadOnlyDictionary<string, long> report)
    {
        _names = names;
        Fingerprint = fingerprint;
        _files = files;
        Report = report;
    }

    // How a stamp names a file: from the cache folder.
    private string Stored(string file) => _names.Of(file);

    /// <summary>A hash of the context and of every file's path and content.</summary>
    public string Fingerprint { get; }

    /// <summary>The figures the stamped build reported (empty until <see cref="Save"/>).</summary>
    public IReadOnlyDictionary<string, long> Report { get; }

    /// <summary>How many files were read (not known from an earlier stamp) to take this stamp.</summary>
    public int FilesRead { get; private init; }

    /// <summary>The stamp of the project's last clean build; null when there is none or it cannot be read.</summary>
    public static BuildStamp? Load(ProjectPaths paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var names = new RelativeNames(paths.Cache);
        var path = Path.Combine(paths.Cache, FileName);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        // Read as UTF-8 bytes (Utf8Lines), with only each file's path and hash made into strings: a reader's line and split
        // strings cost every build 12 MB of garbage and about half the time of loading the stamp (16–20 ms against 10 at 10k).
        var rest = Utf8Lines.WithoutByteOrderMark(bytes);
        if (!Utf8Lines.Next(ref rest, out var header) || !header.SequenceEqual(HeaderBytes) || !Utf8Lines.Next(ref rest, out var fingerprint)
            || !Utf8Lines.Next(ref rest, out var count) || !int.TryParse(count, CultureInfo.InvariantCulture, out var figures) || figures < 0)
        {
            return null;
        }

        var report = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var i = 0; i < figures; i++)
        {
            if (!Utf8Lines.Next(ref rest, out var line) || !Utf8Lines.TryField(ref line, out var name)
                || !long.TryParse(line, CultureInfo.InvariantCulture, out var value))
            {
                return null;
            }

            report[Encoding.UTF8.GetString(name)] = value;
        }

        var files = new Dictionary<string, FileStamp>(StringComparer.Ordinal);
        while (Utf8Lines.Next(ref rest, out var line))
        {
            if (!Utf8Lines.TryField(ref line, out var size) || !long.TryParse(size, CultureInfo.InvariantCulture, out var length)
                || !Utf8Lines.TryField(ref line, out var ticks) || !long.TryParse(ticks, CultureInfo.InvariantCulture, out var written)
                || !Utf8Lines.TryField(ref line, out var hash) || line.IndexOf((byte)'\t') >= 0)
            {
                return null;
            }

            // Named from the cache folder (a stamp of an earlier version named it from the root, which Combine keeps).
            files[names.PathOf(Encoding.UTF8.GetString(line))] = new FileStamp(length, written, Encoding.UTF8.GetString(hash), written != Unsettled);
        }

        return new BuildStamp(names, Encoding.UTF8.GetString(fingerprint), files, report);
    }

    /// <summary>Removes the project's stamp: the next build does all its work.</summary>
    public static void Remove(ProjectPaths paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var path = Path.Combine(paths.Cache, FileName);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    /// <summary>Every file of the project's seeds and input folders and of its theme files (what a stamp covers), in ordinal order.</summary>
    public static string[] Files(ProjectPaths paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        // The files the build reads, as it lists them (FolderFiles: no link to a folder is followed), and the links to
        // folders it does not follow, whose own change the stamp must see. Working files no stage reads (an editor's swap
        // file of a seed being edited) are not looked at.
        return new[] { paths.Seeds, paths.Input, paths.ThemeAssets }
            .SelectMany(folder => Listed(FolderFiles.Of(folder, paths.Root)).Where(path => !WorkingFiles.Ignored(paths, folder, path)))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    private static IEnumerable<string> Listed(FolderFiles listed) => listed.Files.Concat(listed.LeftOut.Select(l => l.Path));

    /// <summary>
    /// Takes the stamp of the project as it is now: every file of <see cref="Files"/>, reading only
    /// those <paramref name="previous"/> does not know by size and time.
    /// </summary>
    /// <param name="paths">The project.</param>
    /// <param name="context">What else the build's result depends on (the code, the command), as text.</param>
    /// <param name="previous">An earlier stamp of the same project, if any.</param>
    /// <param name="known">Hashes of files as this build read or wrote them, if any: a file still of the size and time recorded there is not read.</param>
    /// <param name="oneCore">
    /// Look at the files on the calling thread alone: a stamp taken while the build works on both cores (the one it
    /// leaves, taken while publish runs) uses the time a core is idle, instead of taking it from publish's workers.
    /// </param>
    public static BuildStamp Take(ProjectPaths paths, string context, BuildStamp? previous, FileDigests? known = null, bool oneCore = false)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(context);
        var now = DateTime.UtcNow;
        var found = Files(paths);
        var stamps = new FileStamp[found.Length];
        var read = 0;
        Parallel.For(0, found.Length, oneCore ? Parallelism.AtMost(1) : Parallelism.PerCore, i =>
        {
            try
            {
                var info = FolderFiles.Target(found[i]);
                var (size, written) = (info.Length, info.LastWriteTimeUtc.Ticks);
                if (previous is not null && previous._files.TryGetValue(found[i], out var stamped) && stamped.Settled && stamped.Size == size && stamped.Ticks == written)
                {
                    stamps[i] = stamped;
                    return;
                }

                var settled = now - info.LastWriteTimeUtc > Settled;
                if (known is not null && known.TryGet(found[i], size, written, out var recorded))
                {
                    stamps[i] = new FileStamp(size, written, recorded, settled);
                    return;
                }

                var hash = FileDigests.HashOf(size == 0 ? [] : File.ReadAllBytes(found[i]));
                Interlocked.Increment(ref read);
                stamps[i] = new FileStamp(size, written, hash, settled);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Gone or unreadable (the stages report it as they read the folders): stamped as such, never trusted.
                Interlocked.Increment(ref read);
                stamps[i] = new FileStamp(-1, Unsettled, Unreadable, false);
            }
        });

        var names = new RelativeNames(paths.Cache);
        var parts = new List<string>((2 * found.Length) + 2) { "build-stamp", context };
        var files = new Dictionary<string, FileStamp>(found.Length, StringComparer.Ordinal);
        for (var i = 0; i < found.Length; i++)
        {
            parts.Add(names.Of(found[i]));
            parts.Add(stamps[i].Hash);
            files[found[i]] = stamps[i];
        }

        return new BuildStamp(names, CacheStore.Key(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(parts)), files, new Dictionary<string, long>()) { FilesRead = read };
    }

    /// <summary>Keeps this stamp, with the figures the build reported, as the project's last clean build.</summary>
    public void Save(ProjectPaths paths, IReadOnlyDictionary<string, long> report) => Write(paths, Fingerprint, report);

    /// <summary>
    /// Keeps only what this stamp knows of each file (its hash by size and time) for the next stamp to start
    /// from, with no fingerprint a build can match: the build it was taken after may not stand for these files.
    /// </summary>
    public void SaveFilesOnly(ProjectPaths paths) => Write(paths, NoBuild, new Dictionary<string, long>());

    private void Write(ProjectPaths paths, string fingerprint, IReadOnlyDictionary<string, long> report)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(report);
        Directory.CreateDirectory(paths.Cache);
        var path = Path.Combine(paths.Cache, FileName);
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        using (var writer = new StreamWriter(temporary, false, new UTF8Encoding(false)))
        {
            writer.WriteLine(Header);
            writer.WriteLine(fingerprint);
            writer.WriteLine(report.Count.ToString(CultureInfo.InvariantCulture));
            foreach (var (name, value) in report.OrderBy(r => r.Key, StringComparer.Ordinal))
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}\t{value}"));
            }

            // Field by field, the numbers formatted in place: no string a line for the 20,000 lines of a 10k project.
            Span<char> number = stackalloc char[20];
            foreach (var (file, stamp) in _files.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                stamp.Size.TryFormat(number, out var length, default, CultureInfo.InvariantCulture);
                writer.Write(number[..length]);
                writer.Write('\t');
                (stamp.Settled ? stamp.Ticks : Unsettled).TryFormat(number, out length, default, CultureInfo.InvariantCulture);
                writer.Write(number[..length]);
                writer.Write('\t');
                writer.Write(stamp.Hash);
                writer.Write('\t');
                writer.WriteLine(Stored(file));
            }
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>
    /// True when a file outside <paramref name="writtenByBuild"/> was written at or after <paramref name="utc"/>
    /// (the start of the build): the build may have read it before the change, so its result is no build of
    /// these files and must not be stamped as one.
    /// </summary>
    public bool WrittenSince(DateTime utc, string writtenByBuild)
    {
        ArgumentNullException.ThrowIfNull(writtenByBuild);
        return _files.Any(f => f.Value.Ticks >= utc.Ticks && !ProjectPaths.IsInside(f.Key, writtenByBuild));
    }

    /// <summary>
    /// True when a file of <paramref name="before"/> outside <paramref name="writtenByBuild"/> is not in this stamp:
    /// removed while the build ran (a removal moves no file's time, so <see cref="WrittenSince"/> cannot see it).
    /// </summary>
    public bool Lacks(IEnumerable<string> before, string writtenByBuild)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(writtenByBuild);
        return before.Any(f => !ProjectPaths.IsInside(f, writtenByBuild) && !_files.ContainsKey(f));
    }

    /// <summary>
    /// The files this stamp knows by a hash, each with its size and last-write time, that are old enough for their size and
    /// time to tell a later change (<see cref="Settled"/>): what the build this stamp was taken for may trust without reading.
    /// </summary>
    public IEnumerable<(string Path, long Size, long Ticks, string Hash)> SettledFiles() =>
        _files.Where(f => f.Value.Settled && f.Value.Hash != Unreadable).Select(f => (f.Key, f.Value.Size, f.Value.Ticks, f.Value.Hash));

    /// <summary>
    /// True when <paramref name="last"/> is the stamp of a clean build (<see cref="Save"/>) made in the same
    /// <paramref name="context"/> as this one, and every file it or this stamp covers outside <paramref name="folder"/> is
    /// the same in both (by hash): what changed since that build is inside the folder alone.
    /// </summary>
    /// <param name="last">The stamp of the last build.</param>
    /// <param name="context">This build's context (as <see cref="Take"/> was given it).</param>
    /// <param name="folder">The folder whose files may differ.</param>
    public bool DiffersOnlyInside(BuildStamp last, string context, string folder)
    {
        ArgumentNullException.ThrowIfNull(last);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(folder);
        if (last.Fingerprint == NoBuild || last.Report.Count == 0)
        {
            return false;
        }

        // The last fingerprint made again with this context: the same only when that build's context was this one.
        var parts = new List<string>((2 * last._files.Count) + 2) { "build-stamp", context };
        foreach (var (file, stamp) in last._files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            parts.Add(last.Stored(file));
            parts.Add(stamp.Hash);
        }

        if (CacheStore.Key(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(parts)) != last.Fingerprint)
        {
            return false;
        }

        bool SameOutside(Dictionary<string, FileStamp> files, Dictionary<string, FileStamp> other) => files.All(f =>
            ProjectPaths.IsInside(f.Key, folder) || (f.Value.Hash != Unreadable && other.TryGetValue(f.Key, out var kept) && kept.Hash == f.Value.Hash));
        return SameOutside(_files, last._files) && SameOutside(last._files, _files);
    }

    /// <summary>The files this stamp covers.</summary>
    public IReadOnlyCollection<string> FilePaths => _files.Keys;

    // Ticks: the last-write time (UTC); Settled: whether it is old enough to be trusted next time.
    private readonly record struct FileStamp(long Size, long Ticks, string Hash, bool Settled);
}
