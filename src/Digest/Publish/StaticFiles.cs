using Digest.Cache;
using Digest.Publish.Output;

namespace Digest.Publish;

/// <summary>
/// The maintainer's files published as they are at the site's root (<see cref="ProjectPaths.Static"/>, <c>input/static/</c>,
/// as Hugo's <c>static/</c>): <c>input/static/favicon.ico</c> becomes <c>output/favicon.ico</c>, and
/// <c>input/static/.well-known/security.txt</c> <c>output/.well-known/security.txt</c>. What a host reads from the site's
/// root (Netlify's and Cloudflare Pages' <c>_redirects</c> and <c>_headers</c>, a domain's proof file) goes there.
/// </summary>
/// <remarks>
/// A <c>robots.txt</c> there replaces the one the site makes (which allows every crawler and names the sitemap): a site
/// that turns crawlers away writes its own. No other file takes the place of one the site makes (a page, a feed, the
/// sitemap, the search index, a theme asset, which <c>theme/assets/</c> replaces): such a file is an error that names it,
/// and the site's own file stays. Editors' and version control's
/// files are left out (<see cref="WorkingFiles.BelowPublished"/>); other hidden files are published. A file the build
/// knows unchanged (by size and time: <see cref="FileDigests"/>) is not read again; any other is read, and written only
/// when its bytes changed (<see cref="OutputFolder"/>).
/// </remarks>
public static class StaticFiles
{
    /// <summary>The one file of the site's own that a file of <see cref="ProjectPaths.Static"/> replaces.</summary>
    public const string Replaced = SitemapWriter.RobotsPath;

    /// <summary>
    /// Publishes <paramref name="files"/> (<see cref="List"/>) into <paramref name="output"/>, after the site's own files (so
    /// that a file at one of their paths is found and left out). Returns how many were published.
    /// </summary>
    /// <param name="files">The files of <see cref="ProjectPaths.Static"/>, as <see cref="List"/> gives them.</param>
    /// <param name="paths">The project.</param>
    /// <param name="output">The output folder, holding every other file of this publish.</param>
    /// <param name="diagnostics">Where a file left out is named, with why.</param>
    /// <param name="known">
    /// What the build knows of input files without reading them (<see cref="FileDigests"/>), if anything: a file whose
    /// size and time are as known, and whose bytes the site's file at its path still has, is kept without being read.
    /// </param>
    public static int Publish(IReadOnlyList<(string SitePath, string File)> files, ProjectPaths paths, OutputFolder output, List<Diagnostic> diagnostics,
        FileDigests? known = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (files.Count == 0)
        {
            return 0;
        }

        var site = new SiteLayout(output.SitePaths());
        var published = 0;
        foreach (var (sitePath, file) in files)
        {
            if (site.Conflict(sitePath) is { } conflict)
            {
                diagnostics.Add(Diagnostic.Error(paths.Display(file), $"not published: {conflict}; give this file another name or folder"));
                continue;
            }

            try
            {
                var kept = known is not null && IsKnown(known, file, out var hash) && output.TryKeepContent(sitePath, hash);
                if (!kept)
                {
                    output.Write(sitePath, FolderFiles.ReadAllBytes(file));
                }

                published++;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(Diagnostic.Error(paths.Display(file), $"not published: the file cannot be read ({paths.Message(e)})"));
            }
        }

        return published;
    }

    // Whether the build knows the hash of the file's bytes from its size and time.
    private static bool IsKnown(FileDigests known, string file, out UInt128 hash)
    {
        var info = FolderFiles.Target(file);
        return known.TryGetHash(file, info.Length, info.LastWriteTimeUtc.Ticks, out hash);
    }

    /// <summary>
    /// What the files of <see cref="ProjectPaths.Static"/> would be in the site: for each, its full path in
    /// <see cref="ProjectPaths.Output"/> and the hash (XXH128) of its bytes. A file of the site with those bytes is the
    /// maintainer's as written (a domain's proof file need not be HTML), which <c>digest check</c> leaves as it is.
    /// </summary>
    /// <param name="paths">The project.</param>
    public static Dictionary<string, UInt128> Copies(ProjectPaths paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var copies = new Dictionary<string, UInt128>(StringComparer.Ordinal);
        foreach (var (sitePath, file) in List(paths, []))
        {
            try
            {
                copies[Path.GetFullPath(Path.Combine(paths.Output, sitePath))] = System.IO.Hashing.XxHash128.HashToUInt128(FolderFiles.ReadAllBytes(file));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Not published either: the file of that path in the site, if any, is checked as any other.
            }
        }

        return copies;
    }

    /// <summary>
    /// The files of <see cref="ProjectPaths.Static"/> to publish, each with its path in the site ('/' between folders), in
    /// ordinal order of their paths (<see cref="FolderFiles.Published"/>: the files a link or a name keeps out of the site
    /// are named in <paramref name="diagnostics"/>).
    /// </summary>
    /// <param name="paths">The project.</param>
    /// <param name="diagnostics">Where a file left out is named, with why.</param>
    public static IReadOnlyList<(string SitePath, string File)> List(ProjectPaths paths, List<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(diagnostics);
        return FolderFiles.Published(paths, paths.Static, WorkingFiles.BelowPublished, diagnostics);
    }

    // The files of the site and the folders they are in, to tell where a static file would take a site file's place. Paths
    // are compared without regard to case: on a file system that ignores it (macOS's, Windows's) Index.html would
    // overwrite the home page.
    private sealed class SiteLayout
    {
        private readonly HashSet<string> _files;
        private readonly HashSet<string> _folders = new(StringComparer.OrdinalIgnoreCase);

        public SiteLayout(IReadOnlyCollection<string> files)
        {
            _files = new HashSet<string>(files, StringComparer.OrdinalIgnoreCase);
            foreach (var file in files)
            {
                for (var end = file.LastIndexOf('/'); end > 0 && _folders.Add(file[..end]); end = file.LastIndexOf('/', end - 1))
                {
                }
            }
        }

        // Why a file at sitePath cannot be published beside the site's files, or null when it can.
        public string? Conflict(string sitePath)
        {
            if (_files.TryGetValue(sitePath, out var file))
            {
                return $"the site makes {file} itself, and publishes its own";
            }

            if (_folders.TryGetValue(sitePath, out var folder))
            {
                return $"the site has a folder {folder}/ there";
            }

            for (var end = sitePath.IndexOf('/', StringComparison.Ordinal); end > 0; end = sitePath.IndexOf('/', end + 1))
            {
                if (_files.TryGetValue(sitePath[..end], out var above))
                {
                    return $"the site makes a file {above}, where this path needs a folder";
                }
            }

            return null;
        }
    }
}
