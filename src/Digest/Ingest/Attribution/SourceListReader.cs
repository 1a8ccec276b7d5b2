using Digest.Content;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Digest.Ingest.Attribution;

/// <summary>
/// Reads a list of sources (the built-in <c>KnownSources.yml</c> or a site's <c>input/sources.yml</c>):
/// a YAML sequence of mappings with <c>name</c>, <c>url</c>, <c>aliases</c>, <c>hosts</c>,
/// <c>patterns</c>, <c>priority</c>. Every problem becomes a <c>file:line:col</c> diagnostic; a bad
/// entry is skipped, never an exception.
/// </summary>
internal static class SourceListReader
{
    private static readonly string[] Keys = ["name", "url", "aliases", "hosts", "patterns", "priority"];

    /// <summary>The entries of <paramref name="yaml"/>; fields not given are null so they can override selectively.</summary>
    public static List<SourceEntry> Read(string yaml, string displayPath, ICollection<Diagnostic> diagnostics)
    {
        var entries = new List<SourceEntry>();
        if (!SafeYaml.TryLoad(yaml, displayPath, diagnostics, out var root, maxLength: SafeYaml.MaxCatalogLength))
        {
            return entries;
        }

        // Either the list itself or a mapping with a 'sources:' list.
        if (root is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode("sources"), out var inner))
        {
            root = inner;
        }

        if (root is null)
        {
            return entries;
        }

        if (root is not YamlSequenceNode sequence)
        {
            diagnostics.Add(Diagnostic.Error(displayPath, "must be a list of sources ('- name: …'); the file is ignored", Line(root.Start), Column(root.Start)));
            return entries;
        }

        // Each name and alias (as sources are looked up: case ignored) with the entry that has it and its line.
        var claimed = new Dictionary<string, (string Name, int Line)>(StringComparer.OrdinalIgnoreCase);
        foreach (var node in sequence.Children)
        {
            if (ReadEntry(node, displayPath, diagnostics) is { } entry)
            {
                entries.Add(entry);
                Claim(entry, Line(node.Start), Column(node.Start), claimed, displayPath, diagnostics);
            }
        }

        return entries;
    }

    // Warns of a name or alias of entry that an earlier entry of the list has: the later entry takes the name's reports
    // (a second entry of the same name overrides the first's fields), which a list should say on purpose, not by a slip.
    private static void Claim(SourceEntry entry, int line, int column, Dictionary<string, (string Name, int Line)> claimed, string displayPath, ICollection<Diagnostic> diagnostics)
    {
        foreach (var name in (entry.Aliases ?? []).Prepend(entry.Name).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (claimed.TryGetValue(name, out var earlier))
            {
                var isName = string.Equals(name, entry.Name, StringComparison.OrdinalIgnoreCase);
                diagnostics.Add(Diagnostic.Warning(displayPath, isName && string.Equals(name, earlier.Name, StringComparison.OrdinalIgnoreCase)
                    ? $"a second source named '{name}' (the first is at line {earlier.Line}); its fields replace the first's"
                    : isName
                    ? $"the name '{name}' is already an alias of '{earlier.Name}' (line {earlier.Line}); its reports are credited to '{entry.Name}'"
                    : $"'{entry.Name}' has the alias '{name}', which is already a name of '{earlier.Name}' (line {earlier.Line}); its reports are credited to '{entry.Name}'", line, column));
            }

            claimed[name] = (entry.Name, line);
        }
    }

    private static SourceEntry? ReadEntry(YamlNode node, string displayPath, ICollection<Diagnostic> diagnostics)
    {
        if (node is not YamlMappingNode mapping)
        {
            diagnostics.Add(Diagnostic.Error(displayPath, "a source must be a mapping with at least 'name'; it is skipped", Line(node.Start), Column(node.Start)));
            return null;
        }

        string? name = null, url = null;
        int? priority = null;
        List<string>? aliases = null, hosts = null, patterns = null;
        var ok = true;
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            void Error(string message)
            {
                ok = false;
                diagnostics.Add(Diagnostic.Error(displayPath, message, Line(value.Start), Column(value.Start)));
            }

            // An item of a list that is itself a list or a mapping (a stray bracket: [a, [b]]) is named and left out.
            void Odd(YamlNode item) => diagnostics.Add(Diagnostic.Warning(displayPath,
                $"an item of '{key}' must be a single value, not a {Content.SafeYaml.ShapeOf(item)}; it is left out", Line(item.Start), Column(item.Start)));

            switch (key)
            {
                case "name":
                    name = Scalar(value);
                    break;
                case "url":
                    url = Scalar(value);
                    if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
                    {
                        Error($"url '{url}' must be an absolute http(s) URL");
                    }

                    break;
                case "priority":
                    if (int.TryParse(Scalar(value), out var p) && p is >= 0 and <= 100)
                    {
                        priority = p;
                    }
                    else
                    {
                        Error($"priority '{Scalar(value)}' must be a whole number from 0 to 100");
                    }

                    break;
                case "aliases":
                    aliases = List(value, key, Error, Odd);
                    break;
                case "hosts":
                    hosts = List(value, key, Error, Odd)?.Select(h => h.ToLowerInvariant()).ToList();
                    break;
                case "patterns":
                    patterns = List(value, key, Error, Odd);
                    break;
                default:
                    diagnostics.Add(Diagnostic.UnknownKey(displayPath, key, Keys, Line(keyNode.Start), Column(keyNode.Start)));
                    break;
            }
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            diagnostics.Add(Diagnostic.Error(displayPath, "a source needs a 'name'; it is skipped", Line(mapping.Start), Column(mapping.Start)));
            return null;
        }

        return ok ? new SourceEntry(name, url, priority, aliases, hosts, patterns) : null;
    }

    private static string? Scalar(YamlNode node) => node is YamlScalarNode { Value: { } v } && v.Trim().Length > 0 ? v.Trim() : null;

    private static List<string>? List(YamlNode node, string key, Action<string> error, Action<YamlNode> odd)
    {
        switch (node)
        {
            case YamlSequenceNode sequence:
                foreach (var item in sequence.Children.Where(c => c is not YamlScalarNode))
                {
                    odd(item);
                }

                return sequence.Children.OfType<YamlScalarNode>().Select(s => s.Value?.Trim() ?? "").Where(s => s.Length > 0).ToList();
            case YamlScalarNode scalar:
                return string.IsNullOrWhiteSpace(scalar.Value) ? [] : [scalar.Value.Trim()];
            default:
                error($"'{key}' must be a list like [a, b]");
                return null;
        }
    }

    // YamlDotNet marks are 1-based already.
    private static int Line(Mark mark) => (int)mark.Line;

    private static int Column(Mark mark) => (int)mark.Column;
}

/// <summary>One entry of a source list as written; null fields were not given.</summary>
internal sealed record SourceEntry(string Name, string? Url, int? Priority, List<string>? Aliases, List<string>? Hosts, List<string>? Patterns);
