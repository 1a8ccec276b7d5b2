namespace Digest.Content;

/// <summary>
/// The addresses an article was reachable at before (front matter or sidecar <c>aliases</c>, as Hugo's): each gets a page
/// that sends the reader on to the article. An alias is a path of the site under its <c>base_url</c>, written
/// <c>/articles/old-slug/</c>, <c>articles/old-slug</c> or <c>2017/09/report.html</c>; it is kept as a folder path
/// (<c>articles/old-slug/</c>, whose page is its <c>index.html</c>) or, when it names an <c>.html</c> file, as that file.
/// </summary>
public static class AliasPaths
{
    // The kinds of file the site writes beside its pages: a folder named like one could stand where the file must.
    private static readonly string[] FileExtensions = [".html", ".htm", ".xml", ".json", ".txt", ".css", ".js"];

    // The longest name of a file or folder in an alias, in bytes: a file system takes 255, and the site keeps to the
    // length of the longest slug a maintainer may write (Slugs.MaxWrittenLength).
    private const int MaxNameBytes = Slugs.MaxWrittenLength;

    // The site's own files live there, written by publish alone.
    private static readonly string[] Reserved = ["assets", "search"];

    /// <summary>
    /// The site path of <paramref name="alias"/> (no leading '/'; a folder ends with '/'), or null with what is wrong
    /// in <paramref name="problem"/>.
    /// </summary>
    public static string? Normalise(string alias, out string problem)
    {
        ArgumentNullException.ThrowIfNull(alias);
        problem = "";
        // A path copied from a browser is percent-encoded ("/caf%C3%A9/"); the file is named by what it stands for.
        var text = Uri.UnescapeDataString(alias.Trim());

        if (text.Contains("://", StringComparison.Ordinal) || text.StartsWith("//", StringComparison.Ordinal))
        {
            problem = "is a web address, not a path of the site (write it as /path/)";
            return null;
        }

        var at = text.IndexOfAny(['?', '#', '\\', ' ', '"', '<', '>', '|', '*', ':']);
        if (at >= 0 || text.Any(char.IsControl))
        {
            problem = at >= 0 ? $"holds '{text[at]}', which a path of a static site cannot" : "holds a control character";
            return null;
        }

        var parts = text.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length > 0 && parts[^1] == "index.html")
        {
            parts = parts[..^1]; // the folder's page
        }

        if (parts.Length == 0)
        {
            problem = "is the home page";
            return null;
        }

        if (parts.Any(p => p is "." or ".."))
        {
            problem = "climbs out of the site ('.' or '..')";
            return null;
        }

        if (Reserved.Contains(parts[0], StringComparer.OrdinalIgnoreCase))
        {
            problem = $"lies in /{parts[0]}/, where the site's own files are";
            return null;
        }

        // A file system takes at most 255 bytes in a name; a longer one would stop the publish.
        if (parts.FirstOrDefault(p => System.Text.Encoding.UTF8.GetByteCount(p) > MaxNameBytes) is { } tooLong)
        {
            problem = $"has a name of {System.Text.Encoding.UTF8.GetByteCount(tooLong)} bytes ('{tooLong[..20]}…'), longer than a file's name may be ({MaxNameBytes})";
            return null;
        }

        var isFile = HasExtension(parts[^1], ".html") || HasExtension(parts[^1], ".htm");
        var folders = isFile ? parts[..^1] : parts;
        if (folders.FirstOrDefault(p => FileExtensions.Any(e => HasExtension(p, e))) is { } named)
        {
            problem = $"has a folder named like a file ('{named}')";
            return null;
        }

        return string.Join('/', parts) + (isFile ? "" : "/");
    }

    /// <summary>
    /// The site paths of <paramref name="aliases"/> (each with its position in <paramref name="displayPath"/>), once each;
    /// one that cannot be a path of the site is a warning at its line in <paramref name="diagnostics"/>, and left out.
    /// </summary>
    public static List<string> Read(IEnumerable<(string Text, int Line, int Column)> aliases, string displayPath, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(aliases);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var paths = new List<string>();
        foreach (var (text, line, column) in aliases)
        {
            if (Normalise(text, out var problem) is { } path)
            {
                paths.Add(path);
            }
            else
            {
                diagnostics.Add(Diagnostic.Warning(displayPath, $"alias '{text.Trim()}' {problem}; it is ignored", line, column));
            }
        }

        return paths.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>An alias as front matter writes it: the site path from the site's root, <c>/articles/old-slug/</c>.</summary>
    public static string Written(string path) => "/" + path;

    private static bool HasExtension(string name, string extension) =>
        name.Length > extension.Length && name.EndsWith(extension, StringComparison.OrdinalIgnoreCase);
}
