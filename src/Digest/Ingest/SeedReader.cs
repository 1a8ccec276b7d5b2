namespace Digest.Ingest;

/// <summary>
/// Reads every seed file of the seeds folder and of the folders inside it (a site's seeds can be kept by year or by
/// desk, as a Hugo site's content), in ordinal order of their paths, reporting the unreadable ones. Folders whose name
/// starts with '.' (a version-control or editor folder) are not read.
/// </summary>
public static class SeedReader
{
    /// <summary>File extensions accepted as seeds.</summary>
    public static IReadOnlySet<string> Extensions { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".html", ".htm" };

    /// <summary>Reads the seeds of <paramref name="paths"/>; problems go to <paramref name="diagnostics"/>.</summary>
    /// <param name="paths">The project's folders.</param>
    /// <param name="diagnostics">Receives a reason for every file skipped.</param>
    /// <param name="maxBytes">Larger files are skipped (reported by name with their size).</param>
    /// <param name="digests">
    /// What the build knows of files by size and time (the stamp taken as it started) and where each file's content as read is
    /// recorded (for the stamp it leaves), if anywhere.
    /// </param>
    /// <param name="isExtracted">
    /// Whether the extract cache holds the article of a seed (by its name and the hash of its bytes), if asked: a file known
    /// to <paramref name="digests"/> (<see cref="Cache.FileDigests.TryGetKnown"/>) whose article is held is left unread, and not
    /// looked at (<see cref="Seed.IsUnread"/>).
    /// </param>
    /// <param name="found">Receives the name of every seed file in the folder, read or not, if given.</param>
    public static IReadOnlyList<Seed> ReadAll(ProjectPaths paths, ICollection<Diagnostic> diagnostics, long maxBytes = IngestSettings.DefaultMaxSeedBytes,
        Cache.FileDigests? digests = null, Func<string, string, bool>? isExtracted = null, ISet<string>? found = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (!Directory.Exists(paths.Seeds))
        {
            diagnostics.Add(Diagnostic.Warning(paths.Display(paths.Seeds), File.Exists(paths.Seeds)
                ? "a file where the seeds folder belongs; nothing to ingest"
                : "seeds folder not found; nothing to ingest"));
            return [];
        }

        var listed = FolderFiles.Of(paths.Seeds, paths.Root);
        // Editors' working files and hidden ones (.notes.txt, emacs's lock .#000.txt) are no seeds, in a hidden folder or not.
        var all = listed.Files.Where(f => !WorkingFiles.Below(paths.Seeds, f)).ToList();
        foreach (var (link, problem) in listed.LeftOut.Where(l => !WorkingFiles.Below(paths.Seeds, l.Path)))
        {
            diagnostics.Add(Diagnostic.Error(paths.Display(link), $"not read: {problem}"));
        }
        var files = all.Where(f => Extensions.Contains(Path.GetExtension(f))).ToList();
        ReportStrayFiles(paths, all, diagnostics);
        foreach (var file in found is null ? [] : files)
        {
            found!.Add(NameOf(paths, file));
        }

        // Reading and decoding each file stands alone: both cores share them, each into its own slot,
        // then seeds and problems are taken in file order.
        var sidecars = all.Where(f => Path.GetExtension(f) == ".yml").ToHashSet(StringComparer.Ordinal);
        var read = new (Seed? Seed, Diagnostic? Problem)[files.Count];
        Parallel.For(0, files.Count, Parallelism.PerCore, i => read[i] = Read(paths, listed, files[i], maxBytes, digests, isExtracted, sidecars.Contains(Path.ChangeExtension(files[i], ".yml"))));
        var seeds = new List<Seed>(files.Count);
        foreach (var (seed, problem) in read)
        {
            if (problem is not null)
            {
                diagnostics.Add(problem);
            }

            if (seed is not null)
            {
                seeds.Add(seed);
            }
        }

        return seeds;
    }

    /// <summary>A seed's name: its path inside the seeds folder, with '/' between folders ("2024/bridge.txt").</summary>
    public static string NameOf(ProjectPaths paths, string file)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return Path.GetRelativePath(paths.Seeds, file).Replace(Path.DirectorySeparatorChar, '/');
    }

    // A file in seeds/ that no build reads is most often a slip: a sidecar named .yaml, a seed saved as .md, a
    // sidecar whose seed was renamed. Each is named, once, so the maintainer sees why it changed nothing. Hidden
    // files (.gitkeep) and editors' working copies (#notes#, bridge.txt~) are left alone.
    private static void ReportStrayFiles(ProjectPaths paths, List<string> files, ICollection<Diagnostic> diagnostics)
    {
        var seeds = files.Where(f => Extensions.Contains(Path.GetExtension(f)))
            .ToLookup(f => Path.ChangeExtension(f, null), StringComparer.Ordinal);
        foreach (var file in files)
        {
            var extension = Path.GetExtension(file);
            if (Extensions.Contains(extension))
            {
                continue;
            }

            if (extension == ".yml")
            {
                var owners = seeds[Path.ChangeExtension(file, null)].ToList();
                if (owners.Count == 0)
                {
                    diagnostics.Add(Diagnostic.Warning(paths.Display(file),
                        $"a sidecar without its seed (no {Path.GetFileNameWithoutExtension(file)}.txt, .html or .htm beside it); it is not read"));
                }
                else if (owners.Count > 1)
                {
                    // Each seed reads it: a title or date meant for one is given to both.
                    diagnostics.Add(Diagnostic.Warning(paths.Display(file),
                        $"the sidecar of {owners.Count} seeds ({string.Join(", ", owners.Select(Path.GetFileName).Order(StringComparer.Ordinal))}): it applies to each; give each seed a name of its own"));
                }

                continue;
            }

            var hint = extension.Equals(".yaml", StringComparison.OrdinalIgnoreCase) ? " (a sidecar is NAME.yml)" : "";
            diagnostics.Add(Diagnostic.Warning(paths.Display(file), $"not a seed: seeds are .txt, .html or .htm files{hint}; it is not read"));
        }
    }

    private static (Seed? Seed, Diagnostic? Problem) Read(ProjectPaths paths, FolderFiles listed, string file, long maxBytes, Cache.FileDigests? digests, Func<string, string, bool>? isExtracted,
        bool hasSidecar)
    {
        var name = NameOf(paths, file);
        var display = paths.Display(file);
        byte[] bytes;
        string contentKey;
        try
        {
            // A seed the stamp taken as the build started knew (unchanged since the last build) whose article is held is not
            // looked at again: its size and time were read a moment ago (10,000 seeds, 10,000 system calls).
            if (isExtracted is not null && digests is not null && digests.TryGetKnown(file, out var knownSize, out var knownHash)
                && knownSize <= maxBytes && isExtracted(name, knownHash))
            {
                return (Seed.Unread(name, display, knownHash, hasSidecar), null);
            }

            // (A seed left unread above is as a build read it before: not a link FolderFiles refuses, or of the same bytes.)
            var looked = new FileInfo(file);
            if (listed.LinkProblem(looked) is { } linkProblem)
            {
                return (null, Diagnostic.Error(display, $"not read: {linkProblem}"));
            }

            var info = FolderFiles.Target(looked);
            var size = info.Length;
            if (size > maxBytes)
            {
                return (null, Diagnostic.Error(display, $"the file is too large ({size:N0} bytes; the limit is {maxBytes:N0}, set by ingest.max_seed_bytes in input/digest.yml); it was skipped"));
            }

            // A file of size 0 is not opened (a named pipe would wait for a writer): it holds nothing.
            bytes = size == 0 ? [] : File.ReadAllBytes(file);
            contentKey = digests?.Read(file, bytes, size, info.LastWriteTimeUtc) ?? Cache.FileDigests.HashOf(bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, Diagnostic.Error(display, "cannot be read: " + paths.Message(e)));
        }

        return SeedDecoder.TryDecode(bytes, out var text, out var reason, Html.HtmlSeed.IsHtml(file))
            ? (new Seed(name, display, text) { ContentKey = contentKey, HasSidecar = hasSidecar }, null)
            : (null, Diagnostic.Error(display, reason + "; it was skipped"));
    }
}
