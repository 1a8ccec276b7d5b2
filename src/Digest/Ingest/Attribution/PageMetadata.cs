namespace Digest.Ingest.Attribution;

/// <summary>What a saved page says about itself in its markup (all optional; plain-text seeds have none).</summary>
/// <param name="SiteName">og:site_name, application-name or JSON-LD publisher name.</param>
/// <param name="Url">Canonical or og:url address.</param>
/// <param name="Date">Publication date from article:published_time, JSON-LD datePublished, &lt;time&gt; and the like.</param>
/// <param name="Byline">Author from meta author, JSON-LD author or a byline element.</param>
public sealed record PageMetadata(string? SiteName = null, string? Url = null, DateOnly? Date = null, string? Byline = null)
{
    /// <summary>No metadata.</summary>
    public static PageMetadata None { get; } = new();
}
