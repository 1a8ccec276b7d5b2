using Digest.Content;
using Digest.Text;
using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Digest.Ingest.Attribution;

/// <summary>
/// A seed's sidecar <c>seeds/NAME.yml</c> (NAME = the seed's name without extension): what a
/// maintainer knows about the report (<c>url</c>, <c>source</c>, <c>date</c>, <c>byline</c>,
/// <c>dateline</c>, <c>tags</c>, <c>title</c>, <c>summary</c>, <c>updated</c>, <c>aliases</c>, <c>canonical</c>, <c>draft</c>, <c>featured</c>). Given values override whatever ingest inferred.
/// </summary>
public sealed record Sidecar
{
    /// <summary>Original URL.</summary>
    public string? Url { get; init; }

    /// <summary>Publisher.</summary>
    public string? Source { get; init; }

    /// <summary>Publication date.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Date of the last correction or update (<see cref="Article.Updated"/>).</summary>
    public DateOnly? Updated { get; init; }

    // Where the updated date stands in the file, for a warning when it comes before the report's date.
    private (int Line, int Column) UpdatedAt { get; init; }

    /// <summary>Author(s).</summary>
    public string? Byline { get; init; }

    /// <summary>Where the report was filed ("BEIRUT", "London").</summary>
    public string? Dateline { get; init; }

    /// <summary>Tag slugs.</summary>
    public IReadOnlyList<string>? Tags { get; init; }

    /// <summary>Earlier addresses of the report, as site paths (<see cref="Article.Aliases"/>).</summary>
    public IReadOnlyList<string>? Aliases { get; init; }

    /// <summary>Headline.</summary>
    public string? Title { get; init; }

    /// <summary>A summary of the report in the maintainer's words (<see cref="Article.Summary"/>), one line.</summary>
    public string? Summary { get; init; }

    /// <summary>
    /// <c>canonical: true</c>: this report is the canonical one of its copy group and story (the
    /// one the site shows, whose slug the others' <c>duplicate_of</c> names), overriding the
    /// documented rule (<see cref="Dedup.CanonicalRule"/>). Null when the sidecar does not say.
    /// </summary>
    public bool? Canonical { get; init; }

    /// <summary><c>draft: true</c>: the article is held back from the site (<see cref="Article.Draft"/>). Null when the sidecar does not say.</summary>
    public bool? Draft { get; init; }

    /// <summary><c>featured: true</c>: the report's story is a top story (<see cref="Article.Featured"/>). Null when the sidecar does not say.</summary>
    public bool? Featured { get; init; }

    private static readonly string[] Keys = ["url", "source", "date", "byline", "dateline", "tags", "title", "summary", "updated", "aliases", "canonical", "draft", "featured"];

    private const string HeldBackArticle = "the article is held back from the site as a draft until it is mended";

    private const string HeldBack = "the sidecar is ignored, and " + HeldBackArticle;

    // What a sidecar that cannot be read gives: nothing but the draft mark it may have held.
    private static readonly Sidecar UnreadSidecar = new() { Draft = true };

    /// <summary>The sidecar path for a seed file.</summary>
    public static string PathFor(string seedPath) =>
        Path.Combine(Path.GetDirectoryName(seedPath) ?? "", Path.GetFileNameWithoutExtension(seedPath) + ".yml");

    /// <summary>Reads a sidecar's YAML; problems become diagnostics at their line, never exceptions.</summary>
    public static Sidecar Parse(string yaml, string displayPath, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var sidecar = new Sidecar();
        // A sidecar that cannot be read may have said 'draft: true': its article is held back until it can be read, so
        // that a typo on any line never publishes an embargoed report.
        var loading = new List<Diagnostic>();
        var read = SafeYaml.TryLoad(yaml, displayPath, loading, out var root);
        foreach (var problem in loading)
        {
            diagnostics.Add(read ? problem : problem with { Message = $"{problem.Message}; {HeldBack}" });
        }

        if (!read)
        {
            return UnreadSidecar;
        }

        if (root is null)
        {
            return sidecar;
        }

        if (root is not YamlMappingNode mapping)
        {
            diagnostics.Add(Diagnostic.Error(displayPath, $"must be a mapping of keys ({string.Join(", ", Keys)}){SafeYaml.SpaceAfterColon(root)}; the sidecar is ignored, and {HeldBackArticle}", (int)root.Start.Line, (int)root.Start.Column));
            return UnreadSidecar;
        }

        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            var line = (int)value.Start.Line;
            var column = (int)value.Start.Column;
            if (!Keys.Contains(key))
            {
                diagnostics.Add(Diagnostic.UnknownKey(displayPath, key, Keys, (int)keyNode.Start.Line, (int)keyNode.Start.Column, otherNames: k => FrontMatterKeys.NameFor(k) is { } named && Keys.Contains(named) ? FrontMatterKeys.CalledBy(k) : null));
                continue;
            }

            if (key == "tags")
            {
                sidecar = sidecar with { Tags = ReadList(key, value, "tag names", "[economy, syria]", displayPath, diagnostics) ?? sidecar.Tags };
                continue;
            }

            if (key == "aliases")
            {
                sidecar = sidecar with { Aliases = ReadAliases(value, displayPath, diagnostics) ?? sidecar.Aliases };
                continue;
            }

            // Every other key holds one value: a list or a mapping there is a mistake to show, not to drop unsaid.
            if (value is not YamlScalarNode scalar)
            {
                diagnostics.Add(Diagnostic.Error(displayPath, $"'{key}' must be a single value, not a {SafeYaml.ShapeOf(value)}; it is ignored", line, column));
                continue;
            }

            var text = scalar.Value?.Trim();
            switch (key)
            {
                case "url":
                    if (NonEmpty(text) is not { } url)
                    {
                        break;
                    }

                    if (WebAddress.IsAbsoluteHttp(url))
                    {
                        sidecar = sidecar with { Url = url };
                    }
                    else
                    {
                        diagnostics.Add(Diagnostic.Error(displayPath, WebAddress.Problem("url", url) + "; it is ignored", line, column));
                    }

                    break;
                case "source": sidecar = sidecar with { Source = NonEmpty(text) }; break;
                case "byline": sidecar = sidecar with { Byline = NonEmpty(text) }; break;
                case "dateline": sidecar = sidecar with { Dateline = NonEmpty(text) }; break;
                case "title": sidecar = sidecar with { Title = NonEmpty(text) }; break;
                case "summary": sidecar = sidecar with { Summary = NonEmpty(text) is { } summary ? Excerpts.Flat(summary) : null }; break;
                case "date" or "updated":
                    if (Text.CalendarDates.TryParse(text, out var date))
                    {
                        sidecar = key == "date" ? sidecar with { Date = date } : sidecar with { Updated = date, UpdatedAt = (line, column) };
                    }
                    else
                    {
                        diagnostics.Add(Diagnostic.Error(displayPath, $"{key} '{text}' is not {Text.CalendarDates.Rule}; it is ignored", line, column));
                    }

                    break;
                case "canonical" or "draft" or "featured":
                    if (!YamlFlags.TryParse(text, out var flag))
                    {
                        // A draft mark misspelt is taken as one (as in an article's front matter): the report stays off the site until it is mended.
                        diagnostics.Add(Diagnostic.Error(displayPath, key == "draft"
                            ? $"draft '{text}' must be true or false; {HeldBackArticle}"
                            : $"{key} '{text}' must be true or false; it is ignored", line, column));
                        sidecar = key == "draft" ? sidecar with { Draft = true } : sidecar;
                    }
                    else
                    {
                        sidecar = key switch
                        {
                            "draft" => sidecar with { Draft = flag },
                            "featured" => sidecar with { Featured = flag },
                            _ => sidecar with { Canonical = flag },
                        };
                    }

                    break;
            }
        }

        return sidecar;
    }

    /// <summary>
    /// The article with every value this sidecar gives in place of the inferred one. An <c>updated</c> date before the
    /// report's date is left out, with a warning at its line in <paramref name="diagnostics"/> (named <paramref name="displayPath"/>).
    /// </summary>
    public Article ApplyTo(Article article, SourceCatalog catalog, string displayPath = "", ICollection<Diagnostic>? diagnostics = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(catalog);
        var date = Date ?? article.Date;
        var updated = Updated;
        if (updated < date)
        {
            diagnostics?.Add(Diagnostic.Warning(displayPath, $"updated {updated:yyyy-MM-dd} is before the report's date {date:yyyy-MM-dd}; it is ignored", UpdatedAt.Line, UpdatedAt.Column));
            updated = null;
        }

        return article with
        {
            Url = Url ?? article.Url,
            Source = Source is null ? article.Source : catalog.DisplayName(Source),
            Date = date,
            Updated = updated ?? article.Updated,
            Byline = Byline ?? article.Byline,
            Dateline = Dateline ?? article.Dateline,
            Tags = Tags ?? article.Tags,
            Aliases = Aliases ?? article.Aliases,
            Title = Title ?? article.Title,
            Summary = Summary ?? article.Summary,
            Canonical = Canonical ?? article.Canonical,
            Draft = Draft ?? article.Draft,
            Featured = Featured ?? article.Featured,
        };
    }

    // A list of values ("tags: [a, b]", or one alone), each node kept for its position; null, after an error at the value,
    // when it is not one.
    private static List<YamlScalarNode>? ReadItems(string key, YamlNode value, string what, string example, string displayPath, ICollection<Diagnostic> diagnostics)
    {
        switch (value)
        {
            case YamlScalarNode scalar:
                return NonEmpty(scalar.Value) is null ? [] : [scalar];
            case YamlSequenceNode sequence when sequence.Children.FirstOrDefault(item => item is not YamlScalarNode) is { } item:
                diagnostics.Add(Diagnostic.Error(displayPath, $"'{key}' must list {what}, and this item is a {SafeYaml.ShapeOf(item)}; the sidecar's {key} are ignored", (int)item.Start.Line, (int)item.Start.Column));
                return null;
            case YamlSequenceNode sequence:
                return sequence.Children.Cast<YamlScalarNode>().Where(n => NonEmpty(n.Value) is not null).ToList();
            default:
                diagnostics.Add(Diagnostic.Error(displayPath, $"'{key}' must be a list like {example}, not a {SafeYaml.ShapeOf(value)}; it is ignored", (int)value.Start.Line, (int)value.Start.Column));
                return null;
        }
    }

    private static List<string>? ReadList(string key, YamlNode value, string what, string example, string displayPath, ICollection<Diagnostic> diagnostics) =>
        ReadItems(key, value, what, example, displayPath, diagnostics)?.Select(n => n.Value!.Trim()).ToList();

    // Aliases as site paths (AliasPaths.Read: one that cannot be a path of the site is a warning at its line).
    private static List<string>? ReadAliases(YamlNode value, string displayPath, ICollection<Diagnostic> diagnostics)
    {
        var items = ReadItems("aliases", value, "paths of the site", "[/articles/old-slug/]", displayPath, diagnostics);
        return items is null ? null : AliasPaths.Read(items.Select(i => (i.Value!, (int)i.Start.Line, (int)i.Start.Column)), displayPath, diagnostics);
    }

    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
