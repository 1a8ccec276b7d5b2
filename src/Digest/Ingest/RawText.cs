namespace Digest.Ingest;

/// <summary>A seed split into its parts before any metadata is inferred.</summary>
/// <param name="Title">The headline line.</param>
/// <param name="Paragraphs">Body paragraphs, plain text, in order.</param>
public sealed record RawText(string Title, IReadOnlyList<string> Paragraphs);
