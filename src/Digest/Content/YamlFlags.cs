namespace Digest.Content;

/// <summary>
/// A boolean value in front matter or a sidecar: <c>true</c> or <c>false</c> (any case, as YAML 1.2
/// reads them). Other spellings are mistakes the caller reports, never a silent false.
/// </summary>
internal static class YamlFlags
{
    /// <summary>Parses a boolean scalar; false when it is not one.</summary>
    public static bool TryParse(string? text, out bool value)
    {
        value = string.Equals(text?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
        return value || string.Equals(text?.Trim(), "false", StringComparison.OrdinalIgnoreCase);
    }
}
