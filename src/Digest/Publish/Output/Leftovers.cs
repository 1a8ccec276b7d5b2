using System.Globalization;

namespace Digest.Publish.Output;

/// <summary>
/// What a publish that was ended outright (a second Ctrl+C, SIGKILL, the machine stopping) left beside its output folder:
/// its staging folder (<c>output.staging-PID</c>, up to a whole site), and, when it ended between the two moves of a
/// swap, the previous site (<c>output.previous-PID</c>) with no <c>output/</c> at all. The next publish removes the first
/// and puts the second back, so the site is as the last finished publish left it. The folders of a process that still
/// runs (another build of the same project) are left alone.
/// </summary>
internal static class Leftovers
{
    /// <summary>The kind of the folder a publish stages its files in.</summary>
    public const string Staging = "staging";

    /// <summary>The kind of the folder the previous site is moved to while a new one is swapped in.</summary>
    public const string Previous = "previous";

    /// <summary>The folder of <paramref name="kind"/> that process <paramref name="processId"/> keeps beside <paramref name="target"/>.</summary>
    public static string PathOf(string target, string kind, int processId) => $"{target}.{kind}-{processId.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Removes, or puts back, what publishes that no longer run left beside <paramref name="target"/> (a full path).</summary>
    public static void Clear(string target)
    {
        var parent = Path.GetDirectoryName(target);
        if (parent is null || !Directory.Exists(parent))
        {
            return;
        }

        var name = Path.GetFileName(target);
        foreach (var folder in Directory.EnumerateDirectories(parent, name + ".*-*").Order(StringComparer.Ordinal).ToList())
        {
            var suffix = Path.GetFileName(folder)[(name.Length + 1)..];
            var dash = suffix.LastIndexOf('-');
            var kind = suffix[..dash];
            if (kind is not (Staging or Previous)
                || !int.TryParse(suffix[(dash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var processId)
                || processId == Environment.ProcessId || Cache.CacheFile.IsRunning(processId))
            {
                continue;
            }

            if (kind == Previous && !Directory.Exists(target))
            {
                Directory.Move(folder, target);
            }
            else
            {
                TryDelete(folder);
            }
        }
    }

    /// <summary>
    /// Deletes a leftover folder, if it can: one it cannot (its permissions) is in nobody's way, as every publish names its
    /// own folders by its process, and is tried again by the next publish. (It stopped every later build with exit 3.)
    /// </summary>
    public static void TryDelete(string folder)
    {
        try
        {
            BuiltFolders.DeleteTree(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}
