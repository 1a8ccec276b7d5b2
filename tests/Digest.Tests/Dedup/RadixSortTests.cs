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

public sealed class RadixSortWideTests
{
    // 64-bit keys: eight passes, the high bytes skipped when every key shares them.
    [Theory]
    [InlineData(63, ulong.MaxValue)]
    [InlineData(700, ulong.MaxValue)]
    [InlineData(700, 0xFFFF_FFFFUL)]
    [InlineData(5000, 0xFF00_0000_0000_00FFUL)]
    public void Sorts_wide_keys_as_array_sort_does(int length, ulong mask)
    {
        var random = new Random(length);
        var keys = new ulong[length];
        for (var i = 0; i < length; i++)
        {
            keys[i] = (ulong)random.NextInt64() * 3 & mask;
        }

        var expected = (ulong[])keys.Clone();
        Array.Sort(expected);
        RadixSort.Sort(keys);
        Assert.Equal(expected, keys);
    }

    // Weights as the clustering has them: zero, tiny, repeated and large, in doubles and floats.
    [Theory]
    [InlineData(10)]
    [InlineData(800)]
    public void Sorts_non_negative_numbers_by_value(int length)
    {
        var random = new Random(length);
        var doubles = new double[length];
        for (var i = 0; i < length; i++)
        {
            doubles[i] = (i % 7) switch
            {
                0 => 0,
                1 => double.Epsilon * i,
                2 => 3.25,
                _ => random.NextDouble() * Math.Pow(10, random.Next(-8, 8)),
            };
        }

        var floats = Array.ConvertAll(doubles, d => (float)d);
        var expectedDoubles = (double[])doubles.Clone();
        var expectedFloats = (float[])floats.Clone();
        Array.Sort(expectedDoubles);
        Array.Sort(expectedFloats);
        RadixSort.SortNonNegative<double>(doubles);
        RadixSort.SortNonNegative<float>(floats);
        Assert.Equal(expectedDoubles, doubles);
        Assert.Equal(expectedFloats, floats);
    }
}
