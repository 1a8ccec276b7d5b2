namespace Digest.Dedup;

/// <summary>One sentence of a report, and whether an earlier report of its story already said it.</summary>
/// <param name="Paragraph">0-based index of the paragraph (in the markdown body, blank-line separated) the sentence is in.</param>
/// <param name="Text">The sentence as plain text.</param>
/// <param name="RepeatedFrom">Slug of the earliest report (in canonical order) that already says it; null when the sentence is new.</param>
/// <param name="Share">Share of the sentence's word trigrams found in that report (0 when new).</param>
public sealed record Passage(int Paragraph, string Text, string? RepeatedFrom, double Share)
{
    /// <summary>True when an earlier report already says this.</summary>
    public bool IsRepeated => RepeatedFrom is not null;
}
