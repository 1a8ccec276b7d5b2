using Digest.Text;
using Digest.Content;
using YamlDotNet.RepresentationModel;

namespace Digest.Publish;

/// <summary>Site settings from <c>input/digest.yml</c>; every key is optional.</summary>
public sealed record SiteSettings
{
    /// <summary>The settings file's name inside <c>input/</c>.</summary>
    public const string FileName = "digest.yml";

    /// <summary>Site name shown in the header, feeds and titles.</summary>
    public string Title { get; init; } = "Digest";

    /// <summary>One-line description for feeds and meta tags.</summary>
    public string Description { get; init; } = "A curated news digest.";

    /// <summary>Absolute URL the site is served from, possibly with a path (e.g. https://example.github.io/digest/).</summary>
    public string BaseUrl { get; init; } = "/";

    /// <summary>Items per page of long lists.</summary>
    public int PageSize { get; init; } = 20;

    /// <summary>An uncurated entity gets a page when at least this many articles mention it.</summary>
    public int EntityMinArticles { get; init; } = 2;

    /// <summary>Site language (ISO 639-1).</summary>
    public string Language { get; init; } = "en";

    private static readonly string[] Keys = ["title", "description", "base_url", "page_size", "language"];

    // Sections read by other stages from the same file (e.g. dedup thresholds); publishing ignores them.
    private static readonly string[] StageSections = ["ingest", "dedup", "entities"];

    /// <summary>Reads the settings of <paramref name="paths"/>; a missing file gives the defaults.</summary>
    public static SiteSettings Load(ProjectPaths paths, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var file = Path.Combine(paths.Input, FileName);
        var settings = new SiteSettings();
        if (!File.Exists(file))
        {
            return settings;
        }

        var display = paths.Display(file);
        var mapping = SafeYaml.LoadMapping(File.ReadAllText(file), display, diagnostics);
        if (mapping is null)
        {
            return settings;
        }

        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            var value = (valueNode as YamlScalarNode)?.Value?.Trim() ?? "";
            var line = (int)keyNode.Start.Line;
            var column = (int)keyNode.Start.Column;
            switch (key)
            {
                case "title": settings = settings with { Title = value }; break;
                case "description": settings = settings with { Description = value }; break;
                case "language": settings = settings with { Language = value }; break;
                case "base_url":
                    if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
                    {
                        settings = settings with { BaseUrl = value.EndsWith('/') ? value : value + "/" };
                    }
                    else if (value.StartsWith('/'))
                    {
                        settings = settings with { BaseUrl = value.EndsWith('/') ? value : value + "/" };
                    }
                    else
                    {
                        diagnostics.Add(Diagnostic.Error(display, $"base_url '{value}' must be an absolute http(s) URL or a path starting with '/'", line, column));
                    }

                    break;
                case "page_size":
                    if (int.TryParse(value, out var size) && size is > 0 and <= 1000)
                    {
                        settings = settings with { PageSize = size };
                    }
                    else
                    {
                        diagnostics.Add(Diagnostic.Error(display, $"page_size '{value}' must be a whole number from 1 to 1000", line, column));
                    }

                    break;
                case var section when StageSections.Contains(section):
                    break;
                default:
                    var near = Keys.MinBy(k => EditDistance.Levenshtein(k, key));
                    diagnostics.Add(Diagnostic.Warning(display, $"unknown key '{key}' (known keys: {string.Join(", ", Keys)}; nearest: '{near}'); it is ignored", line, column));
                    break;
            }
        }

        return settings;
    }
}
