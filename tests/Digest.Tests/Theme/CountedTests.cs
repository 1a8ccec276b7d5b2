using Digest.Theme;

namespace Digest.Tests.Theme;

public sealed class CountedTests
{
    [Theory]
    [InlineData(0, "0 stories")]
    [InlineData(1, "1 story")]
    [InlineData(2, "2 stories")]
    [InlineData(12345, "12345 stories")]
    public void A_count_takes_the_singular_only_when_it_is_one(int count, string expected) =>
        Assert.Equal(expected, Counted.Of(count, "story", "stories"));
}
