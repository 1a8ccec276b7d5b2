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

    [Theory]
    [InlineData(CacheStore.KeptUnusedSaves - 1, true)]
    [InlineData(CacheStore.KeptUnusedSaves, false)]
    public void An_entry_unused_for_as_many_saves_as_allowed_is_dropped(int savesWithoutIt, bool kept)
    {
        var first = CacheStore.Open(_folder, "results", "v1");
        first.Set("old", [1]);
        first.Set("used", [2]);
        first.Save();

        // Each later save uses "used" and adds something; "old" is not asked for.
        for (var save = 1; save <= savesWithoutIt; save++)
        {
            var store = CacheStore.Open(_folder, "results", "v1");
            Assert.Equal(7, store.GetOrAdd("used", () => 99, _ => [9], b => b[0] + 5));
            Assert.Equal(99, store.GetOrAdd($"new{save}", () => 99, v => [(byte)v], b => b[0]));
            store.Save();
        }

        var last = CacheStore.Open(_folder, "results", "v1");
        Assert.Equal(kept, last.TryGet("old", out _));
        Assert.True(last.TryGet("used", out _));
        Assert.True(last.TryGet("new1", out _));
    }

    [Fact]
    public void Two_stages_sharing_a_store_keep_each_others_entries()
    {
        // Build after build, "ingest" uses one entry and "publish" another, each saving the shared store.
        for (var build = 0; build < 3 * CacheStore.KeptUnusedSaves; build++)
        {
            var ingest = CacheStore.Open(_folder, "shared", "v1");
            Assert.Equal(build > 0, ingest.TryGet("seed text", out _));
            ingest.GetOrAdd("seed text", () => 1, v => [(byte)v], b => b[0]);
            ingest.Save();

            var publish = CacheStore.Open(_folder, "shared", "v1");
            Assert.Equal(build > 0, publish.TryGet("article text", out _));
            publish.GetOrAdd("article text", () => 2, v => [(byte)v], b => b[0]);
            publish.Save();
        }
    }

    [Fact]
    public void Entries_one_stage_uses_whole_outlive_the_saves_of_a_stage_that_never_asks_for_them()
    {
        // A site whose texts do not change: "ingest" finds every recognition it asks for and adds none; "publish"
        // has what it needs elsewhere (its surfaces), asks for none of them and saves the shared store.
        for (var build = 0; build < 3 * CacheStore.KeptUnusedSaves; build++)
        {
            var ingest = CacheStore.Open(_folder, "shared", "v1");
            foreach (var text in new[] { "first text", "second text" })
            {
                Assert.True(build == 0 || ingest.TryGet(text, out _), $"build {build}: {text} was dropped");
                ingest.GetOrAdd(text, () => 1, v => [(byte)v], b => b[0]);
            }

            ingest.Save();

            CacheStore.Open(_folder, "shared", "v1").Save();
        }
    }

    // A "results" store saved with each key's value its place (1, 2, …).
    private void SaveResults(params string[] keys)
    {
        var store = CacheStore.Open(_folder, "results", "v1");
        for (var i = 0; i < keys.Length; i++)
        {
            store.Set(keys[i], [(byte)(i + 1)]);
        }

        store.Save();
    }

    [Fact]
    public void A_store_whose_entries_were_all_used_in_its_last_save_is_not_written_again_when_all_are_used()
    {
        SaveResults("a", "b");
        var path = Path.Combine(_folder, "results.cache");
        var saved = File.ReadAllBytes(path);

        var second = CacheStore.Open(_folder, "results", "v1");
        Assert.True(second.TryGet("a", out _) && second.TryGet("b", out _));
        second.Save();
        Assert.Equal(saved, File.ReadAllBytes(path));

        // Used only in part: written again (a new generation), both still there.
        var third = CacheStore.Open(_folder, "results", "v1");
        Assert.True(third.TryGet("a", out _));
        third.Save();
        Assert.NotEqual(saved, File.ReadAllBytes(path));
        Assert.True(CacheStore.Open(_folder, "results", "v1").TryGet("b", out _));
    }

    [Fact]
    public void A_touched_entry_is_kept_as_a_used_one_is()
    {
        SaveResults("touched", "forgotten");

        for (var save = 0; save < CacheStore.KeptUnusedSaves; save++)
        {
            var store = CacheStore.Open(_folder, "results", "v1");
            Assert.True(store.Touch("touched"));
            Assert.False(store.Touch("never stored"));
            store.Save();
        }

        var last = CacheStore.Open(_folder, "results", "v1");
        Assert.True(last.TryGet("touched", out var value));
        Assert.Equal([1], value);
        Assert.False(last.TryGet("forgotten", out _));
    }

    [Fact]
    public void A_value_is_found_in_the_build_that_stored_it_and_in_the_next()
    {
        using var first = CacheStore.Open(_folder, "results", "v1");
        first.Set("a", [1, 2, 3]);
        first.Set("b", [4]);
        Assert.True(first.TryGet("a", out var sameBuild));
        Assert.Equal([1, 2, 3], sameBuild);
        first.Save();

        using var second = CacheStore.Open(_folder, "results", "v1");
        Assert.True(second.TryGet("b", out var nextBuild));
        Assert.Equal([4], nextBuild);
        second.Set("c", [5, 6]);
        second.Save();

        // The third build finds the kept old values (copied into the new file) and the new one.
        using var third = CacheStore.Open(_folder, "results", "v1");
        Assert.Equal([[1, 2, 3], [4], [5, 6]], ((string[])["a", "b", "c"]).Select(key => third.TryGet(key, out var value) ? value : null));
    }

    [Fact]
    public void Values_read_and_hashed_straight_from_the_store_are_those_stored_in_this_build_and_the_last()
    {
        // Values of several sizes (one larger than the buffer a thread keeps for reading) decoded one after another on one
        // thread: each reads its own bytes, not what a longer one left in the buffer.
        static byte[] ValueOf(int i) => BinaryCoding.Write(writer => writer.Write(new string((char)('a' + i), i == 3 ? 2_000_000 : 10 * (5 - i))));
        static string Read(BinaryReader reader) => reader.ReadString();
        using (var first = CacheStore.Open(_folder, "results", "v1"))
        {
            for (var i = 0; i < 5; i++)
            {
                first.Set($"k{i}", ValueOf(i));
            }

            Assert.True(first.TryRead("k1", Read, out var sameBuild));
            Assert.Equal(new string('b', 40), sameBuild);
            first.Save();
        }

        using var next = CacheStore.Open(_folder, "results", "v1");
        next.Set("new", ValueOf(4));
        foreach (var i in new[] { 3, 0, 4, 1 })
        {
            Assert.True(next.TryRead($"k{i}", Read, out var value));
            Assert.Equal(BinaryCoding.Read(ValueOf(i), Read), value);
            Assert.True(next.TryHash($"k{i}", out var hash));
            Assert.Equal(System.IO.Hashing.XxHash128.HashToUInt128(ValueOf(i)), hash);
        }

        Assert.True(next.TryRead("new", Read, out var stored) && stored == new string('e', 10));
        Assert.False(next.TryRead("missing", Read, out _));
        Assert.False(next.TryHash("missing", out _));
    }

    [Fact]
    public void Many_values_from_both_cores_some_larger_than_the_write_buffer_read_back_whole_before_and_after_saving()
    {
        // Values are written to the file a megabyte at a time: these cross buffer ends, fill it exactly and
        // exceed it, and are read back while gathered, once written, and from the saved file.
        static byte[] ValueOf(int i) => Enumerable.Range(0, i % 50 == 0 ? (1 << 20) + (i * 7) : (i * 997) % 20_000).Select(b => (byte)(b * 31 + i)).ToArray();
        var keys = Enumerable.Range(0, 400).ToList();
        using (var store = CacheStore.Open(_folder, "results", "v1"))
        {
            Parallel.ForEach(keys, i =>
            {
                store.Set($"k{i}", ValueOf(i));
                Assert.True(store.TryGet($"k{i}", out var justStored));
                Assert.Equal(ValueOf(i), justStored);
            });
            Assert.All(keys, i => Assert.True(store.TryGet($"k{i}", out var value) && value.AsSpan().SequenceEqual(ValueOf(i))));
            store.Save();
        }

        using var next = CacheStore.Open(_folder, "results", "v1");
        Assert.All(keys, i => Assert.True(next.TryGet($"k{i}", out var value) && value.AsSpan().SequenceEqual(ValueOf(i))));
    }

    [Fact]
    public void A_build_that_stops_before_saving_leaves_the_cache_as_it_was()
    {
        using (var first = CacheStore.Open(_folder, "results", "v1"))
        {
            first.Set("k", [1]);
            first.Save();
        }

        var saved = File.ReadAllBytes(Path.Combine(_folder, "results.cache"));
        using (var stopped = CacheStore.Open(_folder, "results", "v1"))
        {
            stopped.Set("other", [2]);
        }

        Assert.Equal(saved, File.ReadAllBytes(Path.Combine(_folder, "results.cache")));
        Assert.Equal(["results.cache"], Directory.GetFiles(_folder).Select(Path.GetFileName));
    }

    [Fact]
    public void The_half_written_file_of_a_build_that_was_killed_is_removed_by_the_next()
    {
        Directory.CreateDirectory(_folder);
        var abandoned = Path.Combine(_folder, $"results.cache.{int.MaxValue}.tmp");
        File.WriteAllBytes(abandoned, [1, 2, 3]);

        using var store = CacheStore.Open(_folder, "results", "v1");

        Assert.False(File.Exists(abandoned));
    }

    [Fact]
    public void A_cache_file_cut_short_is_an_empty_cache()
    {
        using (var first = CacheStore.Open(_folder, "results", "v1"))
        {
            first.Set("k", new byte[1000]);
            first.Save();
        }

        var path = Path.Combine(_folder, "results.cache");
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);

        using var store = CacheStore.Open(_folder, "results", "v1");
        Assert.False(store.TryGet("k", out _));
    }

    [Fact]
    public void A_damaged_cache_file_is_an_empty_cache()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllBytes(Path.Combine(_folder, "results.cache"), [0x0e, (byte)'d', (byte)'i', 0xff, 0xff]);

        var store = CacheStore.Open(_folder, "results", "v1");

        Assert.False(store.TryGet("k", out _));
    }

    // A store of 100 values (of 1 KB each by default), saved, and its file's bytes.
    private (string Path, byte[] Bytes) SavedHundred(int valueSize = 1024)
    {
        var store = CacheStore.Open(_folder, "results", "v1");
        for (var i = 0; i < 100; i++)
        {
            store.Set($"k{i}", Enumerable.Repeat((byte)i, valueSize).ToArray());
        }

        store.Save();
        var path = Path.Combine(_folder, "results.cache");
        return (path, File.ReadAllBytes(path));
    }

    private static void UseAllAndAdd(string folder, string key)
    {
        var store = CacheStore.Open(folder, "results", "v1");
        for (var i = 0; i < 100; i++)
        {
            Assert.True(store.TryGet($"k{i}", out var value));
            Assert.Equal(Enumerable.Repeat((byte)i, 1024), value);
        }

        store.Set(key, [7, 7, 7]);
        store.Save();
    }

    [Fact]
    public void A_small_change_is_appended_to_the_file_whose_values_stay_where_they_are()
    {
        var (path, before) = SavedHundred();

        UseAllAndAdd(_folder, "added");

        var after = File.ReadAllBytes(path);
        Assert.True(after.Length > before.Length && after.Length < before.Length + 10_000, $"{before.Length} -> {after.Length} bytes");
        Assert.True(after.AsSpan(200, before.Length - 200).SequenceEqual(before.AsSpan(200)), "the old values were rewritten");
        var again = CacheStore.Open(_folder, "results", "v1");
        Assert.True(again.TryGet("added", out var added));
        Assert.Equal([7, 7, 7], added);
        Assert.True(again.TryGet("k99", out _));
        Assert.False(File.Exists(path + ".lock"));
    }

    [Theory]
    [InlineData("k5a", "a")]
    [InlineData("k99z", "zz")]
    [InlineData("k0", "k5")]
    public void Entries_appended_among_the_kept_ones_leave_the_index_in_key_order(string first, string second)
    {
        var (path, _) = SavedHundred();

        var store = CacheStore.Open(_folder, "results", "v1");
        Assert.True(store.TryGet("k42", out _));
        store.Set(first, [1]);
        store.Set(second, [2]);
        store.Save();

        var file = CacheFile.Read(path, "v1");
        file.Handle?.Dispose();
        var keys = file.Entries.Select(e => e.Key).ToList();
        Assert.Equal(keys.Order(), keys);
        Assert.Equal(keys.Distinct().Count(), keys.Count);
        var again = CacheStore.Open(_folder, "results", "v1");
        Assert.True(again.TryGet(first, out var one));
        Assert.Equal([1], one);
        Assert.True(again.TryGet(second, out var two));
        Assert.Equal([2], two);
        Assert.True(again.TryGet("k42", out _));
        Assert.True(again.TryGet("k7", out _));
    }

    [Fact]
    public void A_file_that_would_hold_more_unused_bytes_than_used_ones_is_rewritten_without_them()
    {
        var (path, before) = SavedHundred(valueSize: 64 * 1024); // 6.4 MB: more than a save may leave unused anyway

        // Only one value used from now on: the others are dropped after KeptUnusedSaves saves, and the file shrinks.
        for (var save = 0; save <= CacheStore.KeptUnusedSaves; save++)
        {
            var store = CacheStore.Open(_folder, "results", "v1");
            Assert.True(store.TryGet("k0", out _));
            store.Set($"new{save}", [1]);
            store.Save();
        }

        Assert.True(new FileInfo(path).Length < before.Length / 10, $"{new FileInfo(path).Length} bytes");
        var last = CacheStore.Open(_folder, "results", "v1");
        Assert.True(last.TryGet("k0", out _));
        Assert.False(last.TryGet("k1", out _));
    }

    [Fact]
    public void A_file_another_running_build_appends_to_is_rewritten_and_an_abandoned_lock_is_removed()
    {
        var (path, before) = SavedHundred();
        File.WriteAllText(path + ".lock", "1"); // init: always running

        UseAllAndAdd(_folder, "while-locked");

        Assert.False(File.ReadAllBytes(path).AsSpan(200, before.Length - 200).SequenceEqual(before.AsSpan(200)));
        Assert.True(File.Exists(path + ".lock"));
        var rewritten = File.ReadAllBytes(path);

        File.WriteAllText(path + ".lock", int.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\n"); // no such process (as `echo` writes it)
        UseAllAndAdd(_folder, "after-abandoned");

        Assert.True(File.ReadAllBytes(path).AsSpan(200, rewritten.Length - 200).SequenceEqual(rewritten.AsSpan(200)));
        Assert.False(File.Exists(path + ".lock"));
        var last = CacheStore.Open(_folder, "results", "v1");
        Assert.True(last.TryGet("while-locked", out _) && last.TryGet("after-abandoned", out _));
    }

    [Fact]
    public void A_file_another_build_changed_after_this_one_read_it_is_rewritten_not_appended_to()
    {
        SavedHundred();
        var first = CacheStore.Open(_folder, "results", "v1");
        var second = CacheStore.Open(_folder, "results", "v1");
        for (var i = 0; i < 100; i++)
        {
            Assert.True(first.TryGet($"k{i}", out _) && second.TryGet($"k{i}", out _));
        }

        second.Set("second", [2]);
        second.Save();
        first.Set("first", [1]);
        first.Save();

        var last = CacheStore.Open(_folder, "results", "v1");
        Assert.True(last.TryGet("first", out var value));
        Assert.Equal([1], value);
        for (var i = 0; i < 100; i++)
        {
            Assert.True(last.TryGet($"k{i}", out var kept));
            Assert.Equal(Enumerable.Repeat((byte)i, 1024), kept);
        }
    }

    [Fact]
    public void A_lock_left_without_an_id_by_a_process_that_died_making_it_is_removed_after_a_minute()
    {
        var (path, before) = SavedHundred();
        File.WriteAllText(path + ".lock", "");
        File.SetLastWriteTimeUtc(path + ".lock", DateTime.UtcNow.AddMinutes(-2));

        UseAllAndAdd(_folder, "added");

        Assert.True(File.ReadAllBytes(path).AsSpan(200, before.Length - 200).SequenceEqual(before.AsSpan(200)), "not appended");
        Assert.False(File.Exists(path + ".lock"));
    }

    [Fact]
    public void An_append_stopped_before_the_header_points_at_its_index_leaves_the_file_as_it_was()
    {
        var (path, _) = SavedHundred();

        // What a save killed half way through its append leaves: bytes after the file's end, the header unchanged.
        using (var file = new FileStream(path, FileMode.Append))
        {
            file.Write(Enumerable.Repeat((byte)0xAB, 5000).ToArray());
        }

        var store = CacheStore.Open(_folder, "results", "v1");
        Assert.True(store.TryGet("k42", out var value));
        Assert.Equal(Enumerable.Repeat((byte)42, 1024), value);
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
