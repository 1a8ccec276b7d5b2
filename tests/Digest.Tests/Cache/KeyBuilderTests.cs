using Digest.Cache;

namespace Digest.Tests.Cache;

public sealed class KeyBuilderTests
{
    [Fact]
    public void Parts_added_one_by_one_give_the_key_of_the_list_of_them()
    {
        var key = new KeyBuilder().Add("cross lists").Add(3).Add(["Raqqa", "", "Syria"]).Add("2017-09-01".AsSpan()).Add(-12).Key();

        Assert.Equal(CacheStore.Key("cross lists", "3", "Raqqa", "", "Syria", "2017-09-01", "-12"), key);
    }

    [Fact]
    public void Where_one_part_ends_and_the_next_begins_is_part_of_the_key()
    {
        Assert.NotEqual(new KeyBuilder().Add("ab").Add("c").Key(), new KeyBuilder().Add("a").Add("bc").Key());
        Assert.NotEqual(new KeyBuilder().Add(12).Add(3).Key(), new KeyBuilder().Add(1).Add(23).Key());
        Assert.NotEqual(new KeyBuilder().Add("a").Key(), new KeyBuilder().Add("a").Add("").Key());
    }

    [Fact]
    public void A_key_made_after_others_on_the_same_thread_is_the_key_of_its_own_parts_alone()
    {
        var fresh = new KeyBuilder().Add("seed").Add("bytes").Key();

        _ = CacheStore.Key("an earlier key", "of other parts");
        _ = CacheStore.Key(new string('x', 5000));

        Assert.Equal(fresh, CacheStore.Key("seed", "bytes"));
    }
}
