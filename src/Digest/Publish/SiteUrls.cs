namespace Digest.Publish;

/// <summary>
/// Every URL of the published site (DESIGN.md "URLs"): pretty folder URLs under the path of
/// <see cref="SiteSettings.BaseUrl"/>, so a site served from a sub-path links correctly.
/// </summary>
public sealed class SiteUrls
{
    /// <summary>URLs for a site whose base URL is <paramref name="baseUrl"/>.</summary>
    public SiteUrls(string baseUrl)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        BaseUrl = baseUrl;
        _webBase = WebUri(baseUrl);
        BasePath = _webBase is { } uri ? uri.AbsolutePath : baseUrl;
        if (!BasePath.EndsWith('/'))
        {
            BasePath += "/";
        }

        _absoluteBase = _webBase is { } web ? new Uri(web, BasePath).AbsoluteUri : null;
    }

    private readonly Uri? _webBase;

    // The base URL with its folder path, ready for plain site paths to be appended.
    private readonly string? _absoluteBase;

    /// <summary>The configured base URL (absolute, or a bare path when none was configured).</summary>
    public string BaseUrl { get; }

    /// <summary>The path part of the base URL, starting and ending with '/'.</summary>
    public string BasePath { get; }

    /// <summary>Root-relative link to a site path (e.g. "articles/x/" → "/digest/articles/x/").</summary>
    public string Link(string sitePath) => BasePath + sitePath.TrimStart('/');

    /// <summary>Absolute URL of a site path when the base URL is absolute; the root-relative link otherwise.</summary>
    public string Absolute(string sitePath)
    {
        ArgumentNullException.ThrowIfNull(sitePath);
        var relative = sitePath.TrimStart('/');
        if (_webBase is null)
        {
            return Link(sitePath);
        }

        // Site paths are slugs, digits, '-', '.', '/' and '_': appended as they are, which is what Uri would
        // give them; anything else goes through Uri for its escaping.
        return relative.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '/' or '.' or '_')
            ? _absoluteBase + relative
            : new Uri(_webBase, relative).AbsoluteUri;
    }

    /// <summary>True when the base URL is an absolute http(s) URL, so feeds and sitemaps can carry absolute links.</summary>
    public bool IsAbsolute => _webBase is not null;

    // "/" parses as an absolute file: URI on Unix; only http(s) counts as a web address.
    private static Uri? WebUri(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri : null;

    /// <summary>Site path of the home page.</summary>
    public static string Home => "";

    /// <summary>Site path of an article.</summary>
    public static string Article(string slug) => $"articles/{slug}/";

    /// <summary>Site path of the story index.</summary>
    public static string Stories => "stories/";

    /// <summary>Site path of a story.</summary>
    public static string Story(string id) => $"stories/{id}/";

    /// <summary>Site path of the topic index.</summary>
    public static string Topics => "topics/";

    /// <summary>Site path of a topic.</summary>
    public static string Topic(string id) => $"topics/{id}/";

    /// <summary>Site path of the archive index.</summary>
    public static string Archive => "archive/";

    /// <summary>Site path of one month of the archive.</summary>
    public static string ArchiveMonth(int year, int month) => $"archive/{year:D4}/{month:D2}/";

    /// <summary>Site path of the list of undated articles.</summary>
    public static string ArchiveUndated => "archive/undated/";

    /// <summary>Site path of the search page.</summary>
    public static string Search => "search/";

    /// <summary>Site path of the search index's manifest, which the search script loads first (<see cref="SearchIndexWriter"/>).</summary>
    public static string SearchIndex => "search/index.json";

    /// <summary>Site path of a chunk of the search index's article entries.</summary>
    public static string SearchDocs(int chunk) => $"search/docs/{chunk.ToString(System.Globalization.CultureInfo.InvariantCulture)}.json";

    /// <summary>Site path of a shard of the search index's words (<see cref="SearchIndexWriter.ShardOf"/>).</summary>
    public static string SearchWords(string shard) => $"search/words/{shard}.json";

    /// <summary>Site path of the search script.</summary>
    public static string SearchScript => "assets/search.js";

    /// <summary>Site path of an Atom feed in a folder ("" for the site's).</summary>
    public static string AtomFeed(string folder) => folder + "feed.xml";

    /// <summary>Site path of an RSS feed in a folder.</summary>
    public static string RssFeed(string folder) => folder + "rss.xml";

    /// <summary>Site path of a JSON feed in a folder.</summary>
    public static string JsonFeed(string folder) => folder + "feed.json";

    /// <summary>Site path of a taxonomy's index (e.g. "tags/").</summary>
    public static string TermIndex(string taxonomy) => $"{taxonomy}/";

    /// <summary>Site path of one term of a taxonomy (e.g. "tags/syria/").</summary>
    public static string Term(string taxonomy, string termSlug) => $"{taxonomy}/{termSlug}/";

    /// <summary>Site path of page <paramref name="number"/> (1-based) of a paginated list at <paramref name="sitePath"/>.</summary>
    public static string Paged(string sitePath, int number) => number <= 1 ? sitePath : $"{sitePath}page/{number}/";

    /// <summary>Site path of the stylesheet.</summary>
    public static string Stylesheet => "assets/site.css";

    /// <summary>Site path of the theme's icon (a project's <c>theme/assets/favicon.svg</c> replaces it).</summary>
    public static string Icon => "assets/favicon.svg";
}
