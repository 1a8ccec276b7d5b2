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
/// the settings and the theme (the chrome), its entity's record, link and place for an entity page (<see cref="Structure"/>), the
/// lists of the entity index and related reports (<see cref="SiteModel.CrossListsKey"/>: the same key, the same lists
/// over the same reports and stories in the same order), and the reports, stories and topics it shows (<see cref="Unchanged(Page)"/>).
/// One hash of all but the last, over every such page in the plan's order, is kept with the fingerprints. When it is
/// this publish's, each page is where it was, and one whose reports, stories and topics each hash as the report, story
/// or topic in that place did has the fingerprint it had. (A report, story or topic's hash holds its slug or id, so one
/// that moved to another place compares as changed: never the wrong way.)
/// </para>
/// <para>
/// Reports, stories and topics are hashed anyway, by their own pages, so comparing them costs little. What a page reads
/// from the site model is compared as <see cref="Page.SiteDependencies"/> lists it (anything there but a report, story or
/// topic, or a list of them, and the page is fingerprinted afresh). A page kind that shows more of its own fields must
/// say so in <see cref="Structure(IReadOnlyList{Page})"/> or <see cref="Unchanged(Page)"/>; with <see cref="Verify"/> on (the tests
/// turn it on), every fingerprint carried over is checked against one made afresh.
/// </para>
/// </remarks>
internal sealed class CarriedFingerprints
{
    /// <summary>Where the fingerprints are kept in their store.</summary>
    internal const string StateKey = "carried page fingerprints";
    private const int Header = 16 + 16;
    private readonly CacheStore _store;
    private readonly UInt128 _key;
    private readonly UInt128[] _reports;
    private readonly UInt128[] _stories;
    private readonly UInt128[] _topics;
    private readonly UInt128[] _made;

    // Each page's place among the pages that carry fingerprints over (-1 for the others), by its place in the plan.
    private readonly int[] _ordinals;

    // The previous publish's fingerprints by page, when its key is this one's; empty otherwise.
    private UInt128[] _previous = [];
    // The reports, stories and topics that hash as the one in their place did. A value not among them (changed, or not
    // one of the site's reports, stories and topics) counts as changed.
    private readonly HashSet<object> _unchanged = new(ReferenceEqualityComparer.Instance);
    private int _kept;

    private CarriedFingerprints(CacheStore store, UInt128 key, UInt128[] reports, UInt128[] stories, UInt128[] topics, int[] ordinals, int handled)
    {
        (_store, _key, _reports, _stories, _topics, _ordinals, _made) = (store, key, reports, stories, topics, ordinals, new UInt128[handled]);
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
        var ordinals = new int[pages.Count];
        var handled = 0;
        for (var i = 0; i < pages.Count; i++)
        {
            ordinals[i] = Handles(pages[i]) ? handled++ : -1;
        }

        var key = hasher.Hash(StateKey, chrome, theme, site.CrossListsKey, InOrder(HashAll(hasher, Structure(pages))),
            pages.Count(p => p is EntityPage), pages.Count(p => p is ArticlePage), pages.Count(p => p is StoryPage));
        var carried = new CarriedFingerprints(store, key, HashAll(hasher, site.Articles), HashAll(hasher, site.Stories), HashAll(hasher, site.Topics), ordinals, handled);
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
        if (_previous.Length == 0 || _ordinals[index] < 0 || !Unchanged(page))
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
        var arrays = new[] { _reports, _stories, _topics, _made };
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

    // What the pages' fingerprints read besides the chrome, the cross lists and what Unchanged compares: each entity's
    // record, link and place, once per entity, in the pages' order. An entity page's companions are other entities (their
    // names and links are those entities' records and links; their counts are the cross lists'), and its paths and
    // pagination follow from its link, its count of reports (the cross lists') and the page size (the chrome's). An
    // article or story page is the page of its report or story, in the order of the site's reports and stories (the
    // cross lists'): its path is its report's or story's, and the rest is what it shows. Per entity, not per page: at
    // 100,000 reports a tuple per page cost as much as the pages' own hashing saved.
    private static List<object> Structure(IReadOnlyList<Page> pages)
    {
        var entities = new List<object>();
        EntityView? last = null;
        foreach (var page in pages)
        {
            if (page is EntityPage { Entity: var entity } && !ReferenceEquals(entity, last))
            {
                last = entity;
                entities.Add((entity.Entity, entity.Path, entity.Place));
            }
        }

        return entities;
    }

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
        if (counts[0] != _reports.Length || counts[1] != _stories.Length || counts[2] != _topics.Length || counts[3] != _made.Length
            || span.Length != Header + (16L * (counts[0] + counts[1] + counts[2] + counts[3])))
        {
            return;
        }

        var previous = MemoryMarshal.Cast<byte, UInt128>(span[Header..]);
        AddUnchanged(previous[.._reports.Length], _reports, site.Articles);
        AddUnchanged(previous.Slice(_reports.Length, _stories.Length), _stories, site.Stories);
        AddUnchanged(previous.Slice(_reports.Length + _stories.Length, _topics.Length), _topics, site.Topics);
        _previous = previous[(_reports.Length + _stories.Length + _topics.Length)..].ToArray();
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
