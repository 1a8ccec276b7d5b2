using System.IO.Enumeration;
using System.Text.Json;
using System.Xml;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Digest.Cache;

namespace Digest.Check;

/// <summary>
/// Validates a published site as a host would serve it: every page parses as HTML without errors,
/// every internal link and fragment resolves, every feed, sitemap and JSON file parses.
/// </summary>
public static partial class SiteChecker
{
    /// <summary>Problems found in <paramref name="output"/>, a site served under <paramref name="basePath"/>.</summary>
    /// <param name="output">The site folder.</param>
    /// <param name="basePath">The path of the site's base URL ("/" or "/digest/").</param>
    /// <param name="display">How a file of the site is named in messages.</param>
    public static IReadOnlyList<Diagnostic> Check(string output, string basePath, Func<string, string> display) =>
        Check(output, basePath, display, cache: null).Diagnostics;

    /// <summary>
    /// Problems found in <paramref name="output"/>, a site served under <paramref name="basePath"/>, reading again only
    /// what changed since the last check that found none, as <paramref name="cache"/> keeps it (<see cref="CheckState"/>).
    /// The result is the one a check of every file gives: that check found every file as it was then without a problem, so
    /// a file with the same bytes has none, and a link of such a page still leads where it did unless a file is gone or a
    /// changed page lost an id a fragment may name; then every file is read and every link followed.
    /// </summary>
    /// <param name="output">The site folder.</param>
    /// <param name="basePath">The path of the site's base URL ("/" or "/digest/").</param>
    /// <param name="display">How a file of the site is named in messages.</param>
    /// <param name="cache">Where the state of the last clean check is kept (saved when this one finds nothing), if anywhere.</param>
    /// <param name="published">
    /// What the last publish left in the folder (its manifest), if known: a file whose hash it records, still as that publish
    /// left it and as the last clean check saw it, is not read at all; a file it did not make is a warning (a full build
    /// removes it, an incremental one leaves it).
    /// </param>
    /// <param name="copies">
    /// The maintainer's files published as they are (<c>input/static/</c>: <see cref="Publish.StaticFiles.Copies"/>), by full
    /// path in the site with the hash of their bytes: a file of the site with those bytes is not checked, and its links
    /// are not followed (a domain's proof file named <c>.html</c> need not be HTML). Links to it resolve as to any file.
    /// </param>
    public static CheckResult Check(string output, string basePath, Func<string, string> display, CacheStore? cache, Publish.Output.LastPublish? published = null,
        IReadOnlyDictionary<string, UInt128>? copies = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(basePath);
        ArgumentNullException.ThrowIfNull(display);
        var diagnostics = new List<Diagnostic>();
        // A folder above it that cannot be entered throws (FolderFiles.Exists), instead of "does not exist".
        if (!FolderFiles.Exists(output))
        {
            diagnostics.Add(Diagnostic.Error(display(output), File.Exists(output)
                ? "is a file, not the site folder; move it away and run 'digest build'"
                : "the site folder does not exist; run 'digest build' first"));
            return new CheckResult(diagnostics, 0, null);
        }

        // Full paths throughout: the state, the pages and the links' targets are looked up by them.
        output = Path.GetFullPath(output);
        var (files, links) = Listing(output);
        diagnostics.AddRange(links.Select(link => Diagnostic.Warning(display(link),
            "a link to a folder, which the check does not follow: no build makes one in the site folder, and a full build removes it")));
        if (published is { Known: true })
        {
            // A file put in output/ by hand: an incremental publish leaves what it did not make, a full one swaps the whole folder.
            diagnostics.AddRange(files.Where(f => !published.Made(f)).Select(f => Diagnostic.Warning(display(f),
                "no build made this file: an incremental build leaves it, a full one removes it; a file of the site's own belongs in input/static/")));
            // And one it made that is gone: a sitemap or robots.txt that no page links to would not be missed otherwise.
            diagnostics.AddRange(published.Missing(files.ToHashSet(StringComparer.Ordinal)).Select(f => Diagnostic.Error(display(f),
                "the last build made this file and it is no longer there (or is no file): build again")));
        }

        var store = cache is { Enabled: true } ? cache : null;
        var key = store is null ? "" : CheckState.Key(store, output, basePath);
        var before = store is null ? null : CheckState.Load(store, key, output);

        // Each file is read on its own, on both cores, into its own slot; the slots are then taken in file order, so the
        // report does not depend on which core finished first. A file as the last clean check saw it is only hashed.
        var read = new FileRead[files.Count];
        Parallel.For(0, files.Count, Parallelism.PerCore, i =>
        {
            var known = before is null ? null : published?.Hash(files[i]);
            var bytes = known is null ? Bytes(files[i], out _) : null;
            var content = known ?? (bytes is null ? default(UInt128?) : System.IO.Hashing.XxHash128.HashToUInt128(bytes));
            read[i] = content is { } hash && copies is not null && copies.TryGetValue(files[i], out var own) && own == hash
                ? new FileRead(hash, null, [], 0) { Copy = true }
                : content is { } same && before is not null && before.TryGetValue(files[i], out var seen) && seen.Content == same
                ? new FileRead(same, null, null, seen.Ids)
                : Read(files[i], bytes, display);
        });

        var changed = before is null ? (int?)null : read.Count(r => r.Problems is not null && !r.Copy);
        if (before is not null && !AsBefore(before, files, read))
        {
            Parallel.For(0, files.Count, Parallelism.PerCore, i => read[i] = read[i].Problems is null ? Read(files[i], null, display) : read[i]);
            (before, changed) = (null, null);
        }

        var pages = new Dictionary<string, PageLinks>(StringComparer.Ordinal);
        for (var i = 0; i < files.Count; i++)
        {
            diagnostics.AddRange(read[i].Problems ?? []);
            if (read[i].Page is { } page)
            {
                pages[files[i]] = page;
            }
        }

        // A page not read again (as the last clean check saw it) is read once, when a link first names one of its ids (null:
        // it cannot be read now).
        var unread = new System.Collections.Concurrent.ConcurrentDictionary<string, PageLinks?>(StringComparer.Ordinal);
        PageLinks? PageAt(string path) =>
            pages.TryGetValue(path, out var page) ? page
            : before is not null && before.ContainsKey(path) && path.EndsWith(".html", StringComparison.Ordinal)
                ? unread.GetOrAdd(path, p => Bytes(p, out _) is { } bytes ? ReadPage(Text(bytes), display(p), []) : null)
                : null;

        // Links are resolved against the files listed above, not asked of the file system one by one (a 10,000-report
        // site has millions of links).
        var site = new SiteFiles(files);
        if (OtherBase(output, basePath, PageAt, site, display) is { } otherBase)
        {
            diagnostics.Add(otherBase);
            return new CheckResult(diagnostics, files.Count, changed);
        }

        var broken = new List<Diagnostic>[files.Count];
        Parallel.For(0, files.Count, Parallelism.PerCore, i =>
        {
            broken[i] = [];
            if (read[i].Page is { } page)
            {
                foreach (var link in page.Links)
                {
                    CheckLink(output, basePath, files[i], link, PageAt, site, display, broken[i]);
                }
            }
        });

        foreach (var problems in broken)
        {
            diagnostics.AddRange(problems);
        }

        if (store is not null && diagnostics.Count == 0)
        {
            CheckState.Keep(store, key, output, files, [.. read.Select(r => new CheckState.Seen(r.Content, r.Ids))]);
        }

        return new CheckResult(diagnostics, files.Count, changed);
    }

    // Whether the links of the pages not read again still lead where they did when the last clean check followed them: no
    // file of that check is gone, and no page read again has other ids than it had then (one it lost may be a link's fragment).
    private static bool AsBefore(Dictionary<string, CheckState.Seen> before, List<string> files, FileRead[] read)
    {
        var now = files.ToHashSet(StringComparer.Ordinal);
        if (before.Keys.Any(path => !now.Contains(path)))
        {
            return false;
        }

        for (var i = 0; i < files.Count; i++)
        {
            if (read[i].Problems is not null && before.TryGetValue(files[i], out var seen) && seen.Ids != read[i].Ids)
            {
                return false;
            }
        }

        return true;
    }

    // A file read (unless its bytes are given) and checked on its own: its problems, and a page's ids and links. A file that
    // cannot be read (a link in the site that leads nowhere, a file without permission to read) is a problem of its own.
    private static FileRead Read(string file, byte[]? bytes, Func<string, string> display)
    {
        Exception? unreadable = null;
        bytes ??= Bytes(file, out unreadable);
        if (bytes is null)
        {
            return new FileRead(default, null, [Diagnostic.Error(display(file), $"the file cannot be read: {unreadable?.Message}")], 0);
        }

        var content = System.IO.Hashing.XxHash128.HashToUInt128(bytes);
        var problems = new List<Diagnostic>();
        PageLinks? page = null;
        switch (Path.GetExtension(file))
        {
            case ".html":
                page = ReadPage(Text(bytes), display(file), problems);
                break;
            case ".xml":
                CheckXml(bytes, display(file), problems);
                break;
            case ".json":
                CheckJson(bytes, display(file), problems);
                break;
        }

        return new FileRead(content, page, problems, page is null ? 0 : IdsHash(page.Ids));
    }

    // The file's bytes, or null (and why) when it cannot be read.
    private static byte[]? Bytes(string file, out Exception? unreadable)
    {
        try
        {
            unreadable = null;
            // A file of size 0 is not opened: a named pipe put in output/ would keep the check waiting for a writer.
            return FolderFiles.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            unreadable = e;
            return null;
        }
    }

    // The bytes as text, as File.ReadAllText reads a file: UTF-8 unless a byte order mark says otherwise, the mark left out.
    private static string Text(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes, writable: false), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    private static ulong IdsHash(HashSet<string> ids) =>
        System.IO.Hashing.XxHash64.HashToUInt64(System.Text.Encoding.UTF8.GetBytes(string.Join('\n', ids.Order(StringComparer.Ordinal))));

    // One file of the site: its bytes' hash; when it was read, its problems (null: not read, as the last clean check saw
    // it) and, for a page, its ids and links; the hash of those ids (a page's), as read or as the last clean check saw them.
    // A copy is a maintainer's file published as it is, not checked (nor counted as changed).
    private readonly record struct FileRead(UInt128 Content, PageLinks? Page, List<Diagnostic>? Problems, ulong Ids)
    {
        public bool Copy { get; init; }
    }

    private static PageLinks ReadPage(string html, string shown, List<Diagnostic> diagnostics)
    {
        var parser = new HtmlParser();
        parser.Error += (_, e) =>
        {
            if (e is AngleSharp.Html.Dom.Events.HtmlErrorEvent error)
            {
                diagnostics.Add(Diagnostic.Error(shown, "malformed HTML: " + error.Message, error.Position.Line, error.Position.Column));
            }
        };
        var document = parser.ParseDocument(html);
        var ids = document.All.Select(e => e.Id).Where(id => !string.IsNullOrEmpty(id)).Select(id => id!).ToHashSet(StringComparer.Ordinal);
        var links = document.All
            .Where(e => e is IHtmlAnchorElement or IHtmlLinkElement or IHtmlScriptElement or IHtmlImageElement or IHtmlFormElement)
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src") ?? e.GetAttribute("action"))
            .Where(l => !string.IsNullOrEmpty(l))
            .Select(l => l!)
            .ToList();
        return new PageLinks(ids, links);
    }

    private static void CheckXml(byte[] bytes, string shown, List<Diagnostic> diagnostics)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
            while (reader.Read())
            {
            }
        }
        catch (XmlException e)
        {
            // An empty file's error has no place in it: line 0, column 0.
            diagnostics.Add(Diagnostic.Error(shown, "malformed XML: " + e.Message, e.LineNumber > 0 ? e.LineNumber : null, e.LineNumber > 0 ? e.LinePosition : null));
        }
    }

    private static void CheckJson(byte[] bytes, string shown, List<Diagnostic> diagnostics)
    {
        try
        {
            using var document = JsonDocument.Parse(bytes);
        }
        catch (JsonException e)
        {
            diagnostics.Add(Diagnostic.Error(shown, "malformed JSON: " + e.Message, (int?)e.LineNumber + 1, (int?)e.BytePositionInLine + 1));
        }
    }

    private sealed record PageLinks(HashSet<string> Ids, List<string> Links);

    /// <summary>What a check found.</summary>
    /// <param name="Diagnostics">The problems.</param>
    /// <param name="Files">The files of the site.</param>
    /// <param name="Changed">The files read again because they changed since the last check that found no problem; null when every file was read (no such check, or a file of it is gone).</param>
    public sealed record CheckResult(IReadOnlyList<Diagnostic> Diagnostics, int Files, int? Changed);

    // The site's files, in order, and its links to folders, which are not followed: no build makes a link, and one to the
    // machine's root had the check read the whole machine (one to its own folder, forty folders deep). A link to a file is
    // read as the file a host serves there.
    private static (List<string> Files, List<string> FolderLinks) Listing(string output)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false };
        var entries = new FileSystemEnumerable<(string Path, bool Link)>(output, (ref entry) => (entry.ToFullPath(), FolderFiles.IsLink(ref entry)), options)
        {
            ShouldIncludePredicate = (ref entry) => !entry.IsDirectory || FolderFiles.IsLink(ref entry),
            ShouldRecursePredicate = (ref entry) => !FolderFiles.IsLink(ref entry),
        }.ToList();
        var folderLinks = entries.Where(e => e.Link && Directory.Exists(e.Path)).Select(e => e.Path).ToHashSet(StringComparer.Ordinal);
        return ([.. entries.Select(e => e.Path).Where(p => !folderLinks.Contains(p)).Order(StringComparer.Ordinal)], [.. folderLinks.Order(StringComparer.Ordinal)]);
    }
}
