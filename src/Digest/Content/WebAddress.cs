namespace Digest.Content;

/// <summary>
/// The address of a report on the web (front matter and sidecar <c>url</c>, a saved page's canonical link):
/// absolute, http or https. Anything else (a relative path, "www.example.com/story" without its scheme,
/// a script) is not linked from the site.
/// </summary>
public static class WebAddress
{
    /// <summary>True when <paramref name="url"/> is an absolute http or https address (a browser opens it, never runs it).</summary>
    public static bool IsAbsoluteHttp(string? url) =>
        !string.IsNullOrWhiteSpace(url)
        && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
        && uri.Scheme is "http" or "https"
        && !string.IsNullOrEmpty(uri.Host);

    /// <summary>What a maintainer reads when <paramref name="url"/> is not one (the caller adds what happens to it).</summary>
    public static string Problem(string key, string url) =>
        LooksLikeHostAndPath(url)
            ? $"{key} '{url}' is not an absolute http or https address (did you mean 'https://{url}'?)"
            : $"{key} '{url}' is not an absolute http or https address (like https://example.com/news/story)";

    // "www.example.com/story": a host with a dot and no scheme, the usual slip when an address is copied by hand.
    private static bool LooksLikeHostAndPath(string url) =>
        !url.Contains(':', StringComparison.Ordinal) && !url.Any(char.IsWhiteSpace)
        && url.Split('/')[0] is { Length: > 0 } host && host.Contains('.', StringComparison.Ordinal) && !host.StartsWith('.') && !host.EndsWith('.');
}
