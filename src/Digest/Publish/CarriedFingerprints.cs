using System.IO.Hashing;
using System.Runtime.InteropServices;
using Digest.Cache;
using Digest.Publish.Output;
using Digest.Publish.Pages;

namespace Digest.Publish;

/// <summary>
/// The previous publish's fingerprints of the entity, article and story pages, carried over to every such page whose
/// inputs are as they were: the page is neither hashed nor rendered. These are most of a site's pages (at 10,000
/// reports, 21,686 entity pages, 10,000 article pages and 7,324 story pages of 41,837), and hashing them all is a read of
/// a million objects scattered over the heap each publish, most of what fingerprinting the site costs.
/// </summary>
/// <remarks>
/// <para>
/// Each such page's fingerprint (<see cref="Page.FingerprintContent"/>, <see cref="Page.SiteDependencies"/>) is made of
/// the settings and the theme (the chrome); for an entity page, its entity's record, link and place (<see cref="Structure"/>)
/// and its lists (its reports and stories as places among the site's, its companions by name, link and count); for an
/// article page, its related reports (as places among the site's: <see cref="SiteModel.CrossListHashes"/>); and the
/// reports, stories and topics it shows (<see cref="Unchanged(Page)"/>). One hash of the chrome and the count of such
/// pages of each kind is kept with the fingerprints, and each page's hash of the rest but its reports, stories and
/// topics (<see cref="InputsOf"/>). When the one hash is this publish's, a page whose own hash is the one kept in its
/// place, and whose reports, stories and topics each hash as the report, story or topic in that place did, has the
/// fingerprint it had. (A report, story or topic's hash holds its slug or id, so one that moved to another place
/// compares as changed: never the wrong way.) So an edit that names something new, or names an entity more or less
/// often, fingerprints again the pages of the entities and reports whose lists or records it changed, not every page
/// (before, one hash of every entity's record and of all the lists was the key, and such an edit carried nothing over).
/// </para>
/// <para>
/// Reports, stories and topics are hashed anyway, by their own pages, so comparing them costs little. What a page reads
/// from the site model is compared as <see cref="Page.SiteDependencies"/> lists it (anything there but a report, story or
/// topic, or a list of them, and the page is fingerprinted afresh). A page kind that shows more of its own fields must
/// say so in <see cref="Structure(ModelHasher, IReadOnlyList{Page})"/> or <see cref="Unchanged(Page)"/>; with <see cref="Verify"/> on (the tests
/// turn it on), every fingerprint carried over is checked against one made afresh.
/// </para>
/// </remarks>
internal sealed class CarriedFingerprints
{
    /// <summary>Where the fingerprints are kept in their store.</summary>
    internal const string StateKey = "carried page fingerprints";
    private const int Header = 16 + (5 * 4);
    private readonly CacheStore _store;
    private readonly UInt128 _key;
    private readonly UInt128[] _reports;
    private readonly UInt128[] _stories;
    private readonly UInt128[] _topics;
    private readonly UInt128[] _made;

    // What each handled page is made of besides the chrome and what Unchanged compares (InputsOf), by its place among the
    // handled pages, now and in the previous publish.
    private readonly UInt128[] _inputs;
    private UInt128[] _previousInputs = [];

    // Each page's place among the pages that carry fingerprints over (-1 for the others), by its place in the plan.
    private readonly int[] _ordinals;

    // The previous publish's fingerprints by page, when its key is this one's; empty otherwise.
    private UInt128[] _previous = [];
    // The reports, stories and topics that hash as the one in their place did. A value not among them (changed, or not
    // one of the site's reports, stories and topics) counts as changed.
    private readonly HashSet<object> _unchanged = new(ReferenceEqualityComparer.Instance);
    private int _kept;

    private CarriedFingerprints(CacheStore store, UInt128 key, UInt128[] reports, UInt128[] stories, UInt128[] topics, int[] ordinals, UInt128[] inputs)
    {
        (_store, _key, _reports, _stories, _topics, _ordinals, _inputs, _made) = (store, key, reports, stories, topics, ordinals, inputs, new UInt128[inputs.Length]);
    }

    /// <summary>Whether a carried-over fingerprint is checked against one made afresh (a mismatch throws): on in the tests, or with <c>DIGEST_VERIFY_KEPT_FINGERPRINTS=1</c>.</summary>
    public static bool Verify { get; set; } = Environment.GetEnvironmentVariable("DIGEST_VERIFY_KEPT_FINGERPRINTS") == "1";

    /// <summary>Pages whose fingerprint was carried over so far.</summary>
    public int Kept => _kept;

    /// <summary>Whether a page of this kind can carry its fingerprint over.</summary>
    public static bool Handles(Page page) => page is EntityPage or ArticlePage or StoryPage;

    /// <summary>What the previous publish, kept in <paramref name="store"/>, says of the pages of <paramref name="site"/>.</summary>
    /// <param name="store">Where the fingerprints are kept between publishes.</param>
    /// <param name="hasher">This publish's hasher (the reports, stories and topics it hashes here are remembered for the pages).</param>
    /// <param name="site">The site model.</param>
    /// <param name="pages">The site's pages in the plan's order (those that <see cref="Handles"/> carry their fingerprints over).</param>
    /// <param name="chrome">The hash of the settings, menus and code every fingerprint starts with.</param>
    /// <param name="theme">The theme's version, which every page's fingerprint holds.</param>
    public static CarriedFingerprints Open(CacheStore store, ModelHasher hasher, SiteModel site, IReadOnlyList<Page> pages, UInt128 chrome, string theme)
    {
        var structure = Structure(hasher, pages);
        var ordinals = new int[pages.Count];
        var inputs = new List<UInt128>();
        for (var i = 0; i < pages.Count; i++)
        {
            ordinals[i] = Handles(pages[i]) ? inputs.Count : -1;
            if (ordinals[i] >= 0)
            {
                inputs.Add(InputsOf(pages[i], site, structure));
            }
        }

        var key = hasher.Hash(StateKey, chrome, theme, pages.Count(p => p is EntityPage), pages.Count(p => p is ArticlePage), pages.Count(p => p is StoryPage));
        var carried = new CarriedFingerprints(store, key, HashAll(hasher, site.Articles), HashAll(hasher, site.Stories), HashAll(hasher, site.Topics), ordinals, [.. inputs]);
        if (site.CrossListsKey is not null && store.TryGet(StateKey, out var bytes))
        {
            carried.Compare(bytes, site);
        }

        return carried;
    }

    /// <summary>The previous publish's fingerprint of <paramref name="page"/>, the plan's page <paramref name="index"/>, when it is one that <see cref="Handles"/> and nothing it is made of changed.</summary>
    public bool TryKept(int index, Page page, out UInt128 fingerprint)
    {
        fingerprint = default;
        if (_previous.Length == 0 || _ordinals[index] < 0 || _previousInputs[_ordinals[index]] != _inputs[_ordinals[index]] || !Unchanged(page))
        {
            return false;
        }

        fingerprint = _previous[_ordinals[index]];
        Interlocked.Increment(ref _kept);
        return true;
    }

    /// <summary>Records the fingerprint the plan's page <paramref name="index"/> has in this publish (kept for the next when it is one that <see cref="Handles"/>).</summary>
    public void Record(int index, UInt128 fingerprint)
    {
        if (_ordinals[index] >= 0)
        {
            _made[_ordinals[index]] = fingerprint;
        }
    }

    /// <summary>Keeps this publish's fingerprints for the next one (call once every page has one).</summary>
    public void Save()
    {
        var arrays = new[] { _reports, _stories, _topics, _inputs, _made };
        var bytes = new byte[Header + (16 * arrays.Sum(a => a.Length))];
        var span = bytes.AsSpan();
        MemoryMarshal.Write(span, in _key);
        var at = 16;
        foreach (var array in arrays)
        {
            BitConverter.TryWriteBytes(span[at..], array.Length);
            at += 4;
        }

        foreach (var array in arrays)
        {
            MemoryMarshal.AsBytes(array.AsSpan()).CopyTo(span[at..]);
            at += 16 * array.Length;
        }

        _store.Set(StateKey, bytes);
    }

    // What an entity page's fingerprint reads besides the chrome, its lists and what Unchanged compares: the entity's
    // record, link and place, hashed once per entity (its pages' paths and pagination follow from its link, its count of
    // reports (its lists') and the page size (the chrome's); its companions' names, links and counts are in its lists).
    // An article or story page is the page of its report or story: its path is its report's or story's, and the rest is
    // what it shows. Per entity, not per page: at 100,000 reports a tuple per page cost as much as the pages' own hashing saved.
    private static Dictionary<EntityView, UInt128> Structure(ModelHasher hasher, IReadOnlyList<Page> pages)
    {
        var entities = new List<EntityView>();
        EntityView? last = null;
        foreach (var page in pages)
        {
            if (page is EntityPage { Entity: var entity } && !ReferenceEquals(entity, last))
            {
                last = entity;
                entities.Add(entity);
            }
        }

        var hashes = HashAll(hasher, entities.Select(e => (object)(e.Entity, e.Path, e.Place)).ToList());
        var structure = new Dictionary<EntityView, UInt128>(entities.Count, ReferenceEqualityComparer.Instance);
        for (var k = 0; k < entities.Count; k++)
        {
            structure[entities[k]] = hashes[k];
        }

        return structure;
    }

    // What a handled page is made of besides the chrome and what Unchanged compares: for an entity page, its entity's
    // record, link and place and its lists; for an article page, its related reports; for a story page, nothing more.
    private static UInt128 InputsOf(Page page, SiteModel site, Dictionary<EntityView, UInt128> structure) => page switch
    {
        EntityPage e => InOrder([structure[e.Entity], site.CrossListHashes.GetValueOrDefault(e.Entity)]),
        ArticlePage a => site.CrossListHashes.GetValueOrDefault(a.Article),
        _ => default,
    };

    // Whether every report, story and topic the page shows hashes as the one in its place did: those of its own fields
    // that it shows, and what it reads from the site model (Page.SiteDependencies, whatever a page kind lists there).
    private bool Unchanged(Page page) => page switch
    {
        EntityPage e => e.Articles.All(_unchanged.Contains) && e.Entity.Stories.Take(EntityView.StoriesShown).All(_unchanged.Contains),
        ArticlePage a => _unchanged.Contains(a.Article),
        StoryPage s => _unchanged.Contains(s.Story),
        _ => false,
    } && page.SiteDependencies().All(DependencyUnchanged);

    // A dependency: nothing, a report, story or topic that hashes as before, or a list of them.
    private bool DependencyUnchanged(object? dependency) => dependency switch
    {
        null => true,
        ArticleView or StoryView or TopicView => _unchanged.Contains(dependency),
        System.Collections.IEnumerable items and not string => items.Cast<object?>().All(DependencyUnchanged),
        _ => false,
    };

    // Reads the previous publish's state: when its key is this one's, each report, story and topic whose hash is the one
    // in its place before is an unchanged one.
    private void Compare(byte[] bytes, SiteModel site)
    {
        var span = bytes.AsSpan();
        if (span.Length < Header || MemoryMarshal.Read<UInt128>(span) != _key)
        {
            return;
        }

        var counts = MemoryMarshal.Cast<byte, int>(span[16..Header]);
        if (counts[0] != _reports.Length || counts[1] != _stories.Length || counts[2] != _topics.Length || counts[3] != _inputs.Length || counts[4] != _made.Length
            || span.Length != Header + (16L * (counts[0] + counts[1] + counts[2] + counts[3] + counts[4])))
        {
            return;
        }

        var previous = MemoryMarshal.Cast<byte, UInt128>(span[Header..]);
        AddUnchanged(previous[.._reports.Length], _reports, site.Articles);
        AddUnchanged(previous.Slice(_reports.Length, _stories.Length), _stories, site.Stories);
        AddUnchanged(previous.Slice(_reports.Length + _stories.Length, _topics.Length), _topics, site.Topics);
        var inputs = _reports.Length + _stories.Length + _topics.Length;
        _previousInputs = previous.Slice(inputs, _inputs.Length).ToArray();
        _previous = previous[(inputs + _inputs.Length)..].ToArray();
    }

    private void AddUnchanged<T>(ReadOnlySpan<UInt128> before, UInt128[] now, IReadOnlyList<T> values)
        where T : class
    {
        for (var i = 0; i < now.Length; i++)
        {
            if (before[i] == now[i])
            {
                _unchanged.Add(values[i]);
            }
        }
    }

    // One hash of several, in their order.
    private static UInt128 InOrder(UInt128[] hashes) => XxHash128.HashToUInt128(MemoryMarshal.AsBytes(hashes.AsSpan()));

    // Each value's hash as its holders see it, on both cores; remembered by the hasher for the pages hashed after.
    private static UInt128[] HashAll<T>(ModelHasher hasher, IReadOnlyList<T> values)
    {
        var hashes = new UInt128[values.Count];
        Parallel.For(0, values.Count, Parallelism.PerCore, i => hashes[i] = hasher.HashOf(values[i]!));
        return hashes;
    }
}
