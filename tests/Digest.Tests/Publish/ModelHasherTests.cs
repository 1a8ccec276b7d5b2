using Digest.Publish.Output;
using Xunit;

namespace Digest.Tests.Publish;

public sealed class ModelHasherTests
{
    private sealed record Part(string Text, int Number, DateOnly? Date);

    private sealed record Whole(string Name, Part Part, IReadOnlyList<Part> Parts);

    // A record that keeps its hash in itself, as the article and story views do; its items may change (a List). Its name
    // makes it large enough to be remembered (a large list is hashed on its own and stands in its holder as a hash).
    private sealed record Kept(string Name, List<string> Items) : IRemembersHash
    {
        RememberedHash IRemembersHash.RememberedHash { get; set; }
    }

    private static Kept MakeKept(string name = "kept") => new(name + new string('.', 150), [.. Enumerable.Range(0, 40).Select(i => $"item {i}")]);

    // Large enough (> 256 bytes of hashed input) to be hashed on its own and remembered.
    private static Whole Make(string name = "one", string text = "text", int count = 40) => new(
        name,
        new Part(text, 1, new DateOnly(2024, 1, 2)),
        Enumerable.Range(0, count).Select(i => new Part($"part {i}", i, null)).ToList());

    [Fact]
    public void Equal_values_hash_equal_whether_their_objects_are_new_or_remembered()
    {
        var hasher = new ModelHasher();
        var first = Make();
        var page = hasher.Hash(new List<Whole> { first });
        // Remembered now: the same object again, an equal new object, and a fresh hasher all agree.
        Assert.Equal(page, hasher.Hash(new List<Whole> { first }));
        Assert.Equal(page, hasher.Hash(new List<Whole> { Make() }));
        Assert.Equal(page, new ModelHasher().Hash(new List<Whole> { Make() }));
    }

    [Fact]
    public void A_change_anywhere_in_the_graph_changes_the_hash()
    {
        var hasher = new ModelHasher();
        var original = hasher.Hash(Make());
        Assert.NotEqual(original, hasher.Hash(Make(name: "two")));
        Assert.NotEqual(original, hasher.Hash(Make(text: "other")));
        Assert.NotEqual(original, hasher.Hash(Make(count: 41)));
        var changedDeep = Make() with { Parts = [.. Make().Parts.Take(39), new Part("part 39", 99, null)] };
        Assert.NotEqual(original, hasher.Hash(changedDeep));
    }

    [Fact]
    public void Small_objects_and_lists_hash_by_value()
    {
        var hasher = new ModelHasher();
        var small = new Part("a", 1, null);
        Assert.Equal(hasher.Hash(small, new List<string> { "x", "y" }), hasher.Hash(new Part("a", 1, null), new List<string> { "x", "y" }));
        Assert.NotEqual(hasher.Hash(small), hasher.Hash(new Part("a", 2, null)));
        Assert.NotEqual(hasher.Hash(new List<string> { "x", "y" }), hasher.Hash(new List<string> { "y", "x" }));
        Assert.NotEqual(hasher.Hash(DayOfWeek.Monday), hasher.Hash(DayOfWeek.Tuesday));
        Assert.NotEqual(hasher.Hash(DayOfWeek.Monday), hasher.Hash(1));
        Assert.Equal(hasher.Hash(DayOfWeek.Monday, 2L, 'c', true), new ModelHasher().Hash(DayOfWeek.Monday, 2L, 'c', true));
    }

    [Fact]
    public void A_record_of_a_few_hundred_bytes_is_remembered_and_a_smaller_one_or_a_list_is_not()
    {
        var hasher = new ModelHasher();
        hasher.Hash(new List<Part> { new("a", 1, null) });
        Assert.Equal(0, hasher.Remembered);

        // A large list is hashed on its own but not remembered: a page's lists are its own.
        var list = Enumerable.Range(0, 100).Select(i => $"item {i}").ToList();
        var withList = hasher.Hash(new List<object> { list });
        Assert.Equal(0, hasher.Remembered);
        Assert.Equal(withList, hasher.Hash(new List<object> { list.ToList() }));

        // 150 characters are 300 bytes: a story of one report (its id, title, path and report) is about as large.
        var story = new Part(new string('a', 150), 1, null);
        var first = hasher.Hash(new List<Part> { story });
        Assert.Equal(1, hasher.Remembered);
        Assert.Equal(first, hasher.Hash(new List<Part> { story }));
        Assert.Equal(first, new ModelHasher().Hash(new List<Part> { story with { } }));
    }

    [Fact]
    public void A_record_that_keeps_its_hash_hashes_as_one_that_does_not()
    {
        var hasher = new ModelHasher();
        var kept = MakeKept();
        var page = hasher.Hash(new List<Kept> { kept });
        Assert.Equal(1, hasher.Remembered);
        Assert.Equal(page, hasher.Hash(new List<Kept> { kept }));
        Assert.Equal(page, hasher.Hash(new List<Kept> { MakeKept() }));
        Assert.Equal(page, new ModelHasher().Hash(new List<Kept> { MakeKept() }));
        Assert.NotEqual(page, hasher.Hash(new List<Kept> { MakeKept("other") }));
    }

    [Fact]
    public void A_copy_made_with_with_is_hashed_on_its_own_and_leaves_the_originals_hash_alone()
    {
        var hasher = new ModelHasher();
        var original = MakeKept();
        var before = hasher.Hash(new List<Kept> { original });
        var copy = original with { Name = MakeKept("copy").Name };
        var ofCopy = hasher.Hash(new List<Kept> { copy });
        Assert.NotEqual(before, ofCopy);
        Assert.Equal(new ModelHasher().Hash(new List<Kept> { MakeKept("copy") }), ofCopy);
        Assert.Equal(before, hasher.Hash(new List<Kept> { original }));
    }

    [Fact]
    public void Another_hasher_hashes_a_record_afresh_and_the_kept_hash_is_not_part_of_its_value()
    {
        var first = new ModelHasher();
        var kept = MakeKept();
        var before = first.Hash(new List<Kept> { kept });
        // Equal to a record never hashed, in value and in hash code.
        Assert.Equal(1, first.Remembered);
        var same = new Kept(kept.Name, kept.Items);
        Assert.Equal(same, kept);
        Assert.Equal(same.GetHashCode(), kept.GetHashCode());

        // A hasher remembers what it hashed (a site is not changed while its pages are hashed); another one sees the change.
        kept.Items.Add("one more");
        Assert.Equal(before, first.Hash(new List<Kept> { kept }));
        var second = new ModelHasher();
        second.Hash(new List<Kept> { MakeKept("another") });
        Assert.NotEqual(before, second.Hash(new List<Kept> { kept }));
    }
}
