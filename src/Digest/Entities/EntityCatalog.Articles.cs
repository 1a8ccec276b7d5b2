using Digest.Cache;
using Digest.Entities.Normalisation;

namespace Digest.Entities;

/// <summary>The facet of the catalog that knows the articles: counts, spellings, site entities, surface forms.</summary>
public sealed partial class EntityCatalog
{
    /// <summary>
    /// This catalog plus what <paramref name="articles"/> name: each report's front matter
    /// <c>entities</c> counts (so hand-written articles count too; copies do not), names no record knows become
    /// <see cref="EntityOrigin.Observed"/> entities, and the spellings come from recognising the texts.
    /// </summary>
    /// <param name="articles">Every article of the site.</param>
    /// <param name="cache">Where each text's recognised mentions are kept between builds (shared with ingest), if anywhere.</param>
    /// <param name="surfacesCache">
    /// Where each article's surfaces (mentions mapped to its front-matter names) are kept, if anywhere; and what the
    /// tally of all of them gave (<see cref="TallyOutcome"/>), under a key made of what it reads: each article's names,
    /// whether it is a copy, and its surfaces' bytes as kept. When that is found, the surfaces are neither decoded nor
    /// tallied: a page decodes its article's when it needs them.
    /// </param>
    /// <param name="cancel">Stops the work between articles when cancelled (<see cref="OperationCanceledException"/>); what the stores were given is then not saved.</param>
    public EntityCatalog WithArticles(IReadOnlyList<Article> articles, CacheStore? cache = null, CacheStore? surfacesCache = null, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var parallel = Parallelism.PerCoreUntil(cancel);
        var n = articles.Count;
        var keys = new string[n];
        Parallel.For(0, n, parallel, i => keys[i] = SurfacesKeyOf(articles[i]));
        var known = new List<Entity>(_entities.Count);
        var knownSlugs = new List<string>(_entities.Count);
        for (var i = 0; i < _entities.Count; i++)
        {
            if (_entities[i].Origin != EntityOrigin.Observed)
            {
                known.Add(_entities[i]);
                knownSlugs.Add(_preferredSlugs[i]);
            }
        }

        var store = surfacesCache is { Enabled: true } ? surfacesCache : null;

        // The surfaces themselves are kept too: mapping mentions to front-matter names costs as much as recognition when
        // articles name many entities. With the cache, each article's are found as the bytes kept (made and kept where
        // missing) and the tally's key is made of those bytes: an article whose text changed but whose names and
        // spellings did not leaves the key as it was. Only the bytes' hash is held (at 100,000 articles the bytes
        // themselves are tens of megabytes); they are read again only if the tally must be made again.
        var surfaces = new List<(string Name, EntityType Type, List<string> Surfaces)>?[n];
        var digests = store is null ? null : new UInt128[n];
        if (store is not null)
        {
            Parallel.For(0, n, parallel, i =>
            {
                if (!store.TryHash(keys[i], out digests![i]))
                {
                    surfaces[i] = SurfacesOf(articles[i], cache);
                    var bytes = SurfaceCoding.Write(surfaces[i]!, articles[i].Entities);
                    store.Set(keys[i], bytes);
                    digests[i] = System.IO.Hashing.XxHash128.HashToUInt128(bytes);
                }
            });
        }

        var outcome = Outcome(articles, keys, digests, surfaces, known, store, cache, parallel);

        // SurfaceForms of these same article objects need no second recognition; the others' are read when a page needs them.
        var held = new Dictionary<object, List<(string, EntityType, List<string>)>>(ReferenceEqualityComparer.Instance);
        var keyOf = new Dictionary<object, string>(n, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < n; i++)
        {
            keyOf.TryAdd(articles[i], keys[i]);
            if (surfaces[i] is { } found)
            {
                held.TryAdd(articles[i], found);
            }
        }

        // The known records first, then the observed names; each with its count and spellings, on both cores.
        var all = new Entity[known.Count + outcome.Observed.Count];
        Parallel.For(0, all.Length, parallel, i =>
        {
            var entity = i < known.Count ? known[i] : new Entity { Name = outcome.Observed[i - known.Count].Name, Type = outcome.Observed[i - known.Count].Type };
            all[i] = entity with
            {
                ArticleCount = outcome.Counts[i],
                Spellings = outcome.Spellings.TryGetValue(entity.Name, out var r) ? r.Select(s => s.Spelling).ToList() : [],
            };
        });
        return new EntityCatalog(all, Settings, outcome.Spellings, new ArticleSurfaces(held, keyOf, store, cache), [.. knownSlugs, .. outcome.ObservedSlugs]);
    }

    // The tally's outcome: kept, when the articles read as they did (TallyState); else the kept tally corrected by the
    // articles that changed since; else every article tallied (their surfaces found in surfaces, or read into it).
    private TallyOutcome Outcome(IReadOnlyList<Article> articles, string[] keys, UInt128[]? digests, List<(string Name, EntityType Type, List<string> Surfaces)>?[] surfaces,
        List<Entity> known, CacheStore? store, CacheStore? cache, ParallelOptions parallel)
    {
        var n = articles.Count;
        var tallyKey = digests is null ? null : TallyKey(articles, digests);
        if (tallyKey is not null && TallyState.Outcome(store!, KnownVersion, tallyKey) is { } kept)
        {
            return kept;
        }

        var parts = store is null ? null : new TallyState.Part[n];
        if (parts is not null)
        {
            Parallel.For(0, n, parallel, i => parts[i] = new TallyState.Part(CacheStore.IdOf(keys[i]), articles[i].DuplicateOf is not null));
        }

        var corrected = parts is null ? null : TallyState.Corrected(store!, KnownVersion, known, parts,
            i => (articles[i].Entities, surfaces[i] ??= SurfacesFromStore(store!, keys[i], articles[i], cache)));
        // Every article's surfaces: for a tally of them all, or to check the corrected one against it.
        EntityTally All()
        {
            Parallel.For(0, n, parallel, i => surfaces[i] ??= store is null ? SurfacesOf(articles[i], cache) : SurfacesFromStore(store, keys[i], articles[i], cache));
            return EntityTally.Of(articles, surfaces!);
        }

        EntityTally tally;
        TallyOutcome outcome;
        if (corrected is { } found)
        {
            (tally, outcome) = found;
            if (TallyState.Verify)
            {
                TallyState.Check(outcome, TallyOutcome.Of(All(), known));
            }
        }
        else
        {
            tally = All();
            outcome = TallyOutcome.Of(tally, known);
        }

        if (tallyKey is not null)
        {
            store!.Set(TallyState.Key(KnownVersion), TallyState.Write(tallyKey, outcome, tally, parts!));
        }

        return outcome;
    }

    /// <summary>
    /// The build cache's key of the article's surfaces: a hash of its title, body and front-matter names and of the
    /// known records, so of everything its surfaces are made from. Pages key the article's body by it.
    /// </summary>
    public string SurfacesKey(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return _articleSurfaces.Keys.TryGetValue(article, out var key) ? key : SurfacesKeyOf(article);
    }

    private string SurfacesKeyOf(Article article) =>
        CacheStore.Key("surfaces", KnownVersion, article.Title, article.Body, string.Join('\n', article.Entities));

    // The tally's key: what it reads of each article, in order (its front-matter names, whether it is a copy, which does not
    // count, and the hash of its surfaces' bytes as kept) and the known records.
    internal string TallyKey(IReadOnlyList<Article> articles, UInt128[] surfaces)
    {
        var key = new KeyBuilder().Add("entity tally").Add(KnownVersion);
        Span<char> digest = stackalloc char[32];
        for (var i = 0; i < articles.Count; i++)
        {
            surfaces[i].TryFormat(digest, out _, "x32", System.Globalization.CultureInfo.InvariantCulture);
            key.Add(digest).Add(articles[i].DuplicateOf is null ? "report" : "copy");
            key.Add(articles[i].Entities.Count).Add(articles[i].Entities);
        }

        return key.Key();
    }

    /// <summary>
    /// The entities that get a page: curated ones that at least one report names, and any other
    /// named by at least <see cref="EntitySettings.MinArticles"/> reports (copies not counted). By name.
    /// </summary>
    public IReadOnlyList<Entity> SiteEntities() => _entities
        .Where(e => (e.Origin == EntityOrigin.Curated && e.ArticleCount >= 1) || e.ArticleCount >= Settings.MinArticles)
        .OrderBy(e => e.Name, StringComparer.OrdinalIgnoreCase)
        .ThenBy(e => e.Name, StringComparer.Ordinal)
        .ToList();

    /// <summary>True when the canonical name is a site entity (see <see cref="SiteEntities"/>).</summary>
    public bool IsSiteEntity(string name) =>
        Get(name) is { } e && ((e.Origin == EntityOrigin.Curated && e.ArticleCount >= 1) || e.ArticleCount >= Settings.MinArticles);

    /// <summary>
    /// Names no record knows, most named first, with the spellings the articles use: what a
    /// maintainer might add to <c>input/entities.yml</c>.
    /// </summary>
    public IReadOnlyList<EntityCandidate> Candidates() => _entities
        .Where(e => e.Origin == EntityOrigin.Observed && e.ArticleCount > 0)
        .OrderByDescending(e => e.ArticleCount)
        .ThenBy(e => e.Name, StringComparer.Ordinal)
        .Select(e => new EntityCandidate(e.Name, e.Type, e.ArticleCount, _spellings.GetValueOrDefault(e.Name) ?? []))
        .ToList();

    /// <summary>
    /// For each canonical name in the article's front matter, the forms its title and body write it
    /// in (longest first), so a page can link the first mention. Names not found written are left out.
    /// </summary>
    public IReadOnlyList<EntitySurfaces> SurfaceForms(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var found = SurfacesFor(article).ToDictionary(s => s.Name, s => s.Surfaces, StringComparer.Ordinal);
        return article.Entities
            .Distinct(StringComparer.Ordinal)
            .Where(found.ContainsKey)
            .Select(n => new EntitySurfaces(n, found[n]))
            .ToList();
    }

    // The article's surfaces: held since WithArticles, else kept in the build cache under its key, else recognised again.
    private List<(string Name, EntityType Type, List<string> Surfaces)> SurfacesFor(Article article)
    {
        var surfaces = _articleSurfaces;
        if (surfaces.Held.TryGetValue(article, out var held))
        {
            return held;
        }

        return surfaces.Store is { } store && surfaces.Keys.TryGetValue(article, out var key)
            ? SurfacesFromStore(store, key, article, surfaces.Mentions)
            : SurfacesOf(article, surfaces.Mentions);
    }

    // The article's surfaces as the store keeps them under its key, or recognised again and kept.
    private List<(string Name, EntityType Type, List<string> Surfaces)> SurfacesFromStore(CacheStore store, string key, Article article, CacheStore? mentions) =>
        store.GetOrAdd(key, () => SurfacesOf(article, mentions), surfaces => SurfaceCoding.Write(surfaces, article.Entities), SurfaceCoding.Read);

    // Where a catalog that knows the articles finds each one's surfaces: those WithArticles held (it read them all), the
    // keys of all of them, and the stores they are kept in (when the cache is on).
    private sealed record ArticleSurfaces(
        Dictionary<object, List<(string Name, EntityType Type, List<string> Surfaces)>> Held,
        Dictionary<object, string> Keys,
        CacheStore? Store,
        CacheStore? Mentions)
    {
        public static ArticleSurfaces None { get; } = new(new(ReferenceEqualityComparer.Instance), new(ReferenceEqualityComparer.Instance), null, null);
    }

    // Recognises the article again and maps each local entity to the front-matter name it belongs to:
    // its catalog record's name, or the name whose key it equals or spells a variant of.
    private List<(string Name, EntityType Type, List<string> Surfaces)> SurfacesOf(Article article, CacheStore? cache = null)
    {
        var names = article.Entities.Distinct(StringComparer.Ordinal).Select(n => (Name: n, Key: NameKey.Of(n))).ToList();
        // No name to map a mention to: nothing to recognise. (The recognition entry ingest keeps for this
        // text stays in the shared store: entries age by saves, and ingest uses it every build.)
        if (names.Count == 0)
        {
            return [];
        }

        var result = new Dictionary<string, (EntityType Type, List<string> Surfaces)>(StringComparer.Ordinal);
        foreach (var local in EntityResolver.Local(article, this, cache))
        {
            var name = local.Known is { } k && names.Exists(n => n.Name == k.Name) ? k.Name : FrontMatterNameOf(local, names);
            if (name is null)
            {
                continue;
            }

            if (!result.TryGetValue(name, out var entry))
            {
                result[name] = entry = (local.Type, []);
            }

            entry.Surfaces.AddRange(local.Mentions.Select(m => m.Text));
        }

        return result
            .Select(kv => (kv.Key, kv.Value.Type, kv.Value.Surfaces.Distinct(StringComparer.Ordinal).OrderByDescending(s => s.Length).ThenBy(s => s, StringComparer.Ordinal).ToList()))
            .ToList();
    }

    // The first front-matter name that the local entity's name or one of its mentions spells a variant of.
    private static string? FrontMatterNameOf(LocalEntity local, List<(string Name, string Key)> names)
    {
        // Each mention's key once, not once per front-matter name it is compared with.
        var mentionKeys = new string[local.Mentions.Count];
        for (var i = 0; i < mentionKeys.Length; i++)
        {
            mentionKeys[i] = NameKey.Of(local.Mentions[i].Text);
        }

        var localKey = NameKey.Of(local.Name);
        foreach (var (name, key) in names)
        {
            foreach (var mentionKey in mentionKeys)
            {
                if (NameKey.AreVariants(mentionKey, key))
                {
                    return name;
                }
            }

            if (NameKey.AreVariants(localKey, key))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>What recognition depends on besides the text: a hash of the known records (gazetteer and curated).</summary>
    internal string KnownVersion => _knownVersion.Value;
}
