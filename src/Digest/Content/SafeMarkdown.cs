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

    /// <summary>
    /// Renders markdown to safe HTML and links the first mention of each name to its page: each
    /// surface form is linked once, at its first whole-word occurrence in ordinary text (never inside
    /// another link, code or a heading), longest forms first.
    /// </summary>
    /// <param name="markdown">The body.</param>
    /// <param name="firstMentions">(surface form, URL, group): once one form of a group is linked, its other forms are not.</param>
    public static string ToHtml(string markdown, IReadOnlyList<(string Surface, string Url, string Group)> firstMentions)
    {
        ArgumentNullException.ThrowIfNull(firstMentions);
        var document = Markdown.Parse(markdown, Pipeline);
        Neutralise(document);
        var linked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (surface, url, group) in firstMentions.OrderByDescending(m => m.Surface.Length).ThenBy(m => m.Surface, StringComparer.Ordinal))
        {
            if (surface.Length == 0 || linked.Contains(group))
            {
                continue;
            }

            foreach (var literal in document.Descendants<LiteralInline>().ToList())
            {
                if (literal.FirstParentOfType<LinkInline>() is not null || literal.Parent?.ParentBlock is HeadingBlock)
                {
                    continue;
                }

                var text = literal.Content.ToString();
                var at = WholeWordIndex(text, surface);
                if (at < 0)
                {
                    continue;
                }

                var link = new LinkInline(url, "");
                link.AppendChild(new LiteralInline(surface));
                if (at > 0)
                {
                    literal.InsertBefore(new LiteralInline(text[..at]));
                }

                literal.InsertBefore(link);
                if (at + surface.Length < text.Length)
                {
                    literal.InsertBefore(new LiteralInline(text[(at + surface.Length)..]));
                }

                literal.Remove();
                linked.Add(group);
                break;
            }
        }

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

    private static int WholeWordIndex(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return at;
            }
        }

        return -1;
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
