using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Digest.Content;

/// <summary>
/// The one markdown pipeline of Digest: YAML front matter, common extensions, raw HTML disabled
/// (it renders as text) and links with scripting schemes turned back into plain text.
/// Built once and reused (Markdig pipelines are thread-safe once built).
/// Markdown nested deeper than Markdig allows (128 block quotes, or a run of 100,000 <c>*</c>) is rendered as its
/// text, every mark shown as written (<see cref="NestsTooDeep"/> tells the reader of a file to report it): Markdig
/// throws on it, which stopped the whole build.
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
        .Use<BoundedAutoLinks>()
        .DisableHtml()
        .Build();

    /// <summary>Renders markdown to HTML that cannot run script.</summary>
    public static string ToHtml(string markdown) => WithinDepth(markdown, text =>
    {
        var document = Markdown.Parse(text, Pipeline);
        Neutralise(document);
        return document.ToHtml(Pipeline);
    });

    /// <summary>What a reader of a maintainer's file reports of markdown that <see cref="NestsTooDeep"/>.</summary>
    public const string TooDeep = "the markdown nests deeper than Digest reads: more than 128 levels of block quotes, lists, links or emphasis, "
        + "or thousands of emphasis marks or cells in one paragraph or table (Markdig counts them toward its limit), "
        + "or a line opened by more than 256 columns of indents, quote marks and list markers; "
        + "it is published as plain text, every mark as written";

    /// <summary>
    /// The line (from 1) of <paramref name="text"/> that makes it too deep, where one line does: the first opened by more
    /// than <see cref="MarkdownOpenings.MaxColumns"/> columns of indents, quote marks and list markers. Null otherwise
    /// (Markdig names no line when it refuses a text). Given a whole file, the line is the file's.
    /// </summary>
    public static int? TooDeepLine(string text) => MarkdownOpenings.FirstTooWide(text);

    // The texts found too deep in this build, by reference: each is parsed up to Markdig's refusal once, not again by
    // every stage that reads or renders it (Markdig took 53 s to refuse a 9 MB list of 3,000 levels).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, object> KnownTooDeep = [];

    /// <summary>True when <paramref name="markdown"/> nests deeper than Markdig allows, and is rendered as its text.</summary>
    public static bool NestsTooDeep(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        if (KnownTooDeep.TryGetValue(markdown, out _))
        {
            return true;
        }

        if (MarkdownOpenings.FirstTooWide(markdown) is not null)
        {
            KnownTooDeep.AddOrUpdate(markdown, KnownTooDeep);
            return true;
        }

        try
        {
            PlainText.Of(Markdown.Parse(markdown, Pipeline));
            return false;
        }
        catch (ArgumentException e) when (IsDepthLimit(e))
        {
            KnownTooDeep.AddOrUpdate(markdown, KnownTooDeep);
            return true;
        }
    }

    // render of the markdown, or of its text with every mark escaped when Markdig refuses its nesting.
    private static T WithinDepth<T>(string markdown, Func<string, T> render)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        if (KnownTooDeep.TryGetValue(markdown, out _) || (markdown.Length > MarkdownOpenings.MaxColumns && MarkdownOpenings.FirstTooWide(markdown) is not null))
        {
            KnownTooDeep.AddOrUpdate(markdown, KnownTooDeep);
            return render(Literal(markdown));
        }

        try
        {
            return render(markdown);
        }
        catch (ArgumentException e) when (IsDepthLimit(e))
        {
            KnownTooDeep.AddOrUpdate(markdown, KnownTooDeep);
            return render(Literal(markdown));
        }
    }

    private static bool IsDepthLimit(ArgumentException e) => e.Message.Contains("too deeply nested", StringComparison.Ordinal);

    // The markdown with every ASCII punctuation mark backslash-escaped (CommonMark allows it of each) and each line's
    // indent dropped: plain paragraphs, which nest nothing.
    private static string Literal(string markdown)
    {
        var text = new System.Text.StringBuilder(markdown.Length * 2);
        foreach (var line in markdown.Split('\n'))
        {
            foreach (var c in line.TrimStart())
            {
                if (char.IsAsciiLetterOrDigit(c) || c > '~' || c <= ' ')
                {
                    text.Append(c);
                }
                else
                {
                    text.Append('\\').Append(c);
                }
            }

            text.Append('\n');
        }

        return text.ToString();
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
        return WithinDepth(markdown, text => ToLinkedHtml(Markdown.Parse(text, Pipeline), firstMentions));
    }

    /// <summary>
    /// <see cref="ToHtml(string, IReadOnlyList{ValueTuple{string, string, string}})"/> and <see cref="ToPlainText"/>
    /// of the same markdown from one parse (the parse is most of the cost of either).
    /// </summary>
    public static (string Html, string PlainText) ToHtmlAndPlainText(string markdown, IReadOnlyList<(string Surface, string Url, string Group)> firstMentions)
    {
        ArgumentNullException.ThrowIfNull(firstMentions);
        return WithinDepth(markdown, text =>
        {
            var document = Markdown.Parse(text, Pipeline);
            // Rendering leaves the document as it was; the plain text is taken before links are changed or added.
            var plainText = PlainText.Of(document);
            return (ToLinkedHtml(document, firstMentions), plainText);
        });
    }

    /// <summary>Plain text of markdown (for excerpts, feeds and the search index).</summary>
    public static string ToPlainText(string markdown) => WithinDepth(markdown, text => PlainText.Of(Markdown.Parse(text, Pipeline)));

    // A parsed document's text without markup, trimmed, through one renderer per thread: making a renderer (its
    // object renderers and the pipeline's setup) for each body allocated three times what the body's own parse
    // and HTML did (bench/Digest.Micro MarkdownToLinkedHtmlAndPlainText: 27.6 KB a body before).
    private static class PlainText
    {
        [ThreadStatic]
        private static (Markdig.Renderers.HtmlRenderer Renderer, StringWriter Writer)? t_plain;

        public static string Of(MarkdownDocument document)
        {
            if (t_plain is not { } plain)
            {
                var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
                var renderer = new Markdig.Renderers.HtmlRenderer(writer) { EnableHtmlForBlock = false, EnableHtmlForInline = false, EnableHtmlEscape = false };
                Pipeline.Setup(renderer);
                t_plain = plain = (renderer, writer);
            }

            var text = plain.Writer.GetStringBuilder().Clear();
            try
            {
                plain.Renderer.Render(document);
                plain.Writer.Flush();
            }
            catch
            {
                // A renderer that stopped half-way may hold state (indents) the next document must not inherit.
                t_plain = null;
                throw;
            }

            // Trimmed as a range of the builder: one string, not a string and its trimmed copy. (The renderer's
            // state after a document, such as whether a line just ended, only decides leading line breaks: trimmed.)
            var start = 0;
            var end = text.Length;
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            var result = text.ToString(start, end - start);
            if (text.Capacity > MaxKeptCapacity)
            {
                // One very long body does not keep its buffer for the rest of the build.
                text.Clear().Capacity = MaxKeptCapacity;
            }

            return result;
        }

        private const int MaxKeptCapacity = 1 << 16;
    }

    private static string ToLinkedHtml(MarkdownDocument document, IReadOnlyList<(string Surface, string Url, string Group)> firstMentions)
    {
        Neutralise(document);
        // One pass over the text in document order: in each literal, repeatedly take the earliest
        // mention of a group not linked yet (the longest form where several start at one place).
        var pending = firstMentions.Where(m => m.Surface.Length > 0)
            .OrderByDescending(m => m.Surface.Length).ThenBy(m => m.Surface, StringComparer.Ordinal).ToList();
        // Groups by number: whether a group is linked is asked for every form in every literal.
        var groupIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var groupOf = pending.Select(m => groupIndex.TryGetValue(m.Group, out var g) ? g : groupIndex[m.Group] = groupIndex.Count).ToArray();
        var linked = new bool[groupIndex.Count];
        var linkedCount = 0;
        foreach (var literal in document.Descendants<LiteralInline>().ToList())
        {
            if (linkedCount == linked.Length)
            {
                break;
            }

            if (literal.FirstParentOfType<LinkInline>() is not null || literal.Parent?.ParentBlock is HeadingBlock)
            {
                continue;
            }

            // Searched in place: most literals mention nothing, and only one that does is cut into pieces.
            var text = literal.Content.AsSpan();
            List<Inline>? pieces = null;
            var from = 0;
            while (true)
            {
                var best = (At: -1, Surface: "", Url: "", Group: -1);
                for (var m = 0; m < pending.Count; m++)
                {
                    if (linked[groupOf[m]])
                    {
                        continue;
                    }

                    var (surface, url, _) = pending[m];
                    var at = WholeWordIndex(text, surface, from);
                    if (at >= 0 && (best.At < 0 || at < best.At))
                    {
                        best = (at, surface, url, groupOf[m]);
                    }
                }

                if (best.At < 0)
                {
                    break;
                }

                pieces ??= [];
                if (best.At > from)
                {
                    pieces.Add(new LiteralInline(text[from..best.At].ToString()));
                }

                var link = new LinkInline(best.Url, "");
                link.AppendChild(new LiteralInline(best.Surface));
                pieces.Add(link);
                linked[best.Group] = true;
                linkedCount++;
                from = best.At + best.Surface.Length;
            }

            if (pieces is null)
            {
                continue;
            }

            if (from < text.Length)
            {
                pieces.Add(new LiteralInline(text[from..].ToString()));
            }

            foreach (var piece in pieces)
            {
                literal.InsertBefore(piece);
            }

            literal.Remove();
        }

        return document.ToHtml(Pipeline);
    }

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

    private static int WholeWordIndex(ReadOnlySpan<char> text, string word, int from)
    {
        for (var at = IndexOf(text, word, from); at >= 0; at = IndexOf(text, word, at + 1))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return at;
            }
        }

        return -1;
    }

    private static int IndexOf(ReadOnlySpan<char> text, string word, int from) =>
        text[from..].IndexOf(word, StringComparison.Ordinal) is var at and >= 0 ? from + at : -1;

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
