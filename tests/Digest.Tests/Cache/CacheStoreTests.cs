using Digest.Cache;

namespace Digest.Tests.Cache;

public sealed class CacheStoreTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "digest-cache-" + Guid.NewGuid().ToString("N")[..10]);

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void A_saved_value_is_found_by_the_next_build_of_the_same_version_only()
    {
        var first = CacheStore.Open(_folder, "results", "v1");
        first.Set("k", [1, 2, 3]);
        first.Save();

        Assert.True(CacheStore.Open(_folder, "results", "v1").TryGet("k", out var value));
        Assert.Equal([1, 2, 3], value);
        Assert.False(CacheStore.Open(_folder, "results", "v2").TryGet("k", out _));
    }

    [Fact]
    public void Saving_keeps_only_what_this_build_used_or_added()
    {
        var first = CacheStore.Open(_folder, "results", "v1");
        first.Set("old", [1]);
        first.Set("kept", [2]);
        first.Save();

        var second = CacheStore.Open(_folder, "results", "v1");
        Assert.Equal(7, second.GetOrAdd("kept", () => 99, _ => [9], b => b[0] + 5));
        Assert.Equal(99, second.GetOrAdd("new", () => 99, v => [(byte)v], b => b[0]));
        second.Save();

        var third = CacheStore.Open(_folder, "results", "v1");
        Assert.False(third.TryGet("old", out _));
        Assert.True(third.TryGet("kept", out _));
        Assert.True(third.TryGet("new", out _));
    }

    [Fact]
    public void A_damaged_cache_file_is_an_empty_cache()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllBytes(Path.Combine(_folder, "results.cache"), [0x0e, (byte)'d', (byte)'i', 0xff, 0xff]);

        var store = CacheStore.Open(_folder, "results", "v1");

        Assert.False(store.TryGet("k", out _));
    }

    [Fact]
    public void Keys_depend_on_every_part_and_on_where_parts_split()
    {
        Assert.Equal(CacheStore.Key("a", "b"), CacheStore.Key("a", "b"));
        Assert.NotEqual(CacheStore.Key("a", "b"), CacheStore.Key("a", "c"));
        Assert.NotEqual(CacheStore.Key("ab", ""), CacheStore.Key("a", "b"));
    }

    [Fact]
    public void A_disabled_cache_writes_nothing()
    {
        var store = CacheStore.Open(null, "results", "v1");
        store.Set("k", [1]);
        store.Save();

        Assert.False(Directory.Exists(_folder));
    }
}
