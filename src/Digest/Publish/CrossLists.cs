using System.Globalization;
using Digest.Cache;
using Digest.Entities;

namespace Digest.Publish;

/// <summary>
/// The site model's lists across reports, as indexes into the reports, stories and entities: each site entity's reports,
/// stories and companions (<see cref="EntityIndex.Lists"/>) and each report's related reports
/// (<see cref="RelatedArticles.Indexes"/>). They are made of each report's slug, story, date, names and tags, each story's
/// reports and the site entities' names, and kept in the build cache under a key of those: a publish after an edit that
/// changes none of them (a text edit that names nothing new) reads them back instead of counting every entity's
/// companions and scoring every report's neighbours (at 100,000 reports, 3.5 s of CPU). Made or read, the lists become
/// views the same way (<see cref="EntityIndex.Views"/>, <see cref="RelatedArticles.Of"/>).
/// </summary>
internal sealed class CrossLists
{
    private readonly string? _key;
    private readonly CacheStore _store;

    private CrossLists(string? key, CacheStore store)
    {
        (_key, _store) = (key, store);
    }

    /// <summary>The key of the lists: a hash of everything they are made of (null when the cache is off).</summary>
    public string? StoreKey => _key;

    /// <summary>What each site entity's page lists, when the cache held it; null when it must be made (<see cref="EntityIndex.Lists"/>).</summary>
    public EntityLists? Entities { get; private init; }

    /// <summary>Each report's related reports as indexes, when the cache held them; null when they must be made (<see cref="RelatedArticles.Indexes"/>).</summary>
    public int[][]? Related { get; private init; }

    /// <summary>The lists of these reports as <paramref name="store"/> keeps them, if it does (then <see cref="Entities"/> and <see cref="Related"/> are set).</summary>
    /// <param name="site">The site entities (<see cref="EntityCatalog.SiteEntities"/>).</param>
    /// <param name="views">The site's reports.</param>
    /// <param name="stories">The site's stories.</param>
    /// <param name="store">Where the lists are kept between builds (a disabled store keeps nothing: they are made every time).</param>
    public static CrossLists Find(IReadOnlyList<Entity> site, IReadOnlyList<ArticleView> views, IReadOnlyList<StoryView> stories, CacheStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var key = store.Enabled ? Key(site, views, stories) : null;
        if (key is null || !store.TryGet(key, out var kept))
        {
            return new CrossLists(key, store);
        }

        var (entities, related) = Read(kept, site.Count, views.Count);
        return new CrossLists(key, store) { Entities = entities, Related = related };
    }

    /// <summary>Keeps the lists made in this build (when they were not found) for the next one.</summary>
    public void Keep(EntityLists entities, int[][] related)
    {
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(related);
        if (_key is not null && Entities is null)
        {
            _store.Set(_key, Write(entities, related));
        }
    }

    /// <summary>
    /// Each site entity's view with the hash of its lists (its reports and stories as places among the site's, its
    /// companions by name, link and count), and each report's view with the hash of its related reports (places among
    /// the site's reports): <see cref="SiteModel.CrossListHashes"/>.
    /// </summary>
    public static Dictionary<object, UInt128> Hashes(IReadOnlyList<Entity> site, Dictionary<string, EntityView> entityViews, EntityLists entities,
        IReadOnlyList<ArticleView> views, int[][] related)
    {
        var links = new UInt128[site.Count];
        Parallel.For(0, site.Count, Parallelism.PerCore, e =>
        {
            // Name and path, each after its length (no string made of them for each entity of every publish).
            var hash = new System.IO.Hashing.XxHash128();
            Span<byte> length = stackalloc byte[4];
            foreach (var part in (ReadOnlySpan<string>)[site[e].Name, entityViews[site[e].Name].Path])
            {
                BitConverter.TryWriteBytes(length, part.Length);
                hash.Append(length);
                hash.Append(System.Runtime.InteropServices.MemoryMarshal.AsBytes(part.AsSpan()));
            }

            links[e] = hash.GetCurrentHashAsUInt128();
        });
        var entityHashes = new UInt128[site.Count];
        Parallel.For(0, site.Count, Parallelism.PerCore, e =>
        {
            var hash = new System.IO.Hashing.XxHash128();
            Span<byte> number = stackalloc byte[16];
            foreach (var list in (ReadOnlySpan<int[]>)[entities.Reports[e], entities.Stories[e]])
            {
                BitConverter.TryWriteBytes(number, list.Length);
                hash.Append(number[..4]);
                hash.Append(System.Runtime.InteropServices.MemoryMarshal.AsBytes(list.AsSpan()));
            }

            // Companions as their names and links show them (an index and a count a pair).
            var companions = entities.Companions[e];
            for (var k = 0; k < companions.Length; k += 2)
            {
                System.Runtime.InteropServices.MemoryMarshal.Write(number, in links[companions[k]]);
                hash.Append(number);
                BitConverter.TryWriteBytes(number, companions[k + 1]);
                hash.Append(number[..4]);
            }

            entityHashes[e] = hash.GetCurrentHashAsUInt128();
        });
        var relatedHashes = new UInt128[views.Count];
        Parallel.For(0, views.Count, Parallelism.PerCore, i =>
            relatedHashes[i] = System.IO.Hashing.XxHash128.HashToUInt128(System.Runtime.InteropServices.MemoryMarshal.AsBytes(related[i].AsSpan())));
        var hashes = new Dictionary<object, UInt128>(site.Count + views.Count, ReferenceEqualityComparer.Instance);
        for (var e = 0; e < site.Count; e++)
        {
            hashes[entityViews[site[e].Name]] = entityHashes[e];
        }

        for (var i = 0; i < views.Count; i++)
        {
            hashes[views[i]] = relatedHashes[i];
        }

        return hashes;
    }

    // Everything the two lists read, in order.
    internal static string Key(IReadOnlyList<Entity> site, IReadOnlyList<ArticleView> views, IReadOnlyList<StoryView> stories)
    {
        var key = new KeyBuilder().Add("cross lists").Add(site.Count);
        foreach (var entity in site)
        {
            key.Add(entity.Name);
        }

        key.Add(views.Count);
        Span<char> date = stackalloc char[10];
        foreach (var view in views)
        {
            var article = view.Article;
            key.Add(article.Slug).Add(article.Story);
            key.Add(article.Date is { } day && day.TryFormat(date, out var length, "O", CultureInfo.InvariantCulture) ? date[..length] : "");
            key.Add(article.Entities.Count).Add(article.Entities);
            key.Add(article.Tags.Count).Add(article.Tags);
        }

        key.Add(stories.Count);
        foreach (var story in stories)
        {
            key.Add(story.Reports.Count);
            foreach (var report in story.Reports)
            {
                key.Add(report.Article.Slug);
            }
        }

        return key.Key();
    }

    // Each array as ReadArray reads it (its length, then its numbers), all gathered and written at once (a BinaryWriter
    // call per number took 90 ms at 10,000 reports): each entity's reports, stories and companions, then each report's
    // related reports.
    private static byte[] Write(EntityLists entities, int[][] related)
    {
        var numbers = new List<int>();
        void Add(int[] array)
        {
            numbers.Add(array.Length);
            numbers.AddRange(array);
        }

        for (var i = 0; i < entities.Reports.Length; i++)
        {
            Add(entities.Reports[i]);
            Add(entities.Stories[i]);
            Add(entities.Companions[i]);
        }

        foreach (var array in related)
        {
            Add(array);
        }

        return BinaryCoding.Write(writer => writer.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(numbers))));
    }

    private static (EntityLists, int[][]) Read(byte[] bytes, int entities, int reports) => BinaryCoding.Read(bytes, reader =>
    {
        var (reportsOf, storiesOf, companions) = (new int[entities][], new int[entities][], new int[entities][]);
        for (var i = 0; i < entities; i++)
        {
            (reportsOf[i], storiesOf[i], companions[i]) = (reader.ReadArray<int>(), reader.ReadArray<int>(), reader.ReadArray<int>());
        }

        var related = new int[reports][];
        for (var i = 0; i < reports; i++)
        {
            related[i] = reader.ReadArray<int>();
        }

        return (new EntityLists(reportsOf, storiesOf, companions), related);
    });
}
