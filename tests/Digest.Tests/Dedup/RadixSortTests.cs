using Digest.Dedup;

namespace Digest.Tests.Dedup;

public sealed class RadixSortTests
{
    // Sizes on both sides of the switch to a comparison sort; keys spread over all bytes, confined to low bytes
    // (passes skipped), or full of repeats; each sorted as the runtime's sort does.
    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 0)]
    [InlineData(63, 0)]
    [InlineData(64, 0)]
    [InlineData(700, 0)]
    [InlineData(700, 0xFF)]
    [InlineData(5000, 0xFFFF)]
    [InlineData(700, 7)]
    public void Sorts_as_array_sort_does(int length, uint mask)
    {
        var random = new Random(length * 31 + (int)mask);
        var keys = new uint[length];
        for (var i = 0; i < length; i++)
        {
            var key = (uint)random.NextInt64(0, 1L << 32);
            keys[i] = mask == 0 ? key : key & mask;
        }

        var expected = (uint[])keys.Clone();
        Array.Sort(expected);
        RadixSort.Sort(keys);
        Assert.Equal(expected, keys);
    }

    [Fact]
    public void A_long_array_after_a_short_one_on_the_same_thread_is_sorted_whole()
    {
        var small = Enumerable.Range(0, 100).Select(i => (uint)(1000 - i)).ToArray();
        RadixSort.Sort(small);
        var large = Enumerable.Range(0, 3000).Select(i => uint.MaxValue - (uint)i * 7919u).ToArray();
        var expected = large.Order().ToArray();
        RadixSort.Sort(large);
        Assert.Equal(expected, large);
    }
}
