using Digest.Text;
using YamlDotNet.RepresentationModel;

namespace Digest.Entities;

/// <summary>
/// Reads curated entity records: <c>input/entities.yml</c> and the shipped gazetteer share the
/// format, a list of
/// <code>
/// - name: Syrian Democratic Forces      # canonical name (required)
///   type: organisation                  # person | place | organisation | other (required)
///   aliases: [SDF]                      # other names, acronyms, spellings, demonyms
///   description: Kurdish-led alliance …  # one line
///   link: https://en.wikipedia.org/wiki/Syrian_Democratic_Forces
/// </code>
/// A bad entry is reported as a <see cref="Diagnostic"/> at its line and column and skipped; the
/// rest of the file still counts.
/// </summary>
public static class EntityFile
{
    /// <summary>The curated file's name inside <c>input/</c>.</summary>
    public const string FileName = "entities.yml";

    private static readonly string[] Keys = ["name", "type", "aliases", "description", "link"];

    /// <summary>The records of a file's text; problems go to <paramref name="diagnostics"/> under the name <paramref name="display"/>.</summary>
    public static IReadOnlyList<Entity> Parse(string yaml, string display, EntityOrigin origin, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (!YamlDocuments.TryRoot(yaml, out var root, out var error))
        {
            diagnostics.Add(Diagnostic.Error(display, "malformed YAML: " + error!.Message + "; no entity of this file is used", (int)error.Start.Line, (int)error.Start.Column));
            return [];
        }

        if (root is null)
        {
            return [];
        }

        if (root is not YamlSequenceNode list)
        {
            diagnostics.Add(Diagnostic.Error(display, "must be a list of entities (each item starts with '- name: …')", (int)root.Start.Line, (int)root.Start.Column));
            return [];
        }

        var entities = new List<Entity>();
        foreach (var item in list.Children)
        {
            if (Entry(item, display, origin, diagnostics) is { } entity)
            {
                entities.Add(entity);
            }
        }

        return entities;
    }

    private static Entity? Entry(YamlNode item, string display, EntityOrigin origin, ICollection<Diagnostic> diagnostics)
    {
        if (item is not YamlMappingNode mapping)
        {
            diagnostics.Add(Diagnostic.Error(display, "an entity must be a mapping with at least 'name' and 'type'; skipped", (int)item.Start.Line, (int)item.Start.Column));
            return null;
        }

        string? name = null, description = null, link = null;
        EntityType? type = null;
        var aliases = new List<string>();
        var ok = true;
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            var line = (int)valueNode.Start.Line;
            var column = (int)valueNode.Start.Column;
            switch (key)
            {
                case "name": name = Scalar(valueNode); break;
                case "description": description = Scalar(valueNode); break;
                case "type":
                    type = ParseType(Scalar(valueNode));
                    if (type is null)
                    {
                        diagnostics.Add(Diagnostic.Error(display, $"type '{Scalar(valueNode)}' must be person, place, organisation or other; entity skipped", line, column));
                        ok = false;
                    }

                    break;
                case "link":
                    link = Scalar(valueNode);
                    if (link is not null && !(Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
                    {
                        diagnostics.Add(Diagnostic.Error(display, $"link '{link}' must be an absolute http(s) URL; it is ignored", line, column));
                        link = null;
                    }

                    break;
                case "aliases":
                    if (!ReadAliases(valueNode, aliases))
                    {
                        diagnostics.Add(Diagnostic.Error(display, "aliases must be a list of names (e.g. [SDF, Kurdish-led forces])", line, column));
                    }

                    break;
                default:
                    var near = Keys.MinBy(k => EditDistance.Levenshtein(k, key));
                    diagnostics.Add(Diagnostic.Warning(display, $"unknown key '{key}' (known keys: {string.Join(", ", Keys)}; nearest: '{near}'); it is ignored", (int)keyNode.Start.Line, (int)keyNode.Start.Column));
                    break;
            }
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            diagnostics.Add(Diagnostic.Error(display, "entity without a 'name'; skipped", (int)mapping.Start.Line, (int)mapping.Start.Column));
            return null;
        }

        if (type is null)
        {
            if (ok)
            {
                diagnostics.Add(Diagnostic.Error(display, $"entity '{name}' has no 'type' (person, place, organisation or other); skipped", (int)mapping.Start.Line, (int)mapping.Start.Column));
            }

            return null;
        }

        return new Entity
        {
            Name = name.Trim(),
            Type = type.Value,
            Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim(),
            Link = link,
            Aliases = aliases.Where(a => a.Length > 0).Distinct(StringComparer.Ordinal).ToList(),
            Origin = origin,
        };
    }

    /// <summary>Parses a type name (British and American spellings, either case); null when unknown.</summary>
    public static EntityType? ParseType(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "person" or "people" => EntityType.Person,
        "place" or "location" => EntityType.Place,
        "organisation" or "organization" => EntityType.Organisation,
        "other" => EntityType.Other,
        _ => null,
    };

    private static string? Scalar(YamlNode node) => (node as YamlScalarNode)?.Value;

    private static bool ReadAliases(YamlNode node, List<string> into)
    {
        switch (node)
        {
            case YamlScalarNode scalar when !string.IsNullOrWhiteSpace(scalar.Value):
                into.Add(scalar.Value.Trim());
                return true;
            case YamlSequenceNode sequence:
                foreach (var child in sequence.Children)
                {
                    if (child is not YamlScalarNode { Value: { } value })
                    {
                        return false;
                    }

                    into.Add(value.Trim());
                }

                return true;
            default:
                return false;
        }
    }
}
