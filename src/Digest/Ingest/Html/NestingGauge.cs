using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;

namespace Digest.Ingest.Html;

/// <summary>
/// How deep a page nests its elements, followed tag by tag as AngleSharp reads them, so that a parse can stop before a
/// page nested thousands deep costs minutes. AngleSharp's tree builder searches its stack of open elements for many
/// start tags, and its depth cap (512, as in browsers) shortens the tree but not that stack: 100,000 nested
/// <c>&lt;div&gt;</c>s (1 MB) took 101 s to parse, 50,000 unclosed <c>&lt;b&gt;&lt;i&gt;</c> pairs 22 s. Written by hand
/// because no option of the parser bounds that work.
/// </summary>
/// <remarks>
/// The gauge counts what stays open in a way that never counts more than the parser holds open on a sloppy but real
/// page: elements whose end tag is optional (<c>p</c>, <c>li</c>, <c>td</c> …) and void ones (<c>br</c>, <c>img</c> …) are
/// not counted, and an end tag closes every element opened after its own. The 90 saved news pages of the cleaning
/// evaluation nest at most 49 deep by this count.
/// </remarks>
internal sealed class NestingGauge
{
    /// <summary>The most elements a page may hold open at once.</summary>
    public const int Limit = 2_000;

    private static readonly HashSet<string> Void = new(StringComparer.Ordinal)
    {
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img", "input", "keygen", "link", "meta",
        "param", "source", "track", "wbr",
    };

    private static readonly HashSet<string> OptionalEnd = new(StringComparer.Ordinal)
    {
        "body", "caption", "colgroup", "dd", "dt", "head", "html", "li", "optgroup", "option", "p", "rb", "rp", "rt", "rtc", "tbody",
        "td", "tfoot", "th", "thead", "tr",
    };

    /// <summary>
    /// The most depth a page's start tags may add up to: the parser's search of its open elements on each start tag costs
    /// about the depth it is opened at, so 60,000 paragraphs 2,000 deep (5 MB, within <see cref="Limit"/>) took 3.5 s to
    /// parse. The saved news pages of the cleaning evaluation add up to about 16,000 at most.
    /// </summary>
    public const long WorkLimit = 20_000_000;

    private readonly List<string> _open = [];
    private long _work;
    private long _tags;

    /// <summary>Starts a new page.</summary>
    public void Reset()
    {
        _open.Clear();
        (_work, _tags) = (0, 0);
    }

    /// <summary>Follows one token of the page.</summary>
    /// <exception cref="UnreadableSeedException">The page holds more than <see cref="Limit"/> elements open.</exception>
    public void Read(HtmlToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (token.Type == HtmlTokenType.EndTag)
        {
            var at = _open.LastIndexOf(token.Name);
            if (at >= 0)
            {
                _open.RemoveRange(at, _open.Count - at);
            }

            return;
        }

        if (token is not HtmlTagToken { Type: HtmlTokenType.StartTag } tag)
        {
            return;
        }

        _work += _open.Count;
        _tags++;
        if (_work > WorkLimit)
        {
            throw new UnreadableSeedException($"the page opens {_tags:N0} elements at an average depth of {_work / _tags:N0} (a news page's is a few dozen), "
                + "which would take its parser a long time to read, and no article needs");
        }

        // "<div/>" opens a div all the same: HTML reads the slash only on void elements and inside SVG and MathML.
        if (Void.Contains(tag.Name) || OptionalEnd.Contains(tag.Name) || (tag.IsSelfClosing && InForeignContent()))
        {
            return;
        }

        _open.Add(tag.Name);
        if (_open.Count > Limit)
        {
            throw new UnreadableSeedException($"the page nests its elements more than {Limit:N0} deep (browsers stop at 512), which no article needs and would take minutes to read");
        }
    }

    private bool InForeignContent() => _open.Contains("svg") || _open.Contains("math");
}
