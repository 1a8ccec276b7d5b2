namespace Digest;

/// <summary>The folders a build reads and writes (DESIGN.md: seeds/, input/, output/ under a root).</summary>
/// <param name="Root">The project root; diagnostics name files relative to it.</param>
/// <param name="Seeds">Raw articles as received.</param>
/// <param name="Input">Markdown articles and curated data.</param>
/// <param name="Output">The published site.</param>
public sealed record ProjectPaths(string Root, string Seeds, string Input, string Output)
{
    /// <summary>Folder of the markdown articles inside <see cref="Input"/>.</summary>
    public string Articles => Path.Combine(Input, "articles");

    /// <summary>
    /// The maintainer's files published as they are at the site's root (<c>input/static/</c>, as Hugo's <c>static/</c>): a
    /// favicon, a host's <c>_redirects</c> and <c>_headers</c>, <c>.well-known/</c>, a domain's proof file.
    /// </summary>
    public string Static => Path.Combine(Input, "static");

    /// <summary>The project's theme folder (<c>theme/</c> under <see cref="Root"/>); only <see cref="ThemeAssets"/> is read by a build.</summary>
    public string Theme => Path.Combine(Root, "theme");

    /// <summary>
    /// The project's own theme files (<c>theme/assets/</c>): each replaces the built-in theme's asset of the same
    /// path (<c>site.css</c>, <c>search.js</c>), and the others are published beside them.
    /// </summary>
    public string ThemeAssets => Path.Combine(Theme, "assets");

    /// <summary>
    /// The build cache (<c>.digest-cache/</c> beside <c>seeds/</c>): what the previous build made, so the next redoes only
    /// what changed. Safe to delete. (A build without the cache gives its stages a folder of their own, used for that build alone.)
    /// </summary>
    public string Cache { get; init; } = Path.Combine(Root, ".digest-cache");

    /// <summary>Paths with the defaults of DESIGN.md for any folder not given.</summary>
    public static ProjectPaths Resolve(string? root, string? seeds = null, string? input = null, string? output = null)
    {
        var fullRoot = Path.GetFullPath(root ?? Directory.GetCurrentDirectory());
        return new ProjectPaths(
            fullRoot,
            Path.GetFullPath(seeds ?? "seeds", fullRoot),
            Path.GetFullPath(input ?? "input", fullRoot),
            Path.GetFullPath(output ?? "output", fullRoot));
    }

    /// <summary>True when <paramref name="path"/> is inside <paramref name="folder"/> (at any depth; the folder itself is not).</summary>
    public static bool IsInside(string path, string folder)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(folder);
        // Without a string for the folder and its separator: the build stamp asks it of every input file (WorkingFiles.Ignored).
        var trimmed = folder.AsSpan().TrimEnd(Path.DirectorySeparatorChar);
        return path.Length > trimmed.Length && path.AsSpan().StartsWith(trimmed, StringComparison.Ordinal) && path[trimmed.Length] == Path.DirectorySeparatorChar;
    }

    /// <summary>
    /// An exception's message with the project's files named as <see cref="Display"/> names them (.NET's messages name the
    /// absolute path: "Could not find file '/home/runner/work/site/site/input/entities.yml'." becomes "… 'input/entities.yml'.").
    /// </summary>
    public string Message(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.Message.Replace(Root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, "", StringComparison.Ordinal);
    }

    /// <summary>A path as diagnostics show it: relative to <see cref="Root"/> when inside it.</summary>
    public string Display(string path)
    {
        var relative = Path.GetRelativePath(Root, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative.Replace(Path.DirectorySeparatorChar, '/');
    }
}
