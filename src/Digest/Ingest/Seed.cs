namespace Digest.Ingest;

/// <summary>A raw article as received, decoded to text.</summary>
/// <param name="Name">File name inside <c>seeds/</c> (provenance, written to front matter).</param>
/// <param name="DisplayPath">Path as diagnostics name it.</param>
/// <param name="Text">Decoded text, line endings normalised to \n.</param>
public sealed record Seed(string Name, string DisplayPath, string Text);
