using Digest.Content;
using YamlDotNet.RepresentationModel;

namespace Digest.Tagging;

/// <summary>
/// A site's curated tags from <c>input/tags.yml</c>: each tag with the entity names or words that file an
/// article under it, e.g. <c>energy: [OPEC, oil, gas prices]</c>. Names match the article's entities;
/// words match whole words of its title and body, case-insensitively.
/// </summary>
public sealed class TagRules
{
    /// <summary>The file's name inside <c>input/</c>.</summary>
    public const string FileName = "tags.yml";

    // Each tag with its terms as written (matched against entity names) and in lower case (matched against words).
    private readonly List<(string Tag, string[] Terms, string[] Lowered)> _rules;

    private TagRules(List<(string Tag, string[] Terms)> rules) =>
        _rules = rules.Select(r => (r.Tag, r.Terms, r.Terms.Select(t => t.ToLowerInvariant()).ToArray())).ToList();

    /// <summary>No curated tags.</summary>
    public static TagRules None { get; } = new([]);

    /// <summary>True when there are no curated tags (so an article's words need not be found).</summary>
    public bool IsEmpty => _rules.Count == 0;

    /// <summary>The rules of <paramref name="paths"/>; a missing file gives none.</summary>
    public static TagRules Load(ProjectPaths paths, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var file = Path.Combine(paths.Input, FileName);
        return File.Exists(file) ? Parse(File.ReadAllText(file), paths.Display(file), diagnostics) : None;
    }

    /// <summary>Parses tags.yml text.</summary>
    public static TagRules Parse(string yaml, string displayPath, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var mapping = SafeYaml.LoadMapping(yaml, displayPath, diagnostics);
        if (mapping is null)
        {
            return None;
        }

        var rules = new List<(string, string[])>();
        foreach (var (key, value) in mapping.Children)
        {
            var tag = Slugs.From((key as YamlScalarNode)?.Value ?? "");
            if (tag.Length == 0)
            {
                diagnostics.Add(Diagnostic.Error(displayPath, "a tag needs letters or digits", (int)key.Start.Line, (int)key.Start.Column));
                continue;
            }

            if (value is not YamlSequenceNode terms)
            {
                diagnostics.Add(Diagnostic.Error(displayPath, $"tag '{tag}' must list names or words, like {tag}: [Name, word]", (int)value.Start.Line, (int)value.Start.Column));
                continue;
            }

            // A list inside the list ("[[Syria], war]") is a slip of brackets: named, and the tag's other terms still count.
            foreach (var nested in terms.Children.Where(t => t is not YamlScalarNode))
            {
                diagnostics.Add(Diagnostic.Error(displayPath, $"tag '{tag}' must list names or words, and this item is not one; it is ignored", (int)nested.Start.Line, (int)nested.Start.Column));
            }

            rules.Add((tag, terms.Children.OfType<YamlScalarNode>().Select(t => t.Value?.Trim() ?? "").Where(t => t.Length > 0).ToArray()));
        }

        return new TagRules(rules);
    }

    /// <summary>The curated tags an article falls under, in file order.</summary>
    public IEnumerable<string> TagsOf(Article article, ISet<string> words)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(words);
        foreach (var (tag, terms, lowered) in _rules)
        {
            for (var i = 0; i < terms.Length; i++)
            {
                if (article.Entities.Contains(terms[i], StringComparer.Ordinal) || words.Contains(lowered[i]))
                {
                    yield return tag;
                    break;
                }
            }
        }
    }
}
