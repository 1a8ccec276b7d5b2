using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Digest.Content;

/// <summary>
/// The one markdown pipeline of Digest: YAML front matter, common extensions, raw HTML disabled
/// (it renders as text) and links with scripting schemes turned back into plain text.
/// Built once and reused (Markdig pipelines are thread-safe once built).
/// </summary>
public static class SafeMarkdown
{
    /// <summary>The shared pipeline.</summary>
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseListExtras()
        .UseAutoLinks()
        .DisableHtml()
        .Build();

    /// <summary>Renders markdown to HTML that cannot run script.</summary>
    public static string ToHtml(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        Neutralise(document);
        return document.ToHtml(Pipeline);
    }

    /// <summary>Plain text of markdown (for excerpts, feeds and the search index).</summary>
    public static string ToPlainText(string markdown) => Markdown.ToPlainText(markdown, Pipeline).Trim();

    /// <summary>True for a URL that a browser would not execute: relative, http(s), mailto, fragment.</summary>
    public static bool IsSafeUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return true;
        }

        // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
        var compact = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        var colon = compact.IndexOf(':', StringComparison.Ordinal);
        var firstDelimiter = compact.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (firstDelimiter >= 0 && firstDelimiter < colon))
        {
            return true; // relative reference: no scheme
        }

        var scheme = compact[..colon].ToLowerInvariant();
        return scheme is "http" or "https" or "mailto" or "ftp";
    }

    private static void Neutralise(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (!IsSafeUrl(link.Url))
            {
                ReplaceWithText(link, link.IsImage ? link.Title ?? "" : null);
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!IsSafeUrl(autolink.Url))
            {
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
            }
        }
    }

    // Keeps the link's text (its children) and drops the link itself.
    private static void ReplaceWithText(LinkInline link, string? replacement)
    {
        if (replacement is not null)
        {
            link.ReplaceBy(new LiteralInline(replacement));
            return;
        }

        var children = link.ToList();
        Inline anchor = link;
        foreach (var child in children)
        {
            child.Remove();
            anchor.InsertAfter(child);
            anchor = child;
        }

        link.Remove();
    }
}
