namespace Digest.Ingest.Cleaning;

/// <summary>
/// The article is one block of the page: the stretch of lines with the largest sum of weights,
/// where prose weighs its length, other lines cost a little (a heading or a caption inside an
/// article does not break it, a menu of fifty items does) and furniture costs its length and more.
/// The maximum-sum window is found in one pass (Kadane).
/// </summary>
internal static class MainRegion
{
    private const int OtherLineCost = 8;
    private const double OtherLengthCost = 0.3;
    private const int FurnitureLineCost = 40;

    // Prose after a comments header is readers' prose: it counts for a quarter, so a long
    // discussion does not outweigh the article it discusses.
    private const double AfterCommentsWeight = 0.25;

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

            if (classes[i] == LineClass.SectionBreak)
            {
                current = 0; // nothing after a comments or related-stories header belongs to the block before it
                start = i + 1;
                continue;
            }

            var weight = Weight(classes[i], stats[i].Length);
            current += weight > 0 && i > commentsStart ? weight * AfterCommentsWeight : weight;
            if (current > best)
            {
                best = current;
                bestStart = start;
                bestEnd = i + 1;
            }
        }

        return (bestStart, bestEnd);
    }

    private static double Weight(LineClass lineClass, int length) => lineClass switch
    {
        LineClass.Prose => length,
        LineClass.Other => -(OtherLineCost + (OtherLengthCost * length)),
        _ => -(FurnitureLineCost + length),
    };
}
