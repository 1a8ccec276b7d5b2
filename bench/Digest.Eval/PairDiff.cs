using System.Text.RegularExpressions;

namespace Digest.Eval;

/// <summary>
/// How two seed texts differ, in words (lowercase \w+ runs, as the eval README counts tokens):
/// headline and body apart, body words only in one or the other from their longest common
/// subsequence. Lets a reader see what kind of pair the stage marks beyond a ground truth.
/// </summary>
public static partial class PairDiff
{
    public static string Describe(string textA, string textB)
    {
        var (titleA, bodyA) = Split(textA);
        var (titleB, bodyB) = Split(textB);
        var common = CommonLength(bodyA, bodyB);
        var onlyA = bodyA.Length - common;
        var onlyB = bodyB.Length - common;
        var headline = titleA.SequenceEqual(titleB) ? "same headline" : "other headline";
        var kind = (onlyA, onlyB) switch
        {
            (0, 0) => "same body words (case, whitespace or punctuation may differ)",
            (0, _) or (_, 0) => $"one body inside the other (+{Math.Max(onlyA, onlyB)} words)",
            _ when onlyA + onlyB <= 6 => $"body edited ({onlyA}/{onlyB} words)",
            _ => $"body edited and cut or extended ({onlyA}/{onlyB} words)",
        };
        return $"{headline}; {kind}; body {bodyA.Length}/{bodyB.Length} words";
    }

    /// <summary>The category of <see cref="Describe"/> without the counts, for a tally.</summary>
    public static string Category(string description) => Counts().Replace(description[..description.LastIndexOf(';')], "");

    private static (string[] Title, string[] Body) Split(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n', 2);
        return (Words(lines[0]), Words(lines.Length > 1 ? lines[1] : ""));
    }

    private static string[] Words(string text) => Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToArray();

    // Longest common subsequence length, two rows: O(n·m) time, O(m) memory.
    private static int CommonLength(string[] a, string[] b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : Math.Max(previous[j], current[j - 1]);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();

    [GeneratedRegex(@" \(\+?\d+(/\d+)? words\)")]
    private static partial Regex Counts();
}
