using Digest.Ingest.Attribution;

namespace Digest.Ingest.Html;

/// <summary>Saved web pages as seeds.</summary>
public static class HtmlSeed
{
    /// <summary>True for a seed file name ending in .html or .htm.</summary>
    public static bool IsHtml(string name) =>
        name.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);

    /// <summary>Extracts title, metadata and the article body of a page.</summary>
    public static ExtractedText Extract(string html) => new("", [], [], "", PageMetadata.None);
}
