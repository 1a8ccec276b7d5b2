using Digest.Content;
using Digest.Entities.Normalisation;
using Digest.Entities.Recognition;

namespace Digest.Entities;

/// <summary>
/// Every entity a site knows, under its canonical name: the gazetteer shipped in Digest, the site's
/// curated <c>input/entities.yml</c> (which wins entry by entry), and — after
/// <see cref="WithArticles"/> — the names its articles use. Immutable; build once per run.
/// </summary>
public sealed partial class EntityCatalog
{
    private const string GazetteerResource = "Digest.Entities.gazetteer.yml";

    private readonly List<Entity> _entities;
    private readonly Dictionary<string, Entity> _byKey;
    private readonly Dictionary<string, List<(string Key, Entity Entity)>> _bySkeleton;
    private readonly Dictionary<string, Entity> _byName;
    private readonly Dictionary<string, IReadOnlyList<(string Spelling, int Articles)>> _spellings;
    private readonly Lazy<GazetteerMatcher> _matcher;
    private readonly Lazy<string> _knownVersion;
    private readonly ArticleSurfaces _articleSurfaces;

    // The slug each entity's name gives on its own, before another entity's may take it (WithUniqueSlugs), in the order
    // of _entities: kept for the catalog WithArticles makes, so that the known records' slugs are not made again.
    private readonly string[] _preferredSlugs;

    private EntityCatalog(
        IReadOnlyList<Entity> entities,
        EntitySettings settings,
        Dictionary<string, IReadOnlyList<(string, int)>>? spellings = null,
        ArticleSurfaces? surfaces = null,
        string[]? preferredSlugs = null)
    {
        Settings = settings;
        _preferredSlugs = preferredSlugs ?? PreferredSlugs(entities.Select(e => e.Name).ToList());
        _entities = WithUniqueSlugs(entities, _preferredSlugs);
        _matcher = new Lazy<GazetteerMatcher>(() => new GazetteerMatcher(_entities.Where(e => e.Origin != EntityOrigin.Observed)));
        _knownVersion = new Lazy<string>(() => Cache.CacheStore.Key([.. _entities
            .Where(e => e.Origin != EntityOrigin.Observed)
            .Select(e => $"{e.Name}\t{e.Type}\t{e.Origin}\t{string.Join('\t', e.Aliases)}\t|\t{string.Join('\t', e.Demonyms)}")]));
        _spellings = spellings ?? new Dictionary<string, IReadOnlyList<(string, int)>>(StringComparer.Ordinal);
        _articleSurfaces = surfaces ?? ArticleSurfaces.None;
        _byName = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var entity in _entities)
        {
            _byName.TryAdd(entity.Name, entity);
        }

        _byKey = new Dictionary<string, Entity>(StringComparer.Ordinal);
        _bySkeleton = new Dictionary<string, List<(string, Entity)>>(StringComparer.Ordinal);
        // Gazetteer first, curated after, so a curated alias takes a key from a shipped record.
        foreach (var entity in _entities.Where(e => e.Origin != EntityOrigin.Observed).OrderBy(e => e.Origin == EntityOrigin.Curated))
        {
            foreach (var form in entity.Aliases.Prepend(entity.Name))
            {
                var key = NameKey.Of(form);
                if (key.Length == 0)
                {
                    continue;
                }

                _byKey[key] = entity;
                var skeleton = NameKey.Skeleton(key);
                if (!_bySkeleton.TryGetValue(skeleton, out var bucket))
                {
                    _bySkeleton[skeleton] = bucket = [];
                }

                bucket.Add((key, entity));
            }
        }
    }

    /// <summary>The known names as the tagger's gazetteer features see them (built on first use).</summary>
    internal GazetteerMatcher Matcher => _matcher.Value;

    /// <summary>The <c>entities:</c> settings of <c>input/digest.yml</c>.</summary>
    public EntitySettings Settings { get; }

    /// <summary>All entities: shipped, curated and (after <see cref="WithArticles"/>) observed, in a stable order.</summary>
    public IReadOnlyList<Entity> Entities => _entities;

    /// <summary>The gazetteer, the site's <c>input/entities.yml</c> and the <c>entities:</c> section of <c>input/digest.yml</c>.</summary>
    /// <param name="paths">The project.</param>
    /// <param name="diagnostics">Where the files' problems go.</param>
    /// <param name="cache">Where the records <c>entities.yml</c> is parsed into are kept between builds, if anywhere (kept only when it has no problem, so that its warnings come every build).</param>
    public static EntityCatalog Load(ProjectPaths paths, ICollection<Diagnostic> diagnostics, Cache.CacheStore? cache = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var file = Path.Combine(paths.Input, EntityFile.FileName);
        var curated = FolderFiles.ReadCurated(paths, file, diagnostics);
        var settings = EntitySettings.Load(paths, diagnostics);
        return LastLoaded.Get((curated, paths.Display(file), settings), problems => Create(curated, paths.Display(file), problems, settings, cache), diagnostics);
    }

    // The records of the curated text: as an earlier build kept them for the same text, display name and language, or parsed
    // (and kept when the text has no problem).
    private static IReadOnlyList<Entity> CuratedRecords(string yaml, string display, ICollection<Diagnostic> diagnostics, string? language, Cache.CacheStore? cache)
    {
        if (cache is not { Enabled: true })
        {
            return EntityFile.Parse(yaml, display, EntityOrigin.Curated, diagnostics, language);
        }

        var key = Cache.CacheStore.Key("curated entity records", display, language ?? "", yaml);
        if (cache.TryGet(key, out var bytes))
        {
            return EntityRecordCoding.Read(bytes);
        }

        var problems = new List<Diagnostic>();
        var records = EntityFile.Parse(yaml, display, EntityOrigin.Curated, problems, language);
        if (problems.Count == 0)
        {
            cache.Set(key, EntityRecordCoding.Write(records));
        }

        foreach (var problem in problems)
        {
            diagnostics.Add(problem);
        }

        return records;
    }

    // The catalog last loaded: ingest's is publish's in a build, and a rebuild's in serve while the files are the same.
    private static readonly Content.LastParsed<(string? Curated, string Display, EntitySettings Settings), EntityCatalog> LastLoaded = new();

    /// <summary>The shipped gazetteer alone, as an empty site has it.</summary>
    public static EntityCatalog Shipped => ShippedCatalog.Value;

    private static readonly Lazy<EntityCatalog> ShippedCatalog = new(() => Create(null, "(built-in gazetteer)", []));

    /// <summary>A catalog of the gazetteer plus curated YAML text (null for none).</summary>
    /// <param name="curatedYaml">The text of <c>entities.yml</c>, or null.</param>
    /// <param name="curatedDisplay">Its name in diagnostics.</param>
    /// <param name="diagnostics">Where its problems go.</param>
    /// <param name="settings">The site's entity settings (its language names the records).</param>
    /// <param name="cache">Where the records the text is parsed into are kept between builds, if anywhere.</param>
    public static EntityCatalog Create(string? curatedYaml, string curatedDisplay, ICollection<Diagnostic> diagnostics, EntitySettings? settings = null, Cache.CacheStore? cache = null)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var language = settings?.Language;
        var shipped = EntityFile.Parse(Gazetteer.Value, "(built-in gazetteer)", EntityOrigin.Gazetteer, diagnostics, language);
        var curated = curatedYaml is null ? [] : CuratedRecords(curatedYaml, curatedDisplay, diagnostics, language, cache);
        return new EntityCatalog(WithDemonyms(Merge(shipped, curated)), settings ?? new EntitySettings());
    }

    /// <summary>
    /// The known entity a name (canonical, alias or a spelling variant of one) refers to, or null.
    /// Acronyms of three letters or fewer must match exactly.
    /// </summary>
    public Entity? Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = NameKey.Of(name);
        if (key.Length == 0)
        {
            return null;
        }

        if (_byKey.TryGetValue(key, out var exact))
        {
            return exact;
        }

        // A plural of a one-word name the catalog knows: "Russians", "Iraqis".
        if (key.Length > 4 && key[^1] == 's' && !key.Contains(' ', StringComparison.Ordinal) && _byKey.TryGetValue(key[..^1], out var singular))
        {
            return singular;
        }

        if (key.Length <= 3 || !_bySkeleton.TryGetValue(NameKey.Skeleton(key), out var bucket))
        {
            return null;
        }

        foreach (var (candidate, entity) in bucket)
        {
            if (NameKey.AreVariants(key, candidate))
            {
                return entity;
            }
        }

        return null;
    }

    /// <summary>True when the name or alias is in the catalog as written (no spelling variants).</summary>
    public bool IsKnownExactly(string name) => _byKey.ContainsKey(NameKey.Of(name ?? ""));

    /// <summary>
    /// <paramref name="articles"/> with each front-matter name that is another name of a known entity (an alias, or the
    /// record's own name where the site's language names it otherwise) written as that entity's canonical name, as ingest
    /// writes it: a hand-written "U.S." is "United States", and "United States" is "États-Unis" on a French site. Articles
    /// that need no change are returned as they are.
    /// </summary>
    public IReadOnlyList<Article> WithCanonicalNames(IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        // Each distinct name is looked up once (a site's reports name the same few thousand many times over), on both
        // cores: each lookup makes the name's key (10,000 reports name 54,000 distinct entities: 38-62 ms on one core,
        // 31-45 ms so, in four builds).
        var canonical = new Dictionary<string, string>(StringComparer.Ordinal);
        var names = new List<string>();
        foreach (var article in articles)
        {
            foreach (var name in article.Entities)
            {
                if (canonical.TryAdd(name, name))
                {
                    names.Add(name);
                }
            }
        }

        var found = new string[names.Count];
        Parallel.For(0, names.Count, Parallelism.PerCore, i => found[i] = CanonicalOf(names[i]));
        for (var i = 0; i < names.Count; i++)
        {
            canonical[names[i]] = found[i];
        }

        bool Renamed(string name) => canonical[name] != name;
        return canonical.Keys.Any(Renamed)
            ? [.. articles.Select(a => a.Entities.Any(Renamed) ? a with { Entities = a.Entities.Select(n => canonical[n]).Distinct(StringComparer.Ordinal).ToList() } : a)]
            : articles;
    }

    // The canonical name of a known entity's name or alias (as written, no spelling variants); the name itself otherwise.
    private string CanonicalOf(string name) =>
        _byKey.TryGetValue(NameKey.Of(name), out var known) && known.Origin != EntityOrigin.Observed ? known.Name : name;

    /// <summary>The entity of a canonical name, known or observed; null when the catalog has none.</summary>
    public Entity? Get(string canonicalName) => _byName.GetValueOrDefault(canonicalName);

    private static readonly Lazy<string> Gazetteer = new(() =>
    {
        using var stream = typeof(EntityCatalog).Assembly.GetManifestResourceStream(GazetteerResource)
            ?? throw new InvalidOperationException($"resource {GazetteerResource} is missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    // A curated record replaces the shipped one it names (by name or alias); the shipped aliases
    // stay with it so "Islamic State" curated with a new description still knows "ISIS".
    /// <summary>The gazetteer's records with the curated ones: a curated record takes over the shipped ones it names.</summary>
    internal static List<Entity> Merge(IReadOnlyList<Entity> shipped, IReadOnlyList<Entity> curated)
    {
        // The shipped records by the key of their name, and by the keys of their name and aliases, found once: each
        // curated record looked through every record before it (a catalog of 20,000 names took 2.8 s to load).
        var byName = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var byAnyName = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < shipped.Count; i++)
        {
            if (shipped[i].Origin != EntityOrigin.Gazetteer)
            {
                continue;
            }

            Listed(byName, NameKey.Of(shipped[i].Name)).Add(i);
            foreach (var key in shipped[i].Aliases.Prepend(shipped[i].Name).Select(NameKey.Of).Distinct(StringComparer.Ordinal))
            {
                Listed(byAnyName, key).Add(i);
            }
        }

        var taken = new bool[shipped.Count];
        var added = new List<Entity>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in curated)
        {
            var name = NameKey.Of(entry.Name);
            if (!seen.Add(name))
            {
                continue; // the first curated record of a name counts
            }

            // Same thing when the curated name is a shipped name or alias, or a curated alias is a
            // shipped name; a curated alias equal to a shipped alias only takes that alias over.
            var matches = new SortedSet<int>(byAnyName.GetValueOrDefault(name) ?? []);
            foreach (var alias in entry.Aliases.Select(NameKey.Of))
            {
                matches.UnionWith(byName.GetValueOrDefault(alias) ?? []);
            }

            // In the shipped order, each taken over once.
            var replaced = matches.Where(i => !taken[i]).Select(i => shipped[i]).ToList();
            foreach (var i in matches)
            {
                taken[i] = true;
            }

            var aliases = entry.Aliases
                .Concat(replaced.SelectMany(r => r.Aliases.Prepend(r.Name)))
                .Where(a => a != entry.Name)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            var demonyms = entry.Demonyms.Concat(replaced.SelectMany(r => r.Demonyms)).Distinct(StringComparer.Ordinal).ToList();
            added.Add(entry with { Aliases = aliases, Demonyms = demonyms, Link = entry.Link ?? replaced.FirstOrDefault()?.Link, Description = entry.Description ?? replaced.FirstOrDefault()?.Description });
        }

        // The shipped records not taken over, in their order, then the curated ones in theirs.
        return [.. shipped.Where((_, i) => !taken[i]), .. added];

        static List<int> Listed(Dictionary<string, List<int>> index, string key) =>
            index.TryGetValue(key, out var list) ? list : index[key] = [];
    }

    // A demonym is a name of its own, not another name of its place: "German officials" are not Germany, and
    // news annotation (CoNLL-2003's MISC) lists "German" apart from "Germany". Each gets a record of type other,
    // unless a record already has it as a name or alias (a site that wants "Syrian" folded into Syria says so).
    private static List<Entity> WithDemonyms(List<Entity> entities)
    {
        var taken = entities.SelectMany(e => e.Aliases.Prepend(e.Name)).Select(NameKey.Of).ToHashSet(StringComparer.Ordinal);
        var result = entities.ToList();
        foreach (var entity in entities)
        {
            foreach (var demonym in entity.Demonyms)
            {
                if (taken.Add(NameKey.Of(demonym)))
                {
                    result.Add(new Entity
                    {
                        Name = demonym,
                        Type = EntityType.Other,
                        Origin = entity.Origin,
                        DemonymOf = entity.Name,
                        Description = $"Of {entity.Name}: {Entity.DemonymGloss}",
                    });
                }
            }
        }

        return result;
    }

    /// <summary>
    /// The slug each name gives on its own (<see cref="Slugs.From"/>; "entity" when it gives none), on both cores: a site
    /// names tens of thousands of entities, and making their slugs was a sixth of building a 10k site's model.
    /// </summary>
    internal static string[] PreferredSlugs(IReadOnlyList<string> names)
    {
        var preferred = new string[names.Count];
        Parallel.For(0, names.Count, Parallelism.PerCore, i => preferred[i] = Slugs.From(names[i]) is { Length: > 0 } slug ? slug : "entity");
        return preferred;
    }

    // Each entity with its slug: its preferred one (of the same index), or with "-2", "-3" … when an earlier one took it.
    private static List<Entity> WithUniqueSlugs(IReadOnlyList<Entity> entities, string[] preferred)
    {
        // The lists of names by type live beside the entities' pages: no entity takes their slugs.
        var taken = new HashSet<string>(Enum.GetValues<EntityType>().Select(EntityTypes.ListSlug), StringComparer.Ordinal);
        var result = new List<Entity>(entities.Count);
        for (var i = 0; i < entities.Count; i++)
        {
            var slug = preferred[i];
            for (var n = 2; !taken.Add(slug); n++)
            {
                slug = $"{preferred[i]}-{n}";
            }

            result.Add(entities[i] with { Slug = slug });
        }

        return result;
    }
}
