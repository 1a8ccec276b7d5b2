namespace Digest.Ingest.Cleaning;

/// <summary>One non-blank line of seed text.</summary>
/// <param name="Text">The line, whitespace normalised.</param>
/// <param name="AfterBlank">True when a blank line (or the title) precedes it: it starts a block.</param>
public sealed record TextLine(string Text, bool AfterBlank);
