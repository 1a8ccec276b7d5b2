namespace Digest.Publish;

/// <summary>
/// The static files a site publishes under <c>assets/</c>: the theme's own (<see cref="IPageRenderer.Assets"/>),
/// each replaced by the project's file of the same path in <c>theme/assets/</c> when there is one, and the project's
/// other files there (a print stylesheet, a logo, fonts) beside them. So a site restyles itself without rebuilding
/// Digest (as a Hugo site overrides its theme's static files), and <c>digest serve</c> shows a stylesheet edit at once.
/// </summary>
public static class ThemeAssets
{
    /// <summary>
    /// The theme's assets with the project's files of <see cref="ProjectPaths.ThemeAssets"/> laid over them, in
    /// ordinal order of their paths. Hidden files and editors' working copies (names starting with '.' or '#', or
    /// ending with '~') are left out; a file that cannot be read is reported in <paramref name="diagnostics"/>
    /// and the theme's own asset of that path, if any, is published instead.
    /// </summary>
    public static IReadOnlyList<ThemeAsset> WithProjectFiles(IReadOnlyList<ThemeAsset> theme, ProjectPaths paths, List<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(theme);
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var folder = paths.ThemeAssets;
        if (!Directory.Exists(folder) && !File.Exists(folder))
        {
            return theme;
        }

        var assets = theme.ToDictionary(a => a.Path, StringComparer.Ordinal);
        foreach (var (relative, file) in FolderFiles.Published(paths, folder, WorkingFiles.Below, diagnostics))
        {
            try
            {
                assets["assets/" + relative] = new ThemeAsset("assets/" + relative, FolderFiles.ReadAllBytes(file));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(Diagnostic.Error(paths.Display(file), $"cannot read this theme file ({paths.Message(e)}); the built-in theme's file is published instead, if there is one"));
            }
        }

        return [.. assets.Values.OrderBy(a => a.Path, StringComparer.Ordinal)];
    }
}
