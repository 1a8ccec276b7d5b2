using System.Globalization;

namespace Digest.Eval;

/// <summary>
/// Prints an evaluation's figures; with <c>--change</c> also the change from the figures recorded
/// in <c>bench/Digest.Eval/figures/NAME.txt</c> (only numbers, never evaluation data), records the
/// new ones, and returns 1 when a figure dropped by more than 0.001 (so CI and commits notice).
/// </summary>
public static class Figures
{
    public static int Report(string name, IReadOnlyList<(string Key, double Value)> figures, bool change)
    {
        var line = string.Join("  ", figures.Select(f => $"{f.Key} {f.Value.ToString("0.000", CultureInfo.InvariantCulture)}"));
        Console.WriteLine($"{name}: {line}");
        if (!change)
        {
            return 0;
        }

        var file = Path.Combine(FolderOf(), name + ".txt");
        var before = File.Exists(file)
            ? File.ReadAllLines(file).Select(l => l.Split(' ')).Where(p => p.Length == 2)
                .ToDictionary(p => p[0], p => double.Parse(p[1], CultureInfo.InvariantCulture), StringComparer.Ordinal)
            : [];
        var worse = false;
        foreach (var (key, value) in figures)
        {
            if (before.TryGetValue(key, out var old))
            {
                var delta = value - old;
                worse |= delta < -0.001;
                Console.WriteLine($"  {key}: {old.ToString("0.000", CultureInfo.InvariantCulture)} → {value.ToString("0.000", CultureInfo.InvariantCulture)} ({delta.ToString("+0.000;-0.000;±0.000", CultureInfo.InvariantCulture)})");
            }
            else
            {
                Console.WriteLine($"  {key}: (no recorded figure) → {value.ToString("0.000", CultureInfo.InvariantCulture)}");
            }
        }

        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllLines(file, figures.Select(f => $"{f.Key} {f.Value.ToString("0.0000", CultureInfo.InvariantCulture)}"));
        if (worse)
        {
            Console.WriteLine($"  {name}: a figure dropped (recorded anyway in {file})");
        }

        return worse ? 1 : 0;
    }

    // bench/Digest.Eval/figures in the source tree (found from the build output folder).
    private static string FolderOf()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Digest.Eval.csproj")))
            {
                return Path.Combine(dir.FullName, "figures");
            }
        }

        return Path.Combine(Directory.GetCurrentDirectory(), "bench", "Digest.Eval", "figures");
    }

    public static double F1(double precision, double recall) => precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
}
