namespace Digest.Dedup;

/// <summary>What one report of a story repeats and what it adds.</summary>
/// <param name="Report">The report.</param>
/// <param name="Passages">Its sentences in order, each marked new or repeated.</param>
public sealed record ReportOverlap(Article Report, IReadOnlyList<Passage> Passages)
{
    /// <summary>The sentences no earlier report said: what this report adds.</summary>
    public IReadOnlyList<Passage> Added => Passages.Where(p => !p.IsRepeated).ToList();

    /// <summary>Share of the report's sentences that repeat earlier reports (0 for the first report).</summary>
    public double RepeatedShare => Passages.Count == 0 ? 0 : (double)Passages.Count(p => p.IsRepeated) / Passages.Count;

    /// <summary>Whether paragraph <paramref name="paragraph"/> only repeats earlier reports (every sentence of it repeated).</summary>
    public bool IsParagraphRepeated(int paragraph)
    {
        var sentences = Passages.Where(p => p.Paragraph == paragraph).ToList();
        return sentences.Count > 0 && sentences.All(p => p.IsRepeated);
    }
}
