using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Digest.Content;

/// <summary>
/// A page a maintainer writes beside the news, as Hugo's standalone pages (an about page, how the digest is curated,
/// a contact or imprint page): <c>input/pages/NAME.md</c>, published at <c>/NAME/</c> and linked from every page's footer.
/// </summary>
/// <param name="Slug">Its address under the site: the file's name as a slug ("about").</param>
/// <param name="Title">Its title (front matter <c>title</c>).</param>
/// <param name="Summary">A line for its description (front matter <c>summary</c>), if any.</param>
/// <param name="Weight">Its place among the footer's links, lightest first (front matter <c>weight</c>; 0 by default), then by title.</param>
/// <param name="Html">Its body as HTML, rendered as an article's is (raw HTML is text, scripting links are not links).</param>
public sealed record SitePage(string Slug, string Title, string? Summary, int Weight, string Html)
{
    /// <summary>Whether every page's footer links it (front matter <c>footer</c>; true by default): false publishes it unlinked, as a page linked from another.</summary>
    public bool InFooter { get; init; } = true;

    /// <summary>Its site path ("about/").</summary>
    public string Path => Slug + "/";
}

/// <summary>Reads <c>input/pages/</c> (<see cref="SitePage"/>).</summary>
public static class SitePages
{
    /// <summary>The folder inside <c>input/</c>.</summary>
    public const string Folder = "pages";

    private static readonly string[] Keys = ["title", "summary", "weight", "footer"];

    /// <summary>
    /// Footer links past which a build warns: every page of the site carries them (500 pages in the footer made each page
    /// 36 KB, and a site of 10,000 reports 1.3 GB of footers).
    /// </summary>
    public const int ManyFooterLinks = 20;

    // The site's own top-level folders: a page there would replace them.
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "articles", "stories", "topics", "tags", "sources", "entities", "archive", "search", "assets", "page",
    };

    /// <summary>
    /// The pages of <c>input/pages/*.md</c>, lightest first, then by title. A file that cannot be a page (no front matter or
    /// no title, a name the site uses for its own folders, or one another file's name already made) is an error naming
    /// it, and left out; the others publish.
    /// </summary>
    public static IReadOnlyList<SitePage> Load(ProjectPaths paths, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var folder = System.IO.Path.Combine(paths.Input, Folder);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var pages = new List<SitePage>();
        // Which file each published page came from: a second file of its address names the first.
        var publishedBy = new Dictionary<string, string>(StringComparer.Ordinal);
        // A page's address is its file name: a folder of pages would be a second level the site has no place for.
        foreach (var inner in Directory.EnumerateDirectories(folder).Where(d => !WorkingFiles.Is(System.IO.Path.GetFileName(d))).Order(StringComparer.Ordinal))
        {
            diagnostics.Add(Diagnostic.Warning(paths.Display(inner), "a folder in input/pages/, whose pages are its own files (input/pages/NAME.md); what it holds is not read"));
        }

        var listed = FolderFiles.Of(folder, paths.Root, recurse: false);
        foreach (var file in listed.Files)
        {
            var display = paths.Display(file);
            var name = System.IO.Path.GetFileName(file);
            if (WorkingFiles.Is(name))
            {
                continue; // hidden files and editors' working copies
            }

            if (!name.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Add(Diagnostic.Warning(display, "not a page: input/pages/ holds markdown files (NAME.md); it is ignored"));
                continue;
            }

            if (listed.LinkProblem(new FileInfo(file)) is { } linkProblem)
            {
                diagnostics.Add(Diagnostic.Error(display, $"not read: {linkProblem}"));
                continue;
            }

            var slug = Slugs.From(System.IO.Path.GetFileNameWithoutExtension(name));
            if (slug.Length == 0 || Reserved.Contains(slug))
            {
                diagnostics.Add(Diagnostic.Error(display, slug.Length == 0
                    ? "a page's file name needs letters or digits: it is the page's address; the page is left out"
                    : $"/{slug}/ is where the site keeps its own {slug}: rename the file; the page is left out"));
                continue;
            }

            if (publishedBy.TryGetValue(slug, out var other))
            {
                diagnostics.Add(Diagnostic.Error(display, $"{other} is already published at /{slug}/: rename one; this page is left out"));
                continue;
            }

            if (Read(FolderFiles.ReadText(file, display, diagnostics), slug, display, diagnostics) is { } page)
            {
                pages.Add(page);
                publishedBy[slug] = display;
            }
        }

        var inFooter = pages.Count(p => p.InFooter);
        if (inFooter > ManyFooterLinks)
        {
            diagnostics.Add(Diagnostic.Warning(paths.Display(folder) + "/",
                $"the footer of every page of the site links all {inFooter} of these pages: give those that need no link there 'footer: false' in their front matter (they are still published)"));
        }

        return [.. pages.OrderBy(p => p.Weight).ThenBy(p => p.Title, StringComparer.Ordinal)];
    }

    /// <summary>A page from its file's text; null (with an error) when it has no usable front matter or no title.</summary>
    public static SitePage? Read(string text, string slug, string displayPath, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(diagnostics);
        text = ArticleFile.WithoutControlCharacters(text.ReplaceLineEndings("\n"), displayPath, diagnostics);
        if (ArticleFile.SplitFrontMatter(text, out var yaml, out var body, "'title'") is { } problem)
        {
            diagnostics.Add(Diagnostic.Error(displayPath, problem, 1));
            return null;
        }

        var mapping = SafeYaml.LoadMapping(yaml, displayPath, diagnostics, lineOffset: 1);
        if (mapping is null)
        {
            return null;
        }

        string? title = null, summary = null;
        var weight = 0;
        var inFooter = true;
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            var (line, column) = ((int)keyNode.Start.Line + 1, (int)keyNode.Start.Column);
            if (!Keys.Contains(key))
            {
                diagnostics.Add(Diagnostic.UnknownKey(displayPath, key, Keys, line, column));
                continue;
            }

            if (value is not YamlScalarNode { Value: var scalar })
            {
                diagnostics.Add(Diagnostic.Error(displayPath, $"'{key}' must be a single value, not a {SafeYaml.ShapeOf(value)}", (int)value.Start.Line + 1, (int)value.Start.Column));
                continue;
            }

            switch (key)
            {
                case "title": title = scalar?.Trim(); break;
                case "summary": summary = string.IsNullOrWhiteSpace(scalar) ? null : Text.Excerpts.Flat(scalar); break;
                case "footer":
                    if (!YamlFlags.TryParse(scalar, out inFooter))
                    {
                        diagnostics.Add(Diagnostic.Error(displayPath, $"footer '{scalar}' must be true or false (whether every page's footer links this one); true is used", (int)value.Start.Line + 1, (int)value.Start.Column));
                        inFooter = true;
                    }

                    break;
                default:
                    if (!int.TryParse(scalar, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out weight))
                    {
                        diagnostics.Add(Diagnostic.Error(displayPath, $"weight '{scalar}' must be a whole number from -2147483648 to 2147483647 (the footer lists pages lightest first); 0 is used", (int)value.Start.Line + 1, (int)value.Start.Column));
                        weight = 0;
                    }

                    break;
            }
        }

        if (string.IsNullOrEmpty(title))
        {
            diagnostics.Add(Diagnostic.Error(displayPath, "a page needs a 'title' in its front matter; the page is left out", 1));
            return null;
        }

        if (SafeMarkdown.NestsTooDeep(body))
        {
            diagnostics.Add(Diagnostic.Error(displayPath, SafeMarkdown.TooDeep, SafeMarkdown.TooDeepLine(text)));
        }

        return new SitePage(slug, title, summary, weight, SafeMarkdown.ToHtml(body)) { InFooter = inFooter };
    }
}
