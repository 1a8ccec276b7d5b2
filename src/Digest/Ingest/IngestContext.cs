using Digest.Ingest.Attribution;

namespace Digest.Ingest;

/// <summary>What every seed's ingest shares: settings, the source catalog and the diagnostics sink.</summary>
/// <param name="Paths">The project's folders.</param>
/// <param name="Settings">The <c>ingest:</c> section of <c>input/digest.yml</c>.</param>
/// <param name="Sources">Known publishers: the built-in list with <c>input/sources.yml</c> on top.</param>
/// <param name="Diagnostics">Receives problems with individual seeds.</param>
public sealed record IngestContext(ProjectPaths Paths, IngestSettings Settings, SourceCatalog Sources, ICollection<Diagnostic> Diagnostics);
