using Digest.Content;
using YamlDotNet.RepresentationModel;

namespace Digest.Ingest;

/// <summary>
/// The <c>ingest:</c> section of <c>input/digest.yml</c> (site settings ignore it), e.g.
/// <c>ingest: { max_seed_bytes: 5000000 }</c>. Every key is optional.
/// </summary>
public sealed record IngestSettings
{
    /// <summary>Default largest seed file: 10 MB; bigger files are reported and skipped.</summary>
    public const long DefaultMaxSeedBytes = 10L * 1024 * 1024;

    private const string Section = "ingest";
    private const string MaxSeedBytesKey = "max_seed_bytes";

    /// <summary>Largest seed file accepted, in bytes.</summary>
    public long MaxSeedBytes { get; init; } = DefaultMaxSeedBytes;

    /// <summary>Reads the section from the settings file of <paramref name="paths"/>; a missing file or section gives the defaults.</summary>
    public static IngestSettings Load(ProjectPaths paths, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var file = Path.Combine(paths.Input, "digest.yml");
        return FolderFiles.ReadCurated(paths, file, diagnostics) is { } text ? Parse(text, paths.Display(file), diagnostics) : new IngestSettings();
    }

    /// <summary>Reads the section from the text of a digest.yml.</summary>
    public static IngestSettings Parse(string yaml, string displayPath, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var settings = new IngestSettings();
        // Site settings report malformed YAML in this file; once is enough.
        if (!SafeYaml.TryLoad(yaml, displayPath, [], out var document) || document is not YamlMappingNode root ||
            !root.Children.TryGetValue(new YamlScalarNode(Section), out var node) || node is YamlScalarNode { Value: null or "" })
        {
            return settings;
        }

        if (node is not YamlMappingNode section)
        {
            diagnostics.Add(Diagnostic.Error(displayPath, $"'{Section}' must be a mapping like {{ {MaxSeedBytesKey}: 10000000 }}; defaults are used", (int)node.Start.Line, (int)node.Start.Column));
            return settings;
        }

        foreach (var (key, value) in section.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            var text = (value as YamlScalarNode)?.Value?.Trim() ?? "";
            if (name == MaxSeedBytesKey)
            {
                if (long.TryParse(text, out var bytes) && bytes > 0)
                {
                    settings = settings with { MaxSeedBytes = bytes };
                }
                else
                {
                    diagnostics.Add(Diagnostic.Error(displayPath, $"{Section}.{MaxSeedBytesKey} '{text}' must be a positive whole number of bytes", (int)value.Start.Line, (int)value.Start.Column));
                }
            }
            else
            {
                diagnostics.Add(Diagnostic.UnknownKey(displayPath, name, [MaxSeedBytesKey], (int)key.Start.Line, (int)key.Start.Column, section: Section));
            }
        }

        return settings;
    }
}
