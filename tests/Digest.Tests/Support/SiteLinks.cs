using AngleSharp.Html.Parser;

namespace Digest.Tests.Support;

/// <summary>Reads the links of a built site and tells which internal ones do not resolve.</summary>
public static class SiteLinks
{
    private static readonly HtmlParser Parser = new();

    public static IEnumerable<string> HtmlFiles(string output) =>
        Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    /// <summary>Every internal href/src of every page that points at no file, as "page → link".</summary>
    public static IReadOnlyList<string> Broken(string output, string basePath = "/")
    {
        var broken = new List<string>();
        foreach (var file in HtmlFiles(output))
        {
            var document = Parser.ParseDocument(File.ReadAllText(file));
            var links = document.QuerySelectorAll("[href], [src]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src") ?? "")
                .Where(l => l.StartsWith('/'));
            foreach (var link in links)
            {
                if (!Resolves(output, basePath, link))
                {
                    broken.Add($"{System.IO.Path.GetRelativePath(output, file)} → {link}");
                }
            }
        }

        return broken;
    }

    private static bool Resolves(string output, string basePath, string link)
    {
        var path = link.Split('#', '?')[0];
        if (!path.StartsWith(basePath, StringComparison.Ordinal))
        {
            return false;
        }

        var relative = path[basePath.Length..];
        var full = System.IO.Path.Combine(output, relative.Replace('/', System.IO.Path.DirectorySeparatorChar));
        return relative.Length == 0 || relative.EndsWith('/') ? File.Exists(System.IO.Path.Combine(full, "index.html")) : File.Exists(full);
    }
}
