using Digest.Content;
using Digest.Text;
using YamlDotNet.RepresentationModel;

namespace Digest.Entities;

/// <summary>
/// Reads curated entity records: <c>input/entities.yml</c> and the shipped gazetteer share the
/// format, a mapping from canonical name to its record:
/// <code>
/// Syrian Democratic Forces:             # canonical name
///   type: organisation                  # person | place | organisation | other (required)
///   aliases: [SDF]                      # other names, acronyms, spellings: folded into the canonical name
///   demonyms: [Syrian]                  # (a place) words for its people: names of their own, type other
///   description: Kurdish-led alliance …  # one line
///   link: https://en.wikipedia.org/wiki/Syrian_Democratic_Forces
/// </code>
/// The file loads through <see cref="SafeYaml"/> like every maintainer-written YAML. A bad entry is
/// reported as a <see cref="Diagnostic"/> at its line and column and skipped; the rest still counts.
/// </summary>
public static class EntityFile
{
    /// <summary>The curated file's name inside <c>input/</c>.</summary>
    public const string FileName = "entities.yml";

    private static readonly string[] Keys = ["type", "aliases", "demonyms", "description", "link"];

    /// <summary>The records of a file's text; problems go to <paramref name="diagnostics"/> under the name <paramref name="display"/>.</summary>
    public static IReadOnlyList<Entity> Parse(string yaml, string display, EntityOrigin origin, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var root = SafeYaml.LoadMapping(yaml, display, diagnostics);
        if (root is null)
        {
            return [];
        }

        var entities = new List<Entity>();
        foreach (var (keyNode, valueNode) in root.Children)
        {
            if (Entry(keyNode, valueNode, display, origin, diagnostics) is { } entity)
            {
                entities.Add(entity);
            }
        }

        return entities;
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

    private static Entity? Entry(YamlNode keyNode, YamlNode valueNode, string display, EntityOrigin origin, ICollection<Diagnostic> diagnostics)
    {
        var name = (keyNode as YamlScalarNode)?.Value?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            diagnostics.Add(Diagnostic.Error(display, "an entity's key must be its canonical name; skipped", (int)keyNode.Start.Line, (int)keyNode.Start.Column));
            return null;
        }

        if (valueNode is not YamlMappingNode mapping)
        {
            diagnostics.Add(Diagnostic.Error(display, $"'{name}' needs at least a type (e.g. 'type: place'); skipped", (int)keyNode.Start.Line, (int)keyNode.Start.Column));
            return null;
        }

        string? description = null, link = null;
        EntityType? type = null;
        var aliases = new List<string>();
        var demonyms = new List<string>();
        var badType = false;
        foreach (var (fieldNode, value) in mapping.Children)
        {
            var field = (fieldNode as YamlScalarNode)?.Value ?? "";
            var line = (int)value.Start.Line;
            var column = (int)value.Start.Column;
            if (field is "description" or "type" or "link" && value is not YamlScalarNode)
            {
                // One value goes there: a list or a mapping is a mistake to show, not to drop unsaid.
                var shape = SafeYaml.ShapeOf(value);
                diagnostics.Add(Diagnostic.Error(display, $"{field} of '{name}' must be a single value, not a {shape}; " + (field == "type" ? "skipped" : "it is ignored"), line, column));
                badType |= field == "type";
                continue;
            }

            switch (field)
            {
                case "description": description = Scalar(value); break;
                case "type":
                    type = ParseType(Scalar(value));
                    if (type is null)
                    {
                        diagnostics.Add(Diagnostic.Error(display, $"type '{Scalar(value)}' of '{name}' must be person, place, organisation or other; skipped", line, column));
                        badType = true;
                    }

                    break;
                case "link":
                    link = Scalar(value);
                    if (link is not null && !(Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
                    {
                        diagnostics.Add(Diagnostic.Error(display, $"link '{link}' must be an absolute http(s) URL; it is ignored", line, column));
                        link = null;
                    }

                    break;
                case "aliases":
                    if (!ReadAliases(value, aliases))
                    {
                        diagnostics.Add(Diagnostic.Error(display, "aliases must be a list of names (e.g. [SDF, Kurdish-led forces])", line, column));
                    }

                    break;
                case "demonyms":
                    if (!ReadAliases(value, demonyms))
                    {
                        diagnostics.Add(Diagnostic.Error(display, "demonyms must be a list of words (e.g. [Syrian])", line, column));
                    }

                    break;
                default:
                    diagnostics.Add(Diagnostic.UnknownKey(display, field, Keys, (int)fieldNode.Start.Line, (int)fieldNode.Start.Column));
                    break;
            }
        }

        if (type is null)
        {
            if (!badType)
            {
                diagnostics.Add(Diagnostic.Error(display, $"'{name}' has no type (person, place, organisation or other); skipped", (int)keyNode.Start.Line, (int)keyNode.Start.Column));
            }

            return null;
        }

        return new Entity
        {
            Name = name,
            Type = type.Value,
            Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim(),
            Link = link,
            Aliases = aliases.Where(a => a.Length > 0).Distinct(StringComparer.Ordinal).ToList(),
            Demonyms = demonyms.Where(d => d.Length > 0 && d != name).Distinct(StringComparer.Ordinal).ToList(),
            Origin = origin,
        };
    }

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
