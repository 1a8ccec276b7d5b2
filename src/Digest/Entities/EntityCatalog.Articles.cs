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
    /// <param name="surfacesCache">Where each article's surfaces (mentions mapped to its front-matter names) are kept, if anywhere.</param>
    public EntityCatalog WithArticles(IReadOnlyList<Article> articles, CacheStore? cache = null, CacheStore? surfacesCache = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var surfaces = new List<(string Name, EntityType Type, List<string> Surfaces)>[articles.Count];
        // The surfaces themselves are kept too: mapping mentions to front-matter names costs as much as
        // recognition when articles name many entities.
        Parallel.For(0, articles.Count, Parallelism.PerCore, i => surfaces[i] = surfacesCache is null
            ? SurfacesOf(articles[i], cache)
            : surfacesCache.GetOrAdd(
                () => CacheStore.Key("surfaces", KnownVersion, articles[i].Title, articles[i].Body, string.Join('\n', articles[i].Entities)),
                () => SurfacesOf(articles[i], cache), SurfaceCoding.Write, SurfaceCoding.Read));
        var tally = EntityTally.Of(articles, surfaces);
        var known = _entities.Where(e => e.Origin != EntityOrigin.Observed).ToList();
        var knownNames = known.Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        var observed = tally.Named.Where(n => !knownNames.Contains(n)).ToArray();
        Array.Sort(observed, StringComparer.Ordinal);
        // Each entity's type and counts stand alone (the tally is only read now): both cores, in order by index,
        // the known records first, then the observed names.
        var all = new Entity[known.Count + observed.Length];
        Parallel.For(0, all.Length, Parallelism.PerCore, i =>
        {
            var entity = i < known.Count ? known[i] : new Entity { Name = observed[i - known.Count], Type = tally.TypeOf(observed[i - known.Count]) };
            all[i] = entity with
            {
                ArticleCount = tally.ArticleCount(entity.Name),
                Spellings = tally.Spellings.TryGetValue(entity.Name, out var r) ? r.Select(s => s.Spelling).ToList() : [],
            };
        });
        // SurfaceForms of these same article objects need no second recognition.
        var byArticle = new Dictionary<object, List<(string, EntityType, List<string>)>>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < articles.Count; i++)
        {
            byArticle.TryAdd(articles[i], surfaces[i]);
        }

        return new EntityCatalog(all, Settings, tally.Spellings, byArticle);
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
        var found = (_surfaces.TryGetValue(article, out var cached) ? cached : SurfacesOf(article)).ToDictionary(s => s.Name, s => s.Surfaces, StringComparer.Ordinal);
        return article.Entities
            .Distinct(StringComparer.Ordinal)
            .Where(found.ContainsKey)
            .Select(n => new EntitySurfaces(n, found[n]))
            .ToList();
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
