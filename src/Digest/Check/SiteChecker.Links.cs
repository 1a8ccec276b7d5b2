namespace Digest.Check;

/// <summary>The links facet of <see cref="SiteChecker"/>: where a link leads, and a site checked for another base path than its own.</summary>
public static partial class SiteChecker
{
    // One error in place of every link's when the home page's links (two or more) all lead outside the base path checked
    // for (a site built with --base-url, or for another base_url): its links cannot be followed, and thousands of "broken
    // link" errors would hide why. Null when any of them leads to a file of the site, when most do not lead to one under
    // the folder they share either (they are broken), or when there is no home page to tell.
    private static Diagnostic? OtherBase(string output, string basePath, Func<string, PageLinks?> pageAt, SiteFiles site, Func<string, string> display)
    {
        var home = Path.Combine(output, "index.html");
        if (pageAt(home) is not { } page)
        {
            return null;
        }

        var rooted = page.Links.Where(l => l.StartsWith('/') && !l.StartsWith("//", StringComparison.Ordinal)).Select(l => l.Split('#', '?')[0]).Distinct(StringComparer.Ordinal).ToList();
        var problems = new List<Diagnostic>();
        foreach (var link in rooted)
        {
            CheckLink(output, basePath, home, link, pageAt, site, display, problems);
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
            CheckLink(output, common, home, link, pageAt, site, display, problems);
        }

        if (2 * problems.Count >= rooted.Count)
        {
            return null;
        }

        return Diagnostic.Error(display(home),
            $"the site's links lead under '{common}', not under '{basePath}', the base path it is checked for: it was built for another base URL "
            + "(a build's --base-url, or another base_url); check it with --base-url set to that URL");
    }

    private static void CheckLink(string output, string basePath, string page, string link, Func<string, PageLinks?> pageAt,
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
        else if (fragment.Length > 0 && pageAt(Path.GetFullPath(target)) is { } linked && !linked.Ids.Contains(Uri.UnescapeDataString(fragment)))
        {
            diagnostics.Add(Diagnostic.Error(display(page), $"broken link '{link}': {display(target)} has no element with id '{fragment}'"));
        }
    }

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
