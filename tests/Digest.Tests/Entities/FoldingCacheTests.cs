using Digest.Cache;
using Digest.Entities;

namespace Digest.Tests.Entities;

/// <summary>How an article's mentions fold is kept in the build cache; read back, it must be the folding itself.</summary>
public sealed class FoldingCacheTests : IDisposable
{
    private static readonly string[] Texts =
    [
        "Syrian Democratic Forces Advance\n\nThe Syrian Democratic Forces (SDF) said on Monday that SDF fighters had reached the river. Ryan Dillon, a coalition spokesman, said Dillon expected more fighting near Deir Ezzor and Deir ez-Zor province.",
        "Harbour Council Approves Ferry\n\nMayor Ana Velasquez of Lisbon said the line would open in spring. Velasquez thanked the European Union and the EU's regional fund; Lisbon residents welcomed it.",
        "No Names Here\n\nnothing in this text is capitalised except the headline.",
    ];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "digest-folding-" + Guid.NewGuid().ToString("N")[..8]);

    [Fact]
    public void Folding_read_back_from_the_cache_equals_folding_afresh()
    {
        var catalog = EntityCatalog.Shipped;
        var first = CacheStore.Open(_folder, "recognition", "v1");
        var fresh = Texts.Select(t => Describe(EntityResolver.Local(t, catalog))).ToList();
        var filled = Texts.Select(t => Describe(EntityResolver.Local(t, catalog, first))).ToList();
        first.Save();

        var reopened = CacheStore.Open(_folder, "recognition", "v1");
        var cached = Texts.Select(t => Describe(EntityResolver.Local(t, catalog, reopened))).ToList();

        Assert.Equal(fresh, filled);
        Assert.Equal(fresh, cached);
        Assert.Contains(fresh[0], e => e.StartsWith("Syrian Democratic Forces|", StringComparison.Ordinal) && e.Contains("SDF", StringComparison.Ordinal));
    }

    [Fact]
    public void A_damaged_folding_entry_is_folded_again()
    {
        var catalog = EntityCatalog.Shipped;
        var store = CacheStore.Open(_folder, "recognition", "v1");
        var fresh = Describe(EntityResolver.Local(Texts[0], catalog, store));
        var key = CacheStore.Key(catalog.KnownVersion, Texts[0]);
        store.Set("folded " + key, Digest.Cache.BinaryCoding.Write(w => { w.Write(1); w.Write(""); w.Write(1); w.Write(999); }));
        Assert.Equal(fresh, Describe(EntityResolver.Local(Texts[0], catalog, store)));

        store.Set("folded " + key, Digest.Cache.BinaryCoding.Write(w => { w.Write(3); w.Write(""); }));
        Assert.Equal(fresh, Describe(EntityResolver.Local(Texts[0], catalog, store)));
    }

    // Everything a local entity carries that later steps read.
    private static List<string> Describe(List<Digest.Entities.Normalisation.LocalEntity> entities) =>
        entities.Select(e => $"{e.Name}|{e.Type}|{e.Known?.Name}|{e.First}|{string.Join(';', e.Mentions.Select(m => $"{m.Text}@{m.Start}-{m.End}:{m.Type}:{m.InHeadline}"))}").ToList();

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
