namespace Digest.Ingest;

/// <summary>A raw article as received, decoded to text.</summary>
/// <param name="Name">Path inside <c>seeds/</c>, folders joined by '/' (provenance, written to front matter).</param>
/// <param name="DisplayPath">Path as diagnostics name it.</param>
/// <param name="Text">Decoded text, line endings normalised to \n.</param>
public sealed record Seed(string Name, string DisplayPath, string Text)
{
    /// <summary>A hash of the seed file's bytes, which the extract cache keys its article by; empty for a seed made from text alone.</summary>
    public string ContentKey { get; init; } = "";

    /// <summary>
    /// True for a seed file left unread: unchanged since the last build by size and time, with its article in the extract
    /// cache (<see cref="IngestCache.HasExtract"/>). Its <see cref="Text"/> is empty.
    /// </summary>
    public bool IsUnread { get; init; }

    /// <summary>
    /// Whether a sidecar (<c>NAME.yml</c>) was beside the seed when the seeds folder was listed; null when nobody looked
    /// (a seed made from text alone), and the sidecar is then looked for by name.
    /// </summary>
    public bool? HasSidecar { get; init; }

    /// <summary>A seed file left unread (<see cref="IsUnread"/>), known by the hash of its bytes; <paramref name="hasSidecar"/> as <see cref="HasSidecar"/>.</summary>
    public static Seed Unread(string name, string displayPath, string contentKey, bool? hasSidecar = null) =>
        new(name, displayPath, "") { ContentKey = contentKey, IsUnread = true, HasSidecar = hasSidecar };
}
