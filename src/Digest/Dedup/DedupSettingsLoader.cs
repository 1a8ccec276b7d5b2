using System.Globalization;
using Digest.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Digest.Dedup;

/// <summary>
/// Reads the <c>dedup:</c> section of <c>input/digest.yml</c> into <see cref="DedupSettings"/>.
/// A bad value is reported at its <c>file:line:column</c> and its default is kept, so one typo
/// never stops a build.
/// </summary>
public static class DedupSettingsLoader
{
    /// <summary>The section's key in <c>digest.yml</c>.</summary>
    public const string Section = "dedup";

    private static readonly string[] Keys =
    [
        "shingle_size", "near_copies", "minhash_size", "lsh_bands", "near_jaccard", "near_containment", "near_min_shingles",
        "story_similarity", "story_days", "topic_similarity", "topic_days", "entity_boost", "headline_weight", "idf_background",
    ];

    /// <summary>Reads the settings of <paramref name="paths"/>; a missing file or section gives the defaults.</summary>
    public static DedupSettings Load(ProjectPaths paths, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var file = Path.Combine(paths.Input, "digest.yml");
        return File.Exists(file) ? Parse(File.ReadAllText(file), paths.Display(file), diagnostics) : new DedupSettings();
    }

    /// <summary>Reads the settings from the text of a <c>digest.yml</c>; <paramref name="display"/> names it in diagnostics.</summary>
    public static DedupSettings Parse(string yaml, string display, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var settings = new DedupSettings();
        YamlMappingNode? section;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            var root = stream.Documents.Count > 0 ? stream.Documents[0].RootNode as YamlMappingNode : null;
            section = root is not null && root.Children.TryGetValue(new YamlScalarNode(Section), out var node) ? node as YamlMappingNode : null;
            if (section is null && root is not null && root.Children.ContainsKey(new YamlScalarNode(Section)))
            {
                var bad = root.Children[new YamlScalarNode(Section)];
                if (bad is not YamlScalarNode { Value: null or "" })
                {
                    diagnostics.Add(Diagnostic.Error(display, $"'{Section}' must be a mapping of keys to values; defaults are used", Line(bad), Column(bad)));
                }
            }
        }
        catch (YamlException)
        {
            // The site settings loader reports malformed YAML once for the whole file.
            return settings;
        }

        if (section is null)
        {
            return settings;
        }

        foreach (var (keyNode, valueNode) in section.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            var value = (valueNode as YamlScalarNode)?.Value?.Trim() ?? "";
            var reader = new ValueReader(display, key, value, Line(valueNode), Column(valueNode), diagnostics);
            settings = key switch
            {
                "shingle_size" => settings with { ShingleSize = reader.Int(1, 20, settings.ShingleSize) },
                "near_copies" => settings with { NearCopies = reader.Bool(settings.NearCopies) },
                "minhash_size" => settings with { MinHashSize = reader.Int(8, 1024, settings.MinHashSize) },
                "lsh_bands" => settings with { LshBands = reader.Int(1, 1024, settings.LshBands) },
                "near_jaccard" => settings with { NearJaccard = reader.Fraction(settings.NearJaccard) },
                "near_containment" => settings with { NearContainment = reader.Fraction(settings.NearContainment) },
                "near_min_shingles" => settings with { NearMinShingles = reader.Int(1, 100_000, settings.NearMinShingles) },
                "story_similarity" => settings with { StorySimilarity = reader.Fraction(settings.StorySimilarity) },
                "story_days" => settings with { StoryDays = reader.Int(0, 3650, settings.StoryDays) },
                "topic_similarity" => settings with { TopicSimilarity = reader.Fraction(settings.TopicSimilarity) },
                "topic_attach" => settings with { TopicAttach = reader.Fraction(settings.TopicAttach) },
                "topic_days" => settings with { TopicDays = reader.Int(0, 36500, settings.TopicDays) },
                "entity_boost" => settings with { EntityBoost = reader.Number(1, 10, settings.EntityBoost) },
                "idf_background" => settings with { IdfBackground = reader.Int(0, 10_000_000, settings.IdfBackground) },
                "headline_weight" => settings with { HeadlineWeight = reader.Int(1, 10, settings.HeadlineWeight) },
                _ => Unknown(settings, display, key, keyNode, diagnostics),
            };
        }

        if (settings.LshBands > settings.MinHashSize)
        {
            var node = section.Children.FirstOrDefault(kv => (kv.Key as YamlScalarNode)?.Value == "lsh_bands").Value ?? section;
            diagnostics.Add(Diagnostic.Error(display, $"lsh_bands ({settings.LshBands}) cannot exceed minhash_size ({settings.MinHashSize}); defaults are used for both", Line(node), Column(node)));
            settings = settings with { LshBands = new DedupSettings().LshBands, MinHashSize = new DedupSettings().MinHashSize };
        }

        return settings;
    }

    private static DedupSettings Unknown(DedupSettings settings, string display, string key, YamlNode node, ICollection<Diagnostic> diagnostics)
    {
        var near = Keys.MinBy(k => EditDistance.Levenshtein(k, key));
        diagnostics.Add(Diagnostic.Warning(display, $"unknown key '{Section}.{key}' (nearest: '{near}'); it is ignored", Line(node), Column(node)));
        return settings;
    }

    private static int Line(YamlNode node) => (int)node.Start.Line;

    private static int Column(YamlNode node) => (int)node.Start.Column;

    private sealed record ValueReader(string Display, string Key, string Value, int Line, int Column, ICollection<Diagnostic> Diagnostics)
    {
        public int Int(int min, int max, int fallback)
        {
            if (int.TryParse(Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) && parsed >= min && parsed <= max)
            {
                return parsed;
            }

            Diagnostics.Add(Diagnostic.Error(Display, $"{Section}.{Key} '{Value}' must be a whole number from {min} to {max}; the default {fallback} is used", Line, Column));
            return fallback;
        }

        public bool Bool(bool fallback)
        {
            if (Value is "true" or "false")
            {
                return Value == "true";
            }

            Diagnostics.Add(Diagnostic.Error(Display, $"{Section}.{Key} '{Value}' must be true or false; the default {(fallback ? "true" : "false")} is used", Line, Column));
            return fallback;
        }

        public double Number(double min, double max, double fallback)
        {
            if (double.TryParse(Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && parsed >= min && parsed <= max)
            {
                return parsed;
            }

            Diagnostics.Add(Diagnostic.Error(Display, $"{Section}.{Key} '{Value}' must be a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}; the default {fallback.ToString(CultureInfo.InvariantCulture)} is used", Line, Column));
            return fallback;
        }

        public double Fraction(double fallback)
        {
            if (double.TryParse(Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && parsed is >= 0 and <= 1)
            {
                return parsed;
            }

            Diagnostics.Add(Diagnostic.Error(Display, $"{Section}.{Key} '{Value}' must be a number from 0 to 1; the default {fallback.ToString(CultureInfo.InvariantCulture)} is used", Line, Column));
            return fallback;
        }
    }
}
