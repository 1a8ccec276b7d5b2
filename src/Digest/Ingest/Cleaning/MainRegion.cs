namespace Digest.Ingest.Cleaning;

/// <summary>
/// The article is one block of the page: the stretch of lines with the largest sum of weights,
/// where prose weighs its length, other lines cost a little (a heading or a caption inside an
/// article does not break it, a menu of fifty items does) and furniture costs its length and more.
/// The maximum-sum window is found in one pass (Kadane).
/// </summary>
internal static class MainRegion
{
    private const int OtherLineCost = 16;
    private const int MinSentenceWords = 5;
    private const double OtherLengthCost = 0.3;
    private const int FurnitureLineCost = 40;

    // A "Related articles" header usually ends the article, but some sites put such boxes inside
    // it: only a long article on both sides outweighs one. Comments always follow the article:
    // the block never crosses their header.
    private const int SectionBreakCost = 300;
    private const int CommentsHeaderCost = 1_000_000;

    // Prose after a comments header is readers' prose: it counts for a quarter, so a long
    // discussion does not outweigh the article it discusses.
    private const double AfterCommentsWeight = 0.25;

    // A short paragraph between two lines that are not prose counts for half: a teaser's blurb in a list of them. (The
    // boilerplate eval's text pages: F1 0.942 -> 0.948, thirteen pages better, three worse, among them a quick-fire
    // interview of one-line answers; 0.948-0.951 for any length limit from 200 to 600 and weight 0.25-0.5.)
    private const double IsolatedProseWeight = 0.5;
    private const int IsolatedProseMaxLength = 300;

    /// <summary>The window [start, end) of the article; empty when there is no prose.</summary>
    /// <param name="classes">The lines' classes.</param>
    /// <param name="stats">The lines' measurements.</param>
    /// <param name="commentsStart">Index of the first comments header, or the line count when there is none.</param>
    public static (int Start, int End) Find(IReadOnlyList<LineClass> classes, IReadOnlyList<LineStats> stats, int commentsStart)
    {
        ArgumentNullException.ThrowIfNull(classes);
        ArgumentNullException.ThrowIfNull(stats);
        double best = 0, current = 0;
        int bestStart = 0, bestEnd = 0, start = 0;
        for (var i = 0; i < classes.Count; i++)
        {
            if (current <= 0)
            {
                current = 0;
                start = i;
            }

            var weight = i == commentsStart ? -CommentsHeaderCost : Weight(classes[i], stats[i].Length);
            weight *= IsIsolatedShortProse(classes, stats, i) ? IsolatedProseWeight : 1;
            current += weight > 0 && i > commentsStart ? weight * AfterCommentsWeight : weight;
            if (current > best)
            {
                best = current;
                bestStart = start;
                bestEnd = i + 1;
            }
        }

        return Widen(classes, stats, bestStart, bestEnd);
    }

    // The window starts and ends on prose; sentences just outside it that read as sentences
    // (a lead with few function words, a one-line closing quote) belong to the article too.
    private static (int Start, int End) Widen(IReadOnlyList<LineClass> classes, IReadOnlyList<LineStats> stats, int start, int end)
    {
        if (end == 0)
        {
            return (start, end);
        }

        while (start > 0 && IsSentence(classes[start - 1], stats[start - 1]))
        {
            start--;
        }

        while (end < classes.Count && IsSentence(classes[end], stats[end]))
        {
            end++;
        }

        return (start, end);
    }

    // A short paragraph alone between lines that are not prose: what a list of teasers repeats (a headline, its
    // blurb, the next headline), where an article's paragraphs come several in a row.
    private static bool IsIsolatedShortProse(IReadOnlyList<LineClass> classes, IReadOnlyList<LineStats> stats, int i) =>
        classes[i] == LineClass.Prose && stats[i].Length < IsolatedProseMaxLength && i > 0 && i + 1 < classes.Count &&
        classes[i - 1] != LineClass.Prose && classes[i + 1] != LineClass.Prose;

    private static bool IsSentence(LineClass lineClass, LineStats stats) =>
        lineClass is LineClass.Other or LineClass.Prose && stats.EndsSentence && stats.Words >= MinSentenceWords;

    private static double Weight(LineClass lineClass, int length) => lineClass switch
    {
        LineClass.Prose => length,
        LineClass.Other => -(OtherLineCost + (OtherLengthCost * length)),
        LineClass.SectionBreak => -(SectionBreakCost + length),
        _ => -(FurnitureLineCost + length),
    };
}
