namespace Digest.Ingest;

/// <summary>Reads every seed file of a folder, in ordinal name order, reporting the unreadable ones.</summary>
public static class SeedReader
{
    /// <summary>File extensions accepted as seeds.</summary>
    public static IReadOnlySet<string> Extensions { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt" };

    /// <summary>Reads the seeds of <paramref name="paths"/>; problems go to <paramref name="diagnostics"/>.</summary>
    public static IReadOnlyList<Seed> ReadAll(ProjectPaths paths, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (!Directory.Exists(paths.Seeds))
        {
            diagnostics.Add(Diagnostic.Warning(paths.Display(paths.Seeds), "seeds folder not found; nothing to ingest"));
            return [];
        }

        var seeds = new List<Seed>();
        var files = Directory.EnumerateFiles(paths.Seeds)
            .Where(f => Extensions.Contains(Path.GetExtension(f)))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var display = paths.Display(file);
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(file);
            }
            catch (IOException e)
            {
                diagnostics.Add(Diagnostic.Error(display, "cannot be read: " + e.Message));
                continue;
            }
            catch (UnauthorizedAccessException e)
            {
                diagnostics.Add(Diagnostic.Error(display, "cannot be read: " + e.Message));
                continue;
            }

            if (SeedDecoder.TryDecode(bytes, out var text, out var reason))
            {
                seeds.Add(new Seed(Path.GetFileName(file), display, text));
            }
            else
            {
                diagnostics.Add(Diagnostic.Error(display, reason + "; it was skipped"));
            }
        }

        return seeds;
    }
}
