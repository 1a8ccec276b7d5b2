using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;
using YamlDotNet.RepresentationModel;

namespace Digest.Content;

/// <summary>Writes an article's front matter as YAML, keys in the order of <see cref="FrontMatterKeys"/>.</summary>
internal static class FrontMatterWriter
{
    public static string ToYaml(Article article, string? ingestHash, string? seedHash = null)
    {
        var mapping = new YamlMappingNode();
        Add(mapping, FrontMatterKeys.Title, article.Title);
        Add(mapping, FrontMatterKeys.Slug, article.Slug);
        Add(mapping, FrontMatterKeys.Date, article.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(mapping, FrontMatterKeys.Updated, article.Updated?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(mapping, FrontMatterKeys.Source, article.Source);
        Add(mapping, FrontMatterKeys.Byline, article.Byline);
        Add(mapping, FrontMatterKeys.Dateline, article.Dateline);
        Add(mapping, FrontMatterKeys.Url, article.Url);
        Add(mapping, FrontMatterKeys.Summary, article.Summary);
        if (article.Aliases.Count > 0)
        {
            AddList(mapping, FrontMatterKeys.Aliases, article.Aliases.Select(AliasPaths.Written).ToList());
        }

        Add(mapping, FrontMatterKeys.Language, article.Language);
        AddList(mapping, FrontMatterKeys.Tags, article.Tags);
        AddList(mapping, FrontMatterKeys.Entities, article.Entities);
        Add(mapping, FrontMatterKeys.Story, article.Story);
        Add(mapping, FrontMatterKeys.Topic, article.Topic);
        Add(mapping, FrontMatterKeys.DuplicateOf, article.DuplicateOf);
        Add(mapping, FrontMatterKeys.Canonical, article.Canonical ? "true" : null);
        Add(mapping, FrontMatterKeys.Draft, article.Draft ? "true" : null);
        Add(mapping, FrontMatterKeys.Featured, article.Featured ? "true" : null);
        Add(mapping, FrontMatterKeys.Seed, article.Seed);
        Add(mapping, FrontMatterKeys.SeedHash, seedHash);
        Add(mapping, FrontMatterKeys.IngestHash, ingestHash);

        // The document's events straight to an emitter, as YamlDotNet's serializer sends them for a node, without
        // its object-graph machinery (which cost most of writing a front matter, for each of 10,000 articles).
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var emitter = new Emitter(writer);
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart());
        ((IYamlConvertible)mapping).Write(emitter, null!); // a node writes its own events: no serializer is asked
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return writer.ToString().ReplaceLineEndings("\n");
    }

    /// <summary>
    /// The <c>ingest_hash</c> line <see cref="ToYaml"/> ends with when given <paramref name="ingestHash"/>
    /// (16 lowercase hex digits, which YAML writes plain).
    /// </summary>
    public static string IngestHashLine(string ingestHash) => $"{FrontMatterKeys.IngestHash}: {ingestHash}\n";

    private static void Add(YamlMappingNode mapping, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            mapping.Add(key, new YamlScalarNode(value));
        }
    }

    private static void AddList(YamlMappingNode mapping, string key, IReadOnlyList<string> values) =>
        mapping.Add(key, new YamlSequenceNode(values.Select(v => new YamlScalarNode(v))) { Style = SequenceStyle.Flow });
}
