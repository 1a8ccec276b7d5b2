using Digest.Content;
using YamlDotNet.RepresentationModel;

namespace Digest.Tagging;

/// <summary>What <c>input/tags.yml</c> says of a tag beyond its terms.</summary>
/// <param name="Name">The name pages show the tag by ("Middle East" for <c>middle-east</c>), if given.</param>
/// <param name="Description">A line about the tag for its page, if given.</param>
public sealed record TagInfo(string? Name, string? Description);

/// <summary>
/// A site's curated tags from <c>input/tags.yml</c>: each tag with the entity names or words that file an
/// article under it, e.g. <c>energy: [OPEC, oil, gas prices]</c>. Names match the article's entities;
/// words match whole words of its title and body, case-insensitively. A tag may also be written as a mapping,
/// <c>middle-east: {name: Middle East, description: …, match: [Gaza, Lebanon]}</c>, to give the name its pages show
/// and a line about it (with no <c>match</c>, it only describes a tag that sidecars give).
/// </summary>
public sealed class TagRules
{
    private static readonly string[] LongFormKeys = ["match", "name", "description"];

    // The name and description each tag of the long form gives, by slug.
    private readonly Dictionary<string, TagInfo> _info;

    /// <summary>The file's name inside <c>input/</c>.</summary>
    public const string FileName = "tags.yml";

    // Each rule's tag, in file order.
    private readonly List<string> _tags;

    // The rules (their places in the file) of each term as written, and of each in lower case: an article is matched
    // through its names and words, not against every term of every rule (5,000 rules of four words took 19 s over
    // 10,000 articles).
    private readonly Dictionary<string, List<int>> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _byWord = new(StringComparer.Ordinal);

    private TagRules(List<(string Tag, string[] Terms)> rules, Dictionary<string, TagInfo>? info = null)
    {
        _tags = [.. rules.Select(r => r.Tag)];
        _info = info ?? [];
        for (var rule = 0; rule < rules.Count; rule++)
        {
            // Terms as written match entity names; in lower case, words.
            foreach (var term in rules[rule].Terms)
            {
                Index(_byName, term, rule);
                Index(_byWord, term.ToLowerInvariant(), rule);
            }
        }
    }

    private static void Index(Dictionary<string, List<int>> index, string term, int rule)
    {
        ref var rules = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(index, term, out _);
        rules ??= [];
        if (rules.Count == 0 || rules[^1] != rule)
        {
            rules.Add(rule);
        }
    }

    /// <summary>What the file says of the tag of <paramref name="slug"/> beyond its terms, if it gives a name or a description.</summary>
    public TagInfo? InfoOf(string slug) => _info.GetValueOrDefault(slug);

    /// <summary>No curated tags.</summary>
    public static TagRules None { get; } = new([]);

    /// <summary>True when there are no curated tags (so an article's words need not be found).</summary>
    public bool IsEmpty => _tags.Count == 0;

    /// <summary>The rules of <paramref name="paths"/>; a missing file gives none.</summary>
    public static TagRules Load(ProjectPaths paths, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var file = Path.Combine(paths.Input, FileName);
        if (FolderFiles.ReadCurated(paths, file, diagnostics) is not { } yaml)
        {
            return None;
        }

        return LastLoaded.Get((yaml, paths.Display(file)), problems => Parse(yaml, paths.Display(file), problems), diagnostics);
    }

    // The rules last loaded: ingest's are publish's in a build, and a rebuild's in serve while the file is the same.
    private static readonly LastParsed<(string Yaml, string Display), TagRules> LastLoaded = new();

    /// <summary>Parses tags.yml text.</summary>
    public static TagRules Parse(string yaml, string displayPath, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var mapping = SafeYaml.LoadMapping(yaml, displayPath, diagnostics, maxLength: SafeYaml.MaxCatalogLength);
        if (mapping is null)
        {
            return None;
        }

        var rules = new List<(string, string[])>();
        var info = new Dictionary<string, TagInfo>(StringComparer.Ordinal);
        // Where each tag is first given: two keys of one slug (Energy, energy) are one tag, which no reader of the file sees.
        var firstAt = new Dictionary<string, (string Key, long Line)>(StringComparer.Ordinal);
        foreach (var (key, entry) in mapping.Children)
        {
            var value = entry;
            var written = (key as YamlScalarNode)?.Value ?? "";
            var tag = Slugs.From(written);
            if (tag.Length == 0)
            {
                diagnostics.Add(Diagnostic.Error(displayPath, "a tag needs letters or digits", (int)key.Start.Line, (int)key.Start.Column));
                continue;
            }

            if (!firstAt.TryAdd(tag, (written, key.Start.Line)))
            {
                var (firstKey, firstLine) = firstAt[tag];
                diagnostics.Add(Diagnostic.Warning(displayPath,
                    $"'{written}' is the tag '{tag}' again (first given at line {firstLine} as '{firstKey}'): the entries' names and words add up, "
                    + "and a name or description here replaces the first's; make them one entry", (int)key.Start.Line, (int)key.Start.Column));
            }

            if (value is YamlMappingNode described)
            {
                if (Describe(tag, described, displayPath, diagnostics) is { } given)
                {
                    info[tag] = given;
                }

                if (!described.Children.TryGetValue(new YamlScalarNode("match"), out var match))
                {
                    continue;
                }

                value = match;
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

        return new TagRules(rules, info);
    }

    // The name and description of a tag's long form, each one value; unknown keys are warnings.
    private static TagInfo? Describe(string tag, YamlMappingNode described, string displayPath, ICollection<Diagnostic> diagnostics)
    {
        string? name = null, description = null;
        foreach (var (keyNode, value) in described.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!LongFormKeys.Contains(key))
            {
                diagnostics.Add(Diagnostic.UnknownKey(displayPath, key, LongFormKeys, (int)keyNode.Start.Line, (int)keyNode.Start.Column, section: tag));
            }
            else if (key != "match" && value is not YamlScalarNode)
            {
                diagnostics.Add(Diagnostic.Error(displayPath, $"tag '{tag}': '{key}' must be a single value, not a {SafeYaml.ShapeOf(value)}; it is ignored", (int)value.Start.Line, (int)value.Start.Column));
            }
            else if (key != "match" && ((YamlScalarNode)value).Value?.Trim() is { Length: > 0 } text)
            {
                (name, description) = key == "name" ? (text, description) : (name, Text.Excerpts.Flat(text));
            }
        }

        return name is null && description is null ? null : new TagInfo(name, description);
    }

    /// <summary>
    /// The curated tags an article falls under, in file order: those of a term that is one of its entity names, or
    /// whose lower case is one of <paramref name="words"/> (its words in lower case, compared ordinally).
    /// </summary>
    public IEnumerable<string> TagsOf(Article article, ISet<string> words)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(words);
        var matched = new List<int>();
        foreach (var name in article.Entities)
        {
            if (_byName.TryGetValue(name, out var rules))
            {
                matched.AddRange(rules);
            }
        }

        // Whichever is fewer is gone through: the article's words, or the rules' words.
        if (words.Count <= _byWord.Count)
        {
            foreach (var word in words)
            {
                if (_byWord.TryGetValue(word, out var rules))
                {
                    matched.AddRange(rules);
                }
            }
        }
        else
        {
            foreach (var (word, rules) in _byWord)
            {
                if (words.Contains(word))
                {
                    matched.AddRange(rules);
                }
            }
        }

        matched.Sort();
        for (var i = 0; i < matched.Count; i++)
        {
            if (i == 0 || matched[i] != matched[i - 1])
            {
                yield return _tags[matched[i]];
            }
        }
    }
}
