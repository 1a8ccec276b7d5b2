using System.Buffers;
using System.Reflection;

namespace Digest.Ingest.Attribution;

/// <summary>
/// The publishers Digest can name: a built-in list of major outlets and wire services shipped in
/// the assembly, with a site's curated <c>input/sources.yml</c> on top (it adds sources and
/// overrides fields of built-in ones with the same name). Publish uses it for each source's home
/// url; dedup uses <see cref="PriorityOf"/> to choose the canonical report among copies.
/// </summary>
public sealed class SourceCatalog
{
    /// <summary>The curated file's name inside <c>input/</c>.</summary>
    public const string FileName = "sources.yml";

    /// <summary>Priority of a source no list mentions.</summary>
    public const int DefaultPriority = 50;

    private const string ResourceName = "Digest.Ingest.Attribution.KnownSources.yml";

    private readonly Dictionary<string, SourceInfo> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, SourceInfo> _byHost = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(string Pattern, SourceInfo Source)> _patterns = [];

    private SourceCatalog(IReadOnlyList<SourceInfo> sources)
    {
        All = sources;
        // Curated sources come last in the list, so they win name, host and pattern clashes.
        foreach (var source in sources)
        {
            _byName[source.Name] = source;
            foreach (var alias in source.Aliases)
            {
                _byName[alias] = source;
            }

            foreach (var host in source.Hosts)
            {
                _byHost[host] = source;
            }
        }

        foreach (var source in sources.Reverse())
        {
            _patterns.AddRange(source.Patterns.Select(p => (p, source)));
        }

        _anyPattern = SearchValues.Create([.. _patterns.Select(p => p.Pattern).Distinct(StringComparer.Ordinal)], StringComparison.Ordinal);
    }

    // Every credit pattern at once: a line is searched once for the first place any of them starts, not once per pattern
    // (a sources.yml of thousands of patterns made that the most of a seed's extraction).
    private readonly SearchValues<string> _anyPattern;

    /// <summary>Every source, built-in first, then those the site added.</summary>
    public IReadOnlyList<SourceInfo> All { get; }

    /// <summary>The built-in list alone.</summary>
    public static SourceCatalog BuiltIn { get; } = new(Merge(ReadBuiltIn(), []));

    /// <summary>The built-in list with <c>input/sources.yml</c> of <paramref name="paths"/> on top; problems go to <paramref name="diagnostics"/>.</summary>
    public static SourceCatalog Load(ProjectPaths paths, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var file = Path.Combine(paths.Input, FileName);
        if (FolderFiles.ReadCurated(paths, file, diagnostics) is not { } yaml)
        {
            return BuiltIn;
        }

        return LastLoaded.Get((yaml, paths.Display(file)), problems => FromYaml(yaml, paths.Display(file), problems), diagnostics);
    }

    // The catalog last loaded: ingest's is publish's in a build, and a rebuild's in serve while the file is the same.
    private static readonly Content.LastParsed<(string Yaml, string Display), SourceCatalog> LastLoaded = new();

    /// <summary>The built-in list with the sources of <paramref name="yaml"/> (a sources.yml text) on top.</summary>
    public static SourceCatalog FromYaml(string yaml, string displayPath, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(diagnostics);
        return new SourceCatalog(Merge(ReadBuiltIn(), SourceListReader.Read(yaml, displayPath, diagnostics)));
    }

    /// <summary>The source called <paramref name="name"/> (its display name or an alias), if known.</summary>
    public SourceInfo? Find(string? name) =>
        name is not null && _byName.TryGetValue(name.Trim(), out var source) ? source : null;

    /// <summary>The source whose pages live on <paramref name="host"/> (subdomains included), if known.</summary>
    public SourceInfo? FindByHost(string? host)
    {
        for (var h = host?.Trim().TrimEnd('.').ToLowerInvariant(); !string.IsNullOrEmpty(h); h = h.IndexOf('.', StringComparison.Ordinal) is var dot and >= 0 ? h[(dot + 1)..] : null)
        {
            if (_byHost.TryGetValue(h, out var source))
            {
                return source;
            }
        }

        return null;
    }

    /// <summary>The source of the earliest credit pattern found in <paramref name="text"/>; a tie goes to the higher priority.</summary>
    public SourceInfo? MatchCredit(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var index = _patterns.Count == 0 ? -1 : text.AsSpan().IndexOfAny(_anyPattern);
        if (index < 0)
        {
            return null;
        }

        // The patterns found there, in the list's order (curated first): the first wins, unless a later one has a higher priority.
        var found = text.AsSpan(index);
        SourceInfo? best = null;
        foreach (var (pattern, source) in _patterns)
        {
            if (found.StartsWith(pattern, StringComparison.Ordinal) && (best is null || source.Priority > best.Priority))
            {
                best = source;
            }
        }

        return best;
    }

    /// <summary>The display name for <paramref name="name"/>: the catalog's when it knows the name or alias, else the name as given.</summary>
    public string DisplayName(string name) => Find(name)?.Name ?? name.Trim();

    /// <summary>Priority of a source by display name; <see cref="DefaultPriority"/> when unknown.</summary>
    public int PriorityOf(string? name) => Find(name)?.Priority ?? DefaultPriority;

    /// <summary>Home page of a source by display name, when known.</summary>
    public string? HomeUrlOf(string? name) => Find(name)?.HomeUrl;

    private static List<SourceEntry> ReadBuiltIn()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"resource {ResourceName} is missing from the assembly");
        using var reader = new StreamReader(stream);
        var diagnostics = new List<Diagnostic>();
        var entries = SourceListReader.Read(reader.ReadToEnd(), "KnownSources.yml", diagnostics);
        // The built-in list is part of the program: a mistake in it is a bug, not bad input.
        return diagnostics.Count == 0 ? entries : throw new InvalidOperationException(string.Join('\n', diagnostics));
    }

    // Curated entries override built-in ones field by field (a curated entry may give only 'priority').
    private static List<SourceInfo> Merge(List<SourceEntry> builtIn, List<SourceEntry> curated)
    {
        var merged = new List<SourceInfo>();
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in builtIn.Concat(curated))
        {
            var info = new SourceInfo(entry.Name, entry.Url, entry.Priority ?? DefaultPriority, entry.Aliases ?? [], entry.Hosts ?? [], entry.Patterns ?? []);
            if (index.TryGetValue(entry.Name, out var at))
            {
                var old = merged[at];
                merged[at] = new SourceInfo(
                    old.Name,
                    entry.Url ?? old.HomeUrl,
                    entry.Priority ?? old.Priority,
                    entry.Aliases ?? old.Aliases,
                    entry.Hosts ?? old.Hosts,
                    entry.Patterns ?? old.Patterns);
            }
            else
            {
                index[entry.Name] = merged.Count;
                merged.Add(info);
            }
        }

        return merged;
    }
}
