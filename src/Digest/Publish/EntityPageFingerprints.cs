using System.Runtime.InteropServices;
using Digest.Cache;
using Digest.Publish.Output;
using Digest.Publish.Pages;

namespace Digest.Publish;

/// <summary>
/// The previous publish's fingerprints of the entity pages, carried over to every page whose inputs are as they were:
/// such a page is neither hashed nor rendered. Entity pages are half of a site's pages (21,686 of 41,844 at 10,000
/// reports) and most of what fingerprinting them all costs: each lists a dozen companions, its reports and its
/// stories, and hashing them is a read of hundreds of thousands of objects scattered over the heap.
/// </summary>
/// <remarks>
/// An entity page's fingerprint is made of the settings and the theme (the chrome), its path and pagination, the entity's
/// record and link, what the entity index lists for it (its reports, stories and companions, with their counts, which
/// the companions' records and links name), and the reports and stories it shows (<see cref="EntityPage.FingerprintContent"/>).
/// All but the last are the same when the entity index's key (<see cref="SiteModel.CrossListsKey"/>: the same lists over
/// the same reports and stories, in the same order), every site entity's record, link and place, every entity page's
/// path and pagination, the chrome and the theme are: one hash of them all is kept with the fingerprints. Then a page
/// whose reports and stories each hash as they did has the fingerprint it had. Reports and stories are hashed anyway (by
/// their own pages), so comparing them costs little. A page that reads more must be added here; with
/// <see cref="Verify"/> on (the tests turn it on), a carried-over fingerprint is checked against one made afresh.
/// </remarks>
internal sealed class EntityPageFingerprints
{
    private const string StateKey = "entity page fingerprints";
    private readonly CacheStore _store;
    private readonly UInt128 _key;
    private readonly UInt128[] _reports;
    private readonly UInt128[] _stories;
    private readonly UInt128[] _made;

    // The previous publish's fingerprints by entity page, when its key is this one's; empty otherwise.
    private UInt128[] _previous = [];
    private readonly HashSet<ArticleView> _changedReports = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<StoryView> _changedStories = new(ReferenceEqualityComparer.Instance);
    private int _kept;

    private EntityPageFingerprints(CacheStore store, UInt128 key, UInt128[] reports, UInt128[] stories, int pages)
    {
        (_store, _key, _reports, _stories, _made) = (store, key, reports, stories, new UInt128[pages]);
    }

    /// <summary>Whether a carried-over fingerprint is checked against one made afresh (a mismatch throws): on in the tests, or with <c>DIGEST_VERIFY_KEPT_FINGERPRINTS=1</c>.</summary>
    public static bool Verify { get; set; } = Environment.GetEnvironmentVariable("DIGEST_VERIFY_KEPT_FINGERPRINTS") == "1";

    /// <summary>Entity pages whose fingerprint was carried over so far.</summary>
    public int Kept => _kept;

    /// <summary>What the previous publish, kept in <paramref name="store"/>, says of the entity pages of <paramref name="site"/>.</summary>
    /// <param name="store">Where the fingerprints are kept between publishes.</param>
    /// <param name="hasher">This publish's hasher (the reports and stories it hashes here are remembered for their own pages).</param>
    /// <param name="site">The site model.</param>
    /// <param name="pages">The site's entity pages, in the plan's order.</param>
    /// <param name="chrome">The hash of the settings, menus and code every fingerprint starts with.</param>
    /// <param name="theme">The theme's version, which every page's fingerprint holds.</param>
    public static EntityPageFingerprints Open(CacheStore store, ModelHasher hasher, SiteModel site, IReadOnlyList<EntityPage> pages, UInt128 chrome, string theme)
    {
        var reports = HashAll(hasher, site.Articles);
        var stories = HashAll(hasher, site.Stories);
        var entities = new List<object>();
        EntityView? last = null;
        foreach (var page in pages)
        {
            if (!ReferenceEquals(page.Entity, last))
            {
                last = page.Entity;
                entities.Add((last.Entity, last.Path, last.Place));
            }
        }

        // Each entity and page on its own, on both cores, then all of them in order (one core took 40 ms at 10,000 reports).
        var key = hasher.Hash(StateKey, chrome, theme, site.CrossListsKey,
            InOrder(HashAll(hasher, entities)), InOrder(HashAll(hasher, [.. pages.Select(p => (object)(p.Path, p.Pagination))])));
        var fingerprints = new EntityPageFingerprints(store, key, reports, stories, pages.Count);
        if (site.CrossListsKey is not null && store.TryGet(StateKey, out var bytes))
        {
            fingerprints.Compare(bytes, site);
        }

        return fingerprints;
    }

    /// <summary>The previous publish's fingerprint of entity page <paramref name="ordinal"/> (its place among the entity pages), when nothing it is made of changed.</summary>
    public bool TryKept(int ordinal, EntityPage page, out UInt128 fingerprint)
    {
        fingerprint = default;
        // A page that reads the site model beyond its own fields (Page.SiteDependencies) is made of more than the key holds.
        if (_previous.Length == 0 || page.SiteDependencies().Count > 0 || page.Articles.Any(_changedReports.Contains)
            || page.Entity.Stories.Take(EntityView.StoriesShown).Any(_changedStories.Contains))
        {
            return false;
        }

        fingerprint = _previous[ordinal];
        Interlocked.Increment(ref _kept);
        return true;
    }

    /// <summary>Records the fingerprint entity page <paramref name="ordinal"/> has in this publish.</summary>
    public void Record(int ordinal, UInt128 fingerprint) => _made[ordinal] = fingerprint;

    /// <summary>Keeps this publish's fingerprints for the next one (call once every entity page has one).</summary>
    public void Save()
    {
        var bytes = new byte[16 + 12 + (16 * (_reports.Length + _stories.Length + _made.Length))];
        var span = bytes.AsSpan();
        MemoryMarshal.Write(span, in _key);
        BitConverter.TryWriteBytes(span[16..], _reports.Length);
        BitConverter.TryWriteBytes(span[20..], _stories.Length);
        BitConverter.TryWriteBytes(span[24..], _made.Length);
        var at = 28;
        foreach (var array in new[] { _reports, _stories, _made })
        {
            MemoryMarshal.AsBytes(array.AsSpan()).CopyTo(span[at..]);
            at += 16 * array.Length;
        }

        _store.Set(StateKey, bytes);
    }

    // Reads the previous publish's state: when its key is this one's, the reports and stories in the same places are the
    // same ones (the key holds the entity index's), and those whose hash moved are the changed ones.
    private void Compare(byte[] bytes, SiteModel site)
    {
        var span = bytes.AsSpan();
        if (span.Length < 28 || MemoryMarshal.Read<UInt128>(span) != _key)
        {
            return;
        }

        var (reports, stories, pages) = (BitConverter.ToInt32(span[16..]), BitConverter.ToInt32(span[20..]), BitConverter.ToInt32(span[24..]));
        if (reports != _reports.Length || stories != _stories.Length || pages != _made.Length || span.Length != 28 + (16L * (reports + stories + pages)))
        {
            return;
        }

        var previous = MemoryMarshal.Cast<byte, UInt128>(span[28..]);
        for (var i = 0; i < reports; i++)
        {
            if (previous[i] != _reports[i])
            {
                _changedReports.Add(site.Articles[i]);
            }
        }

        for (var i = 0; i < stories; i++)
        {
            if (previous[reports + i] != _stories[i])
            {
                _changedStories.Add(site.Stories[i]);
            }
        }

        // Assigned last: a state cut short above carries nothing over.
        _previous = previous[(reports + stories)..].ToArray();
    }

    // One hash of several, in their order.
    private static UInt128 InOrder(UInt128[] hashes) => System.IO.Hashing.XxHash128.HashToUInt128(MemoryMarshal.AsBytes(hashes.AsSpan()));

    // Each value's hash as its holders see it, on both cores; remembered by the hasher for the pages hashed after.
    private static UInt128[] HashAll<T>(ModelHasher hasher, IReadOnlyList<T> values)
    {
        var hashes = new UInt128[values.Count];
        Parallel.For(0, values.Count, Parallelism.PerCore, i => hashes[i] = hasher.HashOf(values[i]!));
        return hashes;
    }
}
