using Digest.Content;
using YamlDotNet.RepresentationModel;

namespace Digest.Entities;

/// <summary>
/// The <c>entities:</c> section of <c>input/digest.yml</c>:
/// <code>
/// entities:
///   min_articles: 2   # an uncurated name gets a page once this many reports name it (copies not counted)
/// </code>
/// </summary>
public sealed record EntitySettings
{
    /// <summary>Articles an uncurated name needs before it becomes a site entity.</summary>
    public int MinArticles { get; init; } = 2;

    /// <summary>
    /// The site's language (<c>digest.yml</c>'s top-level <c>language</c>, checked by the site settings; null when not given):
    /// a known entity with a name in it (<see cref="EntityFile"/>'s <c>names</c>) is shown under that name.
    /// </summary>
    public string? Language { get; init; }

    /// <summary>Reads the section from <c>digest.yml</c> in <paramref name="paths"/>' input; defaults when absent.</summary>
    public static EntitySettings Load(ProjectPaths paths, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var file = Path.Combine(paths.Input, "digest.yml");
        return FolderFiles.ReadCurated(paths, file, diagnostics) is { } text ? Parse(text, paths.Display(file), diagnostics) : new EntitySettings();
    }

    /// <summary>Reads the section from the text of a <c>digest.yml</c>. Malformed YAML is reported by the site settings, so it is not repeated here.</summary>
    public static EntitySettings Parse(string yaml, string display, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var settings = new EntitySettings();
        var mapping = SafeYaml.LoadMapping(yaml, display, []);
        if (mapping is not null && mapping.Children.TryGetValue(new YamlScalarNode("language"), out var language)
            && language is YamlScalarNode { Value: { } tag } && Text.LanguageTags.IsValid(tag.Trim()))
        {
            settings = settings with { Language = tag.Trim() };
        }

        if (mapping is null || !mapping.Children.TryGetValue(new YamlScalarNode("entities"), out var section))
        {
            return settings;
        }

        if (section is not YamlMappingNode keys)
        {
            diagnostics.Add(Diagnostic.Error(display, "'entities' must be a mapping (e.g. min_articles: 2)", (int)section.Start.Line, (int)section.Start.Column));
            return settings;
        }

        foreach (var (keyNode, valueNode) in keys.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            var value = (valueNode as YamlScalarNode)?.Value?.Trim() ?? "";
            if (key != "min_articles")
            {
                diagnostics.Add(Diagnostic.UnknownKey(display, key, ["min_articles"], (int)keyNode.Start.Line, (int)keyNode.Start.Column, section: "entities"));
            }
            else if (int.TryParse(value, out var n) && n >= 1)
            {
                settings = settings with { MinArticles = n };
            }
            else
            {
                var given = valueNode is YamlScalarNode ? $"'{value}'" : $"given a {SafeYaml.ShapeOf(valueNode)}";
                diagnostics.Add(Diagnostic.Error(display, $"entities.min_articles {given} must be a whole number of at least 1", (int)valueNode.Start.Line, (int)valueNode.Start.Column));
            }
        }

        return settings;
    }
}
