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

    // Each key with how its value is read: one table, so the keys a typo is compared with are always
    // the keys that are read.
    private static readonly Dictionary<string, Func<DedupSettings, ValueReader, DedupSettings>> Readers = new(StringComparer.Ordinal)
    {
        ["shingle_size"] = (s, r) => s with { ShingleSize = r.Int(1, 20, s.ShingleSize) },
        ["near_copies"] = (s, r) => s with { NearCopies = r.Bool(s.NearCopies) },
        ["minhash_size"] = (s, r) => s with { MinHashSize = r.Int(8, 1024, s.MinHashSize) },
        ["lsh_bands"] = (s, r) => s with { LshBands = r.Int(1, 1024, s.LshBands) },
        ["near_jaccard"] = (s, r) => s with { NearJaccard = r.Fraction(s.NearJaccard) },
        ["near_containment"] = (s, r) => s with { NearContainment = r.Fraction(s.NearContainment) },
        ["near_min_shingles"] = (s, r) => s with { NearMinShingles = r.Int(1, 100_000, s.NearMinShingles) },
        ["story_similarity"] = (s, r) => s with { StorySimilarity = r.Fraction(s.StorySimilarity) },
        ["story_days"] = (s, r) => s with { StoryDays = r.Int(0, 3650, s.StoryDays) },
        ["topic_similarity"] = (s, r) => s with { TopicSimilarity = r.Fraction(s.TopicSimilarity) },
        ["topic_attach"] = (s, r) => s with { TopicAttach = r.Fraction(s.TopicAttach) },
        ["topic_days"] = (s, r) => s with { TopicDays = r.Int(0, 36500, s.TopicDays) },
        ["entity_boost"] = (s, r) => s with { EntityBoost = r.Number(1, 10, s.EntityBoost) },
        ["headline_weight"] = (s, r) => s with { HeadlineWeight = r.Int(1, 10, s.HeadlineWeight) },
        ["idf_background"] = (s, r) => s with { IdfBackground = r.Int(0, 10_000_000, s.IdfBackground) },
    };

    /// <summary>Reads the settings of <paramref name="paths"/>; a missing file or section gives the defaults.</summary>
    public static DedupSettings Load(ProjectPaths paths, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var file = Path.Combine(paths.Input, "digest.yml");
        return FolderFiles.ReadCurated(paths, file, diagnostics) is { } text ? Parse(text, paths.Display(file), diagnostics) : new DedupSettings();
    }

    /// <summary>Reads the settings from the text of a <c>digest.yml</c>; <paramref name="display"/> names it in diagnostics.</summary>
    public static DedupSettings Parse(string yaml, string display, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var settings = new DedupSettings();
        // Loaded within SafeYaml's limits (a '[' left open, or nested thousands deep, crashed the build here); the site
        // settings loader reports malformed YAML once for the whole file, so this load's problems are not reported again.
        if (!Content.SafeYaml.TryLoad(yaml, display, new List<Diagnostic>(), out var loaded))
        {
            return settings;
        }

        var root = loaded as YamlMappingNode;
        var section = root is not null && root.Children.TryGetValue(new YamlScalarNode(Section), out var given) ? given as YamlMappingNode : null;
        if (section is null && root is not null && root.Children.TryGetValue(new YamlScalarNode(Section), out var bad) && bad is not YamlScalarNode { Value: null or "" })
        {
            diagnostics.Add(Diagnostic.Error(display, $"'{Section}' must be a mapping of keys to values; defaults are used", Line(bad), Column(bad)));
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
            settings = Readers.TryGetValue(key, out var read)
                ? read(settings, reader)
                : Unknown(settings, display, key, keyNode, diagnostics);
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
        diagnostics.Add(Diagnostic.UnknownKey(display, key, Readers.Keys, Line(node), Column(node), section: Section));
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
