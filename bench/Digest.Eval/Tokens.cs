using System.Text.RegularExpressions;

namespace Digest.Eval;

/// <summary>Token F1 as ../shared/eval/README.md defines it: lowercase \w+ runs, multiset precision and recall.</summary>
public static partial class Tokens
{
    public static Dictionary<string, int> Bag(string text)
    {
        var bag = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Match m in Word().Matches(text.ToLowerInvariant()))
        {
            bag[m.Value] = bag.GetValueOrDefault(m.Value) + 1;
        }

        return bag;
    }

    public static (double Precision, double Recall, double F1) Score(string predicted, string truth)
    {
        var p = Bag(predicted);
        var t = Bag(truth);
        var common = p.Sum(kv => Math.Min(kv.Value, t.GetValueOrDefault(kv.Key)));
        var pn = p.Values.Sum();
        var tn = t.Values.Sum();
        var precision = pn == 0 ? 0 : (double)common / pn;
        var recall = tn == 0 ? 0 : (double)common / tn;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return (precision, recall, f1);
    }

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();
}
