using System.Numerics;

namespace Digest.Dedup;

/// <summary>The heaviest terms of a vector whose terms are in key order: what a long vector keeps.</summary>
internal static class TopTerms
{
    /// <summary>
    /// The <paramref name="keep"/> heaviest of the first <paramref name="count"/> terms (keys ascending; more than
    /// <paramref name="keep"/>; weights zero or positive), ties to the smaller key, still in key order; with the
    /// <paramref name="count"/> weights sorted ascending into the first places of <paramref name="sorted"/>, from which a
    /// caller can read the kept ones heaviest first.
    /// </summary>
    // Only the weights are sorted (a primitive array, by its bits): the one at rank keep is the threshold, and a walk
    // along the terms in key order keeps those above it and, of those at it, the first ones, so the kept terms need no
    // sort of their own. (Sorting (weight, key) pairs and then the kept keys again was most of a merge's own work in
    // the topics of 100,000 reports.)
    public static (TKey[] Keys, T[] Weights) Of<TKey, T>(TKey[] keys, T[] weights, int count, int keep, T[] sorted)
        where TKey : unmanaged
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        weights.AsSpan(0, count).CopyTo(sorted);
        RadixSort.SortNonNegative<T>(sorted.AsSpan(0, count));
        var threshold = sorted[count - keep];
        var above = 0;
        for (var k = count - 1; sorted[k] > threshold; k--)
        {
            above++;
        }

        var atThreshold = keep - above;
        var keptKeys = new TKey[keep];
        var keptWeights = new T[keep];
        for (int k = 0, n = 0; n < keep; k++)
        {
            var weight = weights[k];
            if (weight > threshold || (weight == threshold && atThreshold-- > 0))
            {
                (keptKeys[n], keptWeights[n]) = (keys[k], weight);
                n++;
            }
        }

        return (keptKeys, keptWeights);
    }
}
