using System.Text.Json;
using System.Xml;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Digest.Check;

/// <summary>
/// Validates a published site as a host would serve it: every page parses as HTML without errors,
/// every internal link and fragment resolves, every feed, sitemap and JSON file parses.
/// </summary>
public static class SiteChecker
{
    /// <summary>Problems found in <paramref name="output"/>, a site served under <paramref name="basePath"/>.</summary>
    /// <param name="output">The site folder.</param>
    /// <param name="basePath">The path of the site's base URL ("/" or "/digest/").</param>
    /// <param name="display">How a file of the site is named in messages.</param>
    public static IReadOnlyList<Diagnostic> Check(string output, string basePath, Func<string, string> display)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(basePath);
        ArgumentNullException.ThrowIfNull(display);
        var diagnostics = new List<Diagnostic>();
        if (!Directory.Exists(output))
        {
            diagnostics.Add(Diagnostic.Error(display(output), "the site folder does not exist; run 'digest build' first"));
            return diagnostics;
        }

        var files = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        // Each file is read on its own, on both cores, into its own slot; the slots are then taken in file order, so the
        // report does not depend on which core finished first.
        var read = new (PageLinks? Page, List<Diagnostic> Problems)[files.Count];
        Parallel.For(0, files.Count, Parallelism.PerCore, i =>
        {
            var file = files[i];
            var problems = new List<Diagnostic>();
            PageLinks? page = null;
            switch (Path.GetExtension(file))
            {
                case ".html":
                    page = ReadPage(file, display(file), problems);
                    break;
                case ".xml":
                    CheckXml(file, display(file), problems);
                    break;
                case ".json":
                    CheckJson(file, display(file), problems);
                    break;
            }

            read[i] = (page, problems);
        });

        var pages = new Dictionary<string, PageLinks>(StringComparer.Ordinal);
        for (var i = 0; i < files.Count; i++)
        {
            diagnostics.AddRange(read[i].Problems);
            if (read[i].Page is { } page)
            {
                pages[files[i]] = page;
            }
        }

        // Links are resolved against the files listed above, not asked of the file system one by one (a 10,000-report
        // site has millions of links).
        var site = new SiteFiles(files);
        if (OtherBase(output, basePath, pages, site, display) is { } otherBase)
        {
            diagnostics.Add(otherBase);
            return diagnostics;
        }

        var broken = new List<Diagnostic>[files.Count];
        Parallel.For(0, files.Count, Parallelism.PerCore, i =>
        {
            broken[i] = [];
            if (read[i].Page is { } page)
            {
                foreach (var link in page.Links)
                {
                    CheckLink(output, basePath, files[i], link, pages, site, display, broken[i]);
                }
            }
        });

        foreach (var problems in broken)
        {
            diagnostics.AddRange(problems);
        }

        return diagnostics;
    }

    // One error in place of every link's when the home page's links (two or more) all lead outside the base path checked for (a site
    // built with --base-url, or for another base_url): its links cannot be followed, and thousands of "broken link"
    // errors would hide why. Null when any of them leads to a file of the site, when most do not lead to one under the
    // folder they share either (they are broken), or when there is no home page to tell.
    private static Diagnostic? OtherBase(string output, string basePath, Dictionary<string, PageLinks> pages, SiteFiles site, Func<string, string> display)
    {
        var home = Path.Combine(output, "index.html");
        if (!pages.TryGetValue(home, out var page))
        {
            return null;
        }

        var rooted = page.Links.Where(l => l.StartsWith('/') && !l.StartsWith("//", StringComparison.Ordinal)).Select(l => l.Split('#', '?')[0]).Distinct(StringComparer.Ordinal).ToList();
        var problems = new List<Diagnostic>();
        foreach (var link in rooted)
        {
            CheckLink(output, basePath, home, link, pages, site, display, problems);
        }

        // One link alone leads under any folder of its own path: it tells nothing.
        if (rooted.Count < 2 || problems.Count < rooted.Count)
        {
            return null;
        }

        // The folder all of them lead under: the path of the base URL the site was built for.
        var common = rooted.Select(l => l[..(l.LastIndexOf('/') + 1)]).Aggregate((a, b) =>
        {
            var length = 0;
            for (var i = 0; i < Math.Min(a.Length, b.Length) && a[i] == b[i]; i++)
            {
                length = a[i] == '/' ? i + 1 : length;
            }

            return a[..length];
        });

        // And most of them lead to files of the site under that folder: else they are broken links, each reported.
        problems.Clear();
        foreach (var link in rooted)
        {
            CheckLink(output, common, home, link, pages, site, display, problems);
        }

        if (2 * problems.Count >= rooted.Count)
        {
            return null;
        }

        return Diagnostic.Error(display(home),
            $"the site's links lead under '{common}', not under '{basePath}', the base path it is checked for: it was built for another base URL "
            + "(a build's --base-url, or another base_url); check it with --base-url set to that URL");
    }

    private static PageLinks ReadPage(string file, string shown, List<Diagnostic> diagnostics)
    {
        var parser = new HtmlParser();
        parser.Error += (_, e) =>
        {
            if (e is AngleSharp.Html.Dom.Events.HtmlErrorEvent error)
            {
                diagnostics.Add(Diagnostic.Error(shown, "malformed HTML: " + error.Message, error.Position.Line, error.Position.Column));
            }
        };
        var document = parser.ParseDocument(File.ReadAllText(file));
        var ids = document.All.Select(e => e.Id).Where(id => !string.IsNullOrEmpty(id)).Select(id => id!).ToHashSet(StringComparer.Ordinal);
        var links = document.All
            .Where(e => e is IHtmlAnchorElement or IHtmlLinkElement or IHtmlScriptElement or IHtmlImageElement or IHtmlFormElement)
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src") ?? e.GetAttribute("action"))
            .Where(l => !string.IsNullOrEmpty(l))
            .Select(l => l!)
            .ToList();
        return new PageLinks(ids, links);
    }

    private static void CheckLink(string output, string basePath, string page, string link, Dictionary<string, PageLinks> pages,
        SiteFiles site, Func<string, string> display, List<Diagnostic> diagnostics)
    {
        if (!link.StartsWith('/') && Uri.TryCreate(link, UriKind.Absolute, out _))
        {
            return; // external links are the reader's business, not the build's
        }

        var hash = link.IndexOf('#', StringComparison.Ordinal);
        var fragment = hash >= 0 ? link[(hash + 1)..] : "";
        var path = (hash >= 0 ? link[..hash] : link).Split('?')[0];
        string target;
        if (path.Length == 0)
        {
            target = page;
        }
        else if (path.StartsWith('/'))
        {
            if (!path.StartsWith(basePath, StringComparison.Ordinal))
            {
                diagnostics.Add(Diagnostic.Error(display(page), $"link '{link}' leaves the site's base path '{basePath}'"));
                return;
            }

            target = Path.Combine(output, path[basePath.Length..].Replace('/', Path.DirectorySeparatorChar));
        }
        else
        {
            target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, path.Replace('/', Path.DirectorySeparatorChar)));
        }

        if (site.IsFolder(target))
        {
            target = Path.Combine(target, "index.html");
        }

        if (!site.IsFile(target))
        {
            diagnostics.Add(Diagnostic.Error(display(page), $"broken link '{link}': no such file in the site"));
        }
        else if (fragment.Length > 0 && pages.TryGetValue(target, out var linked) && !linked.Ids.Contains(Uri.UnescapeDataString(fragment)))
        {
            diagnostics.Add(Diagnostic.Error(display(page), $"broken link '{link}': {display(target)} has no element with id '{fragment}'"));
        }
    }

    private static void CheckXml(string file, string shown, List<Diagnostic> diagnostics)
    {
        try
        {
            using var reader = XmlReader.Create(file, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
            while (reader.Read())
            {
            }
        }
        catch (XmlException e)
        {
            diagnostics.Add(Diagnostic.Error(shown, "malformed XML: " + e.Message, e.LineNumber, e.LinePosition));
        }
    }

    private static void CheckJson(string file, string shown, List<Diagnostic> diagnostics)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(file));
        }
        catch (JsonException e)
        {
            diagnostics.Add(Diagnostic.Error(shown, "malformed JSON: " + e.Message, (int?)e.LineNumber + 1, (int?)e.BytePositionInLine + 1));
        }
    }

    private sealed record PageLinks(HashSet<string> Ids, List<string> Links);

    // The site's files and the folders that hold them, by full path: what File.Exists and Directory.Exists would say of a
    // path in the site, as the site was listed.
    private sealed class SiteFiles
    {
        private readonly HashSet<string> _files = new(StringComparer.Ordinal);
        private readonly HashSet<string> _folders = new(StringComparer.Ordinal);

        public SiteFiles(IEnumerable<string> files)
        {
            foreach (var file in files)
            {
                var full = Path.GetFullPath(file);
                _files.Add(full);
                for (var folder = Path.GetDirectoryName(full); folder is not null && _folders.Add(folder); folder = Path.GetDirectoryName(folder))
                {
                }
            }
        }

        // A path that ends in a separator names a folder only, as the system reads it.
        public bool IsFile(string path) => !Path.EndsInDirectorySeparator(path) && _files.Contains(Path.GetFullPath(path));

        public bool IsFolder(string path) => _folders.Contains(Path.TrimEndingDirectorySeparator(Path.GetFullPath(path)));
    }
}
