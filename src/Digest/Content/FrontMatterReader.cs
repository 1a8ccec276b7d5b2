using System.Globalization;
using Digest.Text;
using YamlDotNet.RepresentationModel;

namespace Digest.Content;

/// <summary>Reads front matter keys into an <see cref="Article"/>, reporting each bad value at its line.</summary>
internal sealed class FrontMatterReader(YamlMappingNode mapping, string displayPath, ICollection<Diagnostic> diagnostics)
{
    private bool _failed;

    public Article? ToArticle(string body)
    {
        foreach (var key in mapping.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!FrontMatterKeys.All.Contains(name))
            {
                var hint = FrontMatterKeys.CalledBy(name) is { } called ? $" ({called})"
                    : NearestKey(name) is { } near ? $" (did you mean '{near}'?)" : "";
                diagnostics.Add(Diagnostic.Warning(displayPath, $"unknown front matter key '{name}'{hint}; it is ignored", Line(key), Column(key)));
            }
        }

        var title = Scalar(FrontMatterKeys.Title);
        if (string.IsNullOrWhiteSpace(title))
        {
            Fail(null, $"front matter has no '{FrontMatterKeys.Title}'");
        }

        var slug = Scalar(FrontMatterKeys.Slug);
        if (string.IsNullOrWhiteSpace(slug))
        {
            Fail(null, $"front matter has no '{FrontMatterKeys.Slug}'");
        }
        else if (!Slugs.IsValid(slug))
        {
            Fail(Node(FrontMatterKeys.Slug), $"slug '{slug}' must be {Slugs.Rule}");
        }

        var date = ReadDate(FrontMatterKeys.Date);
        var article = new Article
        {
            Title = title ?? "",
            Slug = slug ?? "",
            Date = date,
            Updated = ReadUpdated(date),
            Source = Scalar(FrontMatterKeys.Source) is { Length: > 0 } source ? source : Sources.Unknown,
            Byline = Scalar(FrontMatterKeys.Byline),
            Dateline = Scalar(FrontMatterKeys.Dateline),
            Url = ReadUrl(),
            Summary = Scalar(FrontMatterKeys.Summary) is { } summary ? Excerpts.Flat(summary) : null,
            Aliases = ReadAliases(),
            Language = ReadLanguage(),
            Tags = List(FrontMatterKeys.Tags),
            Entities = List(FrontMatterKeys.Entities),
            Story = ReadId(FrontMatterKeys.Story) ?? slug ?? "",
            Topic = ReadId(FrontMatterKeys.Topic),
            DuplicateOf = ReadLink(),
            Canonical = ReadFlag(FrontMatterKeys.Canonical),
            Draft = ReadFlag(FrontMatterKeys.Draft),
            Featured = ReadFlag(FrontMatterKeys.Featured),
            Seed = Scalar(FrontMatterKeys.Seed),
            Body = body,
        };
        return _failed ? null : article;
    }

    // The page's language: a BCP 47 tag, as <html lang> takes it ('english <x>' was published as lang="english &lt;x&gt;").
    private string ReadLanguage()
    {
        var language = Scalar(FrontMatterKeys.Language);
        if (language is null || Digest.Text.LanguageTags.IsValid(language))
        {
            return language ?? "en";
        }

        var node = Node(FrontMatterKeys.Language)!;
        diagnostics.Add(Diagnostic.Warning(displayPath, $"language '{language}' must be a language tag such as en, fr or pt-BR; en is used", Line(node), Column(node)));
        return "en";
    }

    // An update is later than the report: one dated before it is a slip, shown and left out.
    private DateOnly? ReadUpdated(DateOnly? date)
    {
        var updated = ReadDate(FrontMatterKeys.Updated);
        if (updated is { } day && date is { } published && day < published)
        {
            var node = Node(FrontMatterKeys.Updated)!;
            diagnostics.Add(Diagnostic.Warning(displayPath, $"updated {day:yyyy-MM-dd} is before the date {published:yyyy-MM-dd}; it is ignored", Line(node), Column(node)));
            return null;
        }

        return updated;
    }

    // Each alias a path of the site; one that cannot be is shown at its line and left out, the others kept.
    private List<string> ReadAliases()
    {
        var node = Node(FrontMatterKeys.Aliases);
        var items = node switch
        {
            null => [],
            YamlScalarNode scalar => [scalar],
            YamlSequenceNode sequence => sequence.Children.ToList(),
            _ => null,
        };
        var wrong = items is null ? node : items.FirstOrDefault(i => i is not YamlScalarNode);
        if (wrong is not null || items is null)
        {
            Fail(wrong, $"'{FrontMatterKeys.Aliases}' must be a list of paths like [/articles/old-slug/]");
            return [];
        }

        return AliasPaths.Read(items.Cast<YamlScalarNode>().Where(i => !string.IsNullOrWhiteSpace(i.Value)).Select(i => (i.Value!, Line(i), Column(i))), displayPath, diagnostics);
    }

    private DateOnly? ReadDate(string key)
    {
        var text = Scalar(key);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (Text.CalendarDates.TryParse(text, out var day))
        {
            return day;
        }

        Fail(Node(key), $"{key} '{text}' is not {Text.CalendarDates.Rule}");
        return null;
    }

    // A story or topic id names the page of its group (stories/<id>/), so it is a slug: "Bridge Closure" is read as
    // bridge-closure, with a warning; one with no letters or digits ("../..") is none at all.
    private string? ReadId(string key)
    {
        var id = Scalar(key);
        if (id is null || Slugs.IsValid(id))
        {
            return id;
        }

        var made = Slugs.From(id);
        var node = Node(key)!;
        diagnostics.Add(Diagnostic.Warning(displayPath, made.Length > 0
            ? $"{key} '{id}' is not a slug ({Slugs.Rule}); it is read as '{made}'"
            : $"{key} '{id}' is not a slug ({Slugs.Rule}); it is ignored", Line(node), Column(node)));
        return made.Length > 0 ? made : null;
    }

    // duplicate_of names another article by its slug; anything else could name none, and the article is shown as a report.
    private string? ReadLink()
    {
        var target = Scalar(FrontMatterKeys.DuplicateOf);
        if (target is null || Slugs.IsValid(target))
        {
            return target;
        }

        var node = Node(FrontMatterKeys.DuplicateOf)!;
        diagnostics.Add(Diagnostic.Warning(displayPath, $"duplicate_of '{target}' is not an article's slug; the article is shown as a report of its own", Line(node), Column(node)));
        return null;
    }

    // Kept as written (the file is the maintainer's), but only a web address is linked from the site.
    private string? ReadUrl()
    {
        var url = Scalar(FrontMatterKeys.Url);
        if (url is not null && !WebAddress.IsAbsoluteHttp(url) && Node(FrontMatterKeys.Url) is { } node)
        {
            diagnostics.Add(Diagnostic.Warning(displayPath, WebAddress.Problem(FrontMatterKeys.Url, url) + "; the site does not link it", Line(node), Column(node)));
        }

        return url;
    }

    // YAML's spellings of a boolean; anything else is a mistake worth an error, not a silent false.
    private bool ReadFlag(string key)
    {
        var text = Scalar(key);
        if (text is null)
        {
            return false;
        }

        if (YamlFlags.TryParse(text, out var value))
        {
            return value;
        }

        Fail(Node(key), $"'{key}' must be true or false, not '{text}'");
        return false;
    }

    private YamlNode? Node(string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    private string? Scalar(string key)
    {
        switch (Node(key))
        {
            case null:
                return null;
            case YamlScalarNode scalar:
                return string.IsNullOrWhiteSpace(scalar.Value) ? null : scalar.Value.Trim();
            case var other:
                Fail(other, $"'{key}' must be a single value");
                return null;
        }
    }

    private List<string> List(string key)
    {
        switch (Node(key))
        {
            case null:
                return [];
            case YamlSequenceNode sequence:
                // An item that is itself a list or a mapping (a stray bracket: [a, [b]]) is named and left out.
                foreach (var item in sequence.Children.Where(c => c is not YamlScalarNode))
                {
                    diagnostics.Add(Diagnostic.Warning(displayPath, $"an item of '{key}' must be a single value, not a {SafeYaml.ShapeOf(item)}; it is left out", Line(item), Column(item)));
                }

                return sequence.Children.OfType<YamlScalarNode>()
                    .Select(s => s.Value?.Trim() ?? "").Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            case YamlScalarNode { Value: var value }:
                return string.IsNullOrWhiteSpace(value) ? [] : [value.Trim()];
            case var other:
                Fail(other, $"'{key}' must be a list like [a, b]");
                return [];
        }
    }

    private void Fail(YamlNode? node, string message)
    {
        _failed = true;
        diagnostics.Add(Diagnostic.Error(displayPath, message, node is null ? null : Line(node), node is null ? null : Column(node)));
    }

    // The front matter starts on file line 2, after the opening '---'.
    private static int Line(YamlNode node) => (int)node.Start.Line + 1;

    private static int Column(YamlNode node) => (int)node.Start.Column;

    private static string? NearestKey(string name) =>
        FrontMatterKeys.All
            .Select(k => (Key: k, Distance: EditDistance.Levenshtein(k, name.ToLowerInvariant())))
            .Where(p => p.Distance <= Math.Max(2, name.Length / 3))
            .OrderBy(p => p.Distance).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => p.Key).FirstOrDefault();
}
