using System.Text;
using AngleSharp.Dom;
using Digest.Content;
using Digest.Ingest.Cleaning;

namespace Digest.Ingest.Html;

/// <summary>
/// The article's elements → markdown that keeps paragraphs, headings, lists, quotes and links
/// (safe absolute URLs only). All text goes through <see cref="MarkdownEscaper"/>, so nothing in
/// the page can inject markup; link destinations are written in angle brackets after a safety check.
/// Blocks that are furniture (link lists, share widgets, rights lines) are dropped.
/// </summary>
internal sealed class HtmlMarkdownWriter
{
    // A heading longer than this that ends like a sentence is a standfirst.
    private const int StandfirstLength = 80;

    // The most quotes written one in another: a page's deeper ones are written at this level (a page of 300 nested
    // quotes gave markdown Markdig refuses past 128, and no article quotes that deep).
    private const int MaxQuoteDepth = 8;

    private readonly Uri? _baseUri;
    private readonly List<string> _blocks = [];
    private readonly List<string> _paragraphs = [];
    private readonly StringBuilder _inline = new();
    private readonly StringBuilder _plain = new();
    private string _prefix = "";

    // The blockquote being written (a number per quote, 0 outside any) and the one the last block was written in:
    // the paragraphs of one quote make one markdown block, or each would be a quote of its own.
    private int _quotes;
    private int _quote;
    private int _lastBlockQuote;

    // The node before the one Block is writing, when Children knows it: AngleSharp finds a node's previous sibling by
    // searching its parent's children, so asking each link for it made a paragraph of 100,000 links take 11 s.
    private INode? _before;
    private bool _beforeKnown;

    // The lengths of the content's text and of its links' text, element by element (IsSkipped asks them of every block).
    private readonly TextLengths _lengths;

    private HtmlMarkdownWriter(Uri? baseUri, TextLengths lengths) => (_baseUri, _lengths) = (baseUri, lengths);

    /// <summary>Writes <paramref name="content"/>; returns the markdown blocks and the same blocks as plain text.</summary>
    public static (IReadOnlyList<string> Markdown, IReadOnlyList<string> Plain) Write(IEnumerable<IElement> content, Uri? baseUri)
    {
        var elements = content as IReadOnlyCollection<IElement> ?? [.. content];
        var writer = new HtmlMarkdownWriter(baseUri, TextLengths.Of(elements));
        foreach (var element in elements)
        {
            writer._beforeKnown = false;
            writer.Block(element, "");
        }

        writer.Flush();
        return (writer._blocks, writer._paragraphs);
    }

    private void Block(INode node, string prefix)
    {
        if (node is IText text)
        {
            AppendText(text.Data);
            return;
        }

        if (node is not IElement element || IsSkipped(element))
        {
            return;
        }

        switch (element.LocalName)
        {
            case "p" or "div" or "section" or "article" or "main" or "header" or "center" or "dd" or "dt" or "figure" or "details" or "summary" or "tr" or "pre" or "address":
                Flush();
                _prefix = prefix;
                Children(element, prefix);
                Flush();
                break;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                Flush();
                _prefix = prefix + "## ";
                Children(element, prefix);
                Flush();
                break;
            case "ul" or "ol":
                Flush();
                var number = 1;
                foreach (var item in element.Children.Where(c => c.LocalName == "li"))
                {
                    _prefix = prefix + (element.LocalName == "ol" ? $"{number++}. " : "- ");
                    Children(item, prefix);
                    Flush();
                }

                break;
            case "blockquote":
                Flush();
                var outer = _quote;
                _quote = ++_quotes;
                // A quote in a quote is a level deeper, up to MaxQuoteDepth ("> " a level: the prefix holds nothing else).
                var quoted = prefix.Length < 2 * MaxQuoteDepth ? prefix + "> " : prefix;
                _prefix = quoted;
                Children(element, quoted);
                Flush();
                _quote = outer;
                break;
            case "br":
                Flush();
                _prefix = prefix;
                break;
            case "td" or "th":
                AppendText(" ");
                Children(element, prefix);
                AppendText(" ");
                break;
            case "a":
                Link(element, prefix);
                break;
            case "img" or "picture" or "video" or "audio" or "figcaption":
                break;
            default:
                Children(element, prefix);
                break;
        }
    }

    private void Children(IElement element, string prefix)
    {
        INode? before = null;
        foreach (var child in element.ChildNodes)
        {
            (_before, _beforeKnown) = (before, true);
            Block(child, prefix);
            before = child;
        }
    }

    // A link keeps its destination when it is a safe absolute http(s) URL; otherwise just its text.
    private void Link(IElement element, string prefix)
    {
        var href = element.GetAttribute("href");
        var linkText = BlockScorer.Text(element);
        if (linkText.Length == 0 || href is null || href.StartsWith('#') || element.QuerySelector("p, div, ul, ol, h1, h2, h3, h4, h5, h6, table") is not null ||
            !Uri.TryCreate(_baseUri, href.Trim(), out var uri) || uri.Scheme is not ("http" or "https") || !SafeMarkdown.IsSafeUrl(uri.AbsoluteUri))
        {
            Children(element, prefix);
            return;
        }

        // Whitespace next to the link, outside it or inside it at either end ("<a>Florida Man </a>will"), stays between
        // the words; the link's own text is trimmed.
        var raw = element.TextContent;
        var spaceBefore = ((_beforeKnown ? _before : element.PreviousSibling) is IText { Data: var before } && before.Length > 0 && char.IsWhiteSpace(before[^1])) || char.IsWhiteSpace(raw[0]);
        var lead = _plain.Length > 0 && !char.IsWhiteSpace(_plain[^1]) && spaceBefore ? " " : "";
        var trail = char.IsWhiteSpace(raw[^1]) ? " " : "";
        _inline.Append(lead).Append('[').Append(EscapeInline(linkText)).Append("](<").Append(uri.AbsoluteUri.Replace("<", "%3C", StringComparison.Ordinal).Replace(">", "%3E", StringComparison.Ordinal)).Append(">)").Append(trail);
        _plain.Append(lead).Append(linkText).Append(trail);
    }

    private void AppendText(string data)
    {
        if (data.Length == 0)
        {
            return;
        }

        // Keep one space where the page had whitespace between inline pieces.
        var leading = char.IsWhiteSpace(data[0]) && _plain.Length > 0 && _plain[^1] != ' ' ? " " : "";
        var trailing = char.IsWhiteSpace(data[^1]) ? " " : "";
        var core = Whitespace.Normalise(data.Replace('\n', ' '));
        if (core.Length == 0)
        {
            if (_plain.Length > 0 && _plain[^1] != ' ')
            {
                _inline.Append(' ');
                _plain.Append(' ');
            }

            return;
        }

        _inline.Append(leading).Append(EscapeInline(core)).Append(trailing);
        _plain.Append(leading).Append(core).Append(trailing);
    }

    private void Flush()
    {
        var plain = Whitespace.Normalise(_plain.ToString());
        var markdown = _inline.ToString().Trim();
        _inline.Clear();
        _plain.Clear();
        if (plain.Length == 0 || IsFurniture(plain))
        {
            return;
        }

        // A heading that is a long sentence is the article's standfirst, not a section heading.
        if (_prefix.EndsWith("## ", StringComparison.Ordinal) && plain.Length > StandfirstLength && LineStats.EndsWithSentencePunctuation(plain))
        {
            _prefix = _prefix[..^3];
        }

        // Block constructs the text itself could start (#, -, 1., A.) are neutralised by the escaper.
        markdown = MarkdownEscaper.NeutraliseBlockStart(markdown);

        if (_quote != 0 && _lastBlockQuote == _quote && _blocks.Count > 0)
        {
            _blocks[^1] += "\n" + _prefix.TrimEnd() + "\n" + _prefix + markdown;
            _paragraphs[^1] += " " + plain;
            return;
        }

        _blocks.Add(_prefix + markdown);
        _paragraphs.Add(plain);
        _lastBlockQuote = _quote;
    }

    private static bool IsFurniture(string text) =>
        WidgetLines.IsMatch(text) || CopyrightLines.IsMatch(text) || ReadMoreLines.IsMatch(text) || SectionBreaks.IsMatch(text) || PhotoCredits.IsMatch(text) ||
        IsCounter(text);

    // A gallery's or slideshow's position, a block of its own in a page ("1 / 23"); in a text seed such a line can be a table's.
    private static bool IsCounter(string text)
    {
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 && IsNumber(text.AsSpan(0, slash).Trim()) && IsNumber(text.AsSpan(slash + 1).Trim());
    }

    private static bool IsNumber(ReadOnlySpan<char> text) => text.Length is > 0 and <= 4 && !text.ContainsAnyExceptInRange('0', '9');

    // Inline escaping only: the escaper's block-level rule is applied once per block in Flush.
    private static string EscapeInline(string text)
    {
        var escaped = MarkdownEscaper.Escape("x" + text);
        return escaped[1..];
    }

    // Lists and containers that are mostly links are navigation or teasers, not the article.
    private bool IsSkipped(IElement element)
    {
        if (element.LocalName is not ("ul" or "ol" or "div" or "section" or "table" or "p" or "h2" or "h3" or "h4"))
        {
            return false;
        }

        var length = _lengths.TextLength(element);
        if (length == 0)
        {
            return element.LocalName is not ("div" or "section" or "p");
        }

        var density = _lengths.LinkDensity(element);
        var limit = PageJunk.ClassWeight(element) >= 25 ? 0.5 : 0.33;
        return element.LocalName is "p" ? density > 0.8 && (length < 120 || element.QuerySelectorAll("a[href]").Length >= 2) : density > limit;
    }
}
