using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Digest.Ingest.Attribution;

namespace Digest.Ingest.Html;

/// <summary>
/// Saved web pages as seeds: AngleSharp parses the page, <see cref="PageMetadataReader"/> reads
/// what it says about itself, <see cref="PageJunk"/> and <see cref="BlockScorer"/> find the
/// article, <see cref="HtmlMarkdownWriter"/> writes it as safe markdown.
/// </summary>
public static partial class HtmlSeed
{
    // One parser a thread, with its gauge of the page's nesting (NestingGauge): ingest extracts seeds on every core, and
    // a parser is not documented as thread-safe.
    private static readonly ThreadLocal<(HtmlParser Parser, NestingGauge Gauge)> Parsers = new(() =>
    {
        var gauge = new NestingGauge();
        return (new HtmlParser(new HtmlParserOptions { OnToken = (token, _) => gauge.Read(token) }), gauge);
    });

    /// <summary>True for a seed file name ending in .html or .htm.</summary>
    public static bool IsHtml(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Extracts title, metadata and the article body of a page.</summary>
    /// <exception cref="UnreadableSeedException">The page nests its elements too deep to read (<see cref="NestingGauge"/>).</exception>
    public static ExtractedText Extract(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var (parser, gauge) = Parsers.Value;
        gauge.Reset();
        using var document = parser.ParseDocument(html);
        var (title, metadata) = PageMetadataReader.Read(document);
        if (document.Body is not { } body)
        {
            return new ExtractedText(title, [], [], "", metadata);
        }

        var rawLines = body.TextContent.Split('\n').Select(Cleaning.Whitespace.Normalise).Where(l => l.Length > 0).ToList();
        PageJunk.Remove(body);
        var content = BlockScorer.FindContent(body);
        var (markdown, plain) = HtmlMarkdownWriter.Write(content, BaseOf(document, metadata.Url));

        // The headline, the byline and the date stamp repeated among the first blocks of the body are the page's header;
        // a note about the writer after the article is the page's too; so is the headline repeated further down.
        var end = Cleaning.AuthorBio.End(plain, 1);
        var kept = Enumerable.Range(0, end).Where(i => !(i < HeaderBlocks ? IsHeader(plain[i], title) : Cleaning.TitleEcho.IsEcho(plain[i], title))).ToList();
        if (RedirectTarget(document, BaseOf(document, metadata.Url)) is { } target && kept.Sum(i => Words(plain[i])) < RedirectWords)
        {
            throw new UnreadableSeedException($"the page only sends its reader on to {target} (a <meta http-equiv=\"refresh\">), and holds no article; save the page it leads to as the seed instead");
        }

        return new ExtractedText(title, rawLines, kept.Select(i => plain[i]).ToList(), string.Join("\n\n", kept.Select(i => markdown[i])), metadata);
    }

    // What the page's links are resolved against, as a browser resolves them: its <base href> when it has one (itself
    // resolved against the page's address), else the page's address. Without it a saved page's relative links were lost.
    private static Uri? BaseOf(AngleSharp.Dom.IDocument document, string? pageUrl)
    {
        var page = Uri.TryCreate(pageUrl, UriKind.Absolute, out var url) ? url : null;
        if (document.QuerySelector("base[href]")?.GetAttribute("href")?.Trim() is not { Length: > 0 } href)
        {
            return page;
        }

        var resolved = page is null ? Uri.TryCreate(href, UriKind.Absolute, out var absolute) ? absolute : null
            : Uri.TryCreate(page, href, out var relative) ? relative : null;
        return resolved is { Scheme: "http" or "https" } ? resolved : page;
    }

    // A page that says it moved ("Redirecting…", "click here if you are not redirected") holds a sentence or two; an
    // article that reloads itself every few minutes (a live page) holds its story.
    private const int RedirectWords = 40;

    // Where a page's <meta http-equiv="refresh" content="0; url=…"> sends the reader, when it sends them to another page
    // (a refresh without an address, or to the page itself, only reloads it).
    private static Uri? RedirectTarget(AngleSharp.Dom.IDocument document, Uri? page)
    {
        var refresh = document.QuerySelectorAll("meta[http-equiv]")
            .FirstOrDefault(meta => string.Equals(meta.GetAttribute("http-equiv")?.Trim(), "refresh", StringComparison.OrdinalIgnoreCase));
        if (refresh?.GetAttribute("content") is not { } content || RefreshAddress().Match(content) is not { Success: true } match)
        {
            return null;
        }

        var address = match.Groups["url"].Value.Trim().Trim('\'', '"').Trim();
        var target = page is null ? Uri.TryCreate(address, UriKind.Absolute, out var absolute) ? absolute : null
            : Uri.TryCreate(page, address, out var relative) ? relative : null;
        return target is { Scheme: "http" or "https" } && !(page is not null && Uri.Compare(target, page, UriComponents.HttpRequestUrl, UriFormat.Unescaped, StringComparison.Ordinal) == 0)
            ? target : null;
    }

    [GeneratedRegex(@"^\s*\d*(?:\.\d*)?\s*[;,]\s*(?:url\s*=\s*)?(?<url>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex RefreshAddress();

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private const int HeaderBlocks = 3;

    private static bool IsHeader(string block, string title) =>
        Cleaning.TitleEcho.IsEcho(block, title) || Bylines.TryParse(block, out _) || Cleaning.DateStamps.IsMatch(block);
}
