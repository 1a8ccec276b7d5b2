namespace Digest.Dedup;

/// <summary>Date proximity: reports of one event are days apart, stories of one topic weeks.</summary>
internal static class DateGap
{
    /// <summary>Gap in days between two date ranges (0 when they overlap or a date is unknown).</summary>
    public static int Days(DateOnly? firstA, DateOnly? lastA, DateOnly? firstB, DateOnly? lastB)
    {
        if (firstA is null || lastA is null || firstB is null || lastB is null)
        {
            return 0;
        }

        if (lastA.Value < firstB.Value)
        {
            return firstB.Value.DayNumber - lastA.Value.DayNumber;
        }

        return lastB.Value < firstA.Value ? firstA.Value.DayNumber - lastB.Value.DayNumber : 0;
    }
}
