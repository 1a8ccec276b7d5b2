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
///   names:                              # the name on a site in another language (digest.yml's language):
///     fr: Forces démocratiques syriennes  # one name, or a list whose first is shown and the rest are aliases
/// </code>
/// On a site whose language has a name in <c>names</c> (its tag, "fr-CA", or its base language, "fr"), that name is
/// the canonical one and the record's own name becomes an alias, so reports in either language fold into one entity
/// shown in the site's language. The shipped gazetteer names its countries in every language Digest has site texts for.
/// The file loads through <see cref="SafeYaml"/> like every maintainer-written YAML. A bad entry is
/// reported as a <see cref="Diagnostic"/> at its line and column and skipped; the rest still counts.
/// </summary>
public static class EntityFile
{
    /// <summary>The curated file's name inside <c>input/</c>.</summary>
    public const string FileName = "entities.yml";

    private static readonly string[] Keys = ["type", "aliases", "demonyms", "description", "link", "names"];

    /// <summary>The records of a file's text; problems go to <paramref name="diagnostics"/> under the name <paramref name="display"/>.</summary>
    /// <param name="yaml">The file's text.</param>
    /// <param name="display">The file's name in messages.</param>
    /// <param name="origin">Whose records they are.</param>
    /// <param name="diagnostics">Receives problems found.</param>
    /// <param name="language">The site's language (<c>digest.yml</c>'s <c>language</c>): a record's name in it, if <c>names</c> has one, is its canonical name.</param>
    public static IReadOnlyList<Entity> Parse(string yaml, string display, EntityOrigin origin, ICollection<Diagnostic> diagnostics, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var root = SafeYaml.LoadMapping(yaml, display, diagnostics, maxLength: SafeYaml.MaxCatalogLength);
        if (root is null)
        {
            return [];
        }

        var entities = new List<Entity>();
        // Each name (as names are matched) with the record that has it and that record's line: a site's own file names each
        // thing once (the built-in gazetteer gives places their common other names on purpose).
        var claimed = origin == EntityOrigin.Curated ? new Dictionary<string, (string Name, int Line)>(StringComparer.Ordinal) : null;
        foreach (var (keyNode, valueNode) in root.Children)
        {
            if (Entry(keyNode, valueNode, display, origin, diagnostics, language) is { } entity)
            {
                entities.Add(entity);
                if (claimed is not null)
                {
                    Claim(entity, (int)keyNode.Start.Line, (int)keyNode.Start.Column, claimed, display, diagnostics);
                }
            }
        }

        return entities;
    }

    // Warns of a name of entity that an earlier record has already: mentions of it fold into one of the two only, and the
    // other loses them without a word (a record's alias that is another's name took that record's page).
    private static void Claim(Entity entity, int line, int column, Dictionary<string, (string Name, int Line)> claimed, string display, ICollection<Diagnostic> diagnostics)
    {
        foreach (var name in entity.Aliases.Prepend(entity.Name).Distinct(StringComparer.Ordinal))
        {
            var key = Normalisation.NameKey.Of(name);
            if (!claimed.TryAdd(key, (entity.Name, line)) && claimed[key] is var (owner, at) && owner != entity.Name)
            {
                // The catalog keeps the first record of a name (EntityCatalog): a second is left out; a name that is
                // another's other name is not, and mentions of it go to one of the two.
                diagnostics.Add(Diagnostic.Warning(display, name != entity.Name
                    ? $"'{entity.Name}' has the other name '{name}', which is already a name of '{owner}' (line {at}); a name belongs to one entity: take it out of one of them"
                    : Normalisation.NameKey.Of(owner) == key
                    ? $"'{name}' is already a name of '{owner}' (line {at}); the first record of a name counts, so this one is left out"
                    : $"the name '{name}' is already another name of '{owner}' (line {at}); a name belongs to one entity: take it out of one of them", line, column));
            }
        }
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

    private static Entity? Entry(YamlNode keyNode, YamlNode valueNode, string display, EntityOrigin origin, ICollection<Diagnostic> diagnostics, string? language)
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
        var names = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
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
                case "names":
                    ReadNames(value, name, names, display, diagnostics);
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

        // The site's language names it: that name is shown, and the record's own folds into it.
        if (InLanguage(names, language) is { Count: > 0 } localized)
        {
            aliases = [.. localized.Skip(1), name, .. aliases];
            name = localized[0];
        }

        return new Entity
        {
            Name = name,
            Type = type.Value,
            Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim(),
            Link = link,
            Aliases = aliases.Where(a => a.Length > 0 && a != name).Distinct(StringComparer.Ordinal).ToList(),
            Demonyms = demonyms.Where(d => d.Length > 0 && d != name).Distinct(StringComparer.Ordinal).ToList(),
            Origin = origin,
        };
    }

    private static string? Scalar(YamlNode node) => (node as YamlScalarNode)?.Value;

    // The names for the site's language tag ("pt-BR"), else for its base language ("pt"); null when none.
    private static List<string>? InLanguage(Dictionary<string, List<string>> names, string? language)
    {
        if (string.IsNullOrEmpty(language))
        {
            return null;
        }

        return names.GetValueOrDefault(language) ?? names.GetValueOrDefault(LanguageTags.BaseOf(language));
    }

    // names: a mapping of language tag → a name, or a list of names (the first shown). A bad entry is reported and left out.
    private static void ReadNames(YamlNode node, string entity, Dictionary<string, List<string>> into, string display, ICollection<Diagnostic> diagnostics)
    {
        if (node is not YamlMappingNode mapping)
        {
            diagnostics.Add(Diagnostic.Error(display, $"names of '{entity}' must map languages to names (e.g. fr: États-Unis); they are ignored", (int)node.Start.Line, (int)node.Start.Column));
            return;
        }

        foreach (var (languageNode, value) in mapping.Children)
        {
            var language = (languageNode as YamlScalarNode)?.Value?.Trim() ?? "";
            var forms = new List<string>();
            if (!LanguageTags.IsValid(language))
            {
                diagnostics.Add(Diagnostic.Error(display, $"'{language}' in the names of '{entity}' is not a language tag (e.g. fr, pt-BR); that name is ignored", (int)languageNode.Start.Line, (int)languageNode.Start.Column));
            }
            else if (!ReadAliases(value, forms) || forms.Count == 0 || forms.Any(f => f.Length == 0))
            {
                diagnostics.Add(Diagnostic.Error(display, $"the {language} name of '{entity}' must be a name or a list of names; it is ignored", (int)value.Start.Line, (int)value.Start.Column));
            }
            else
            {
                into[language] = forms;
            }
        }
    }

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
