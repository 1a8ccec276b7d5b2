using Digest.Dedup;

namespace Digest.Tests.Dedup;

public sealed class WordsTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ...  ")]
    [InlineData("Don't split ‘Deir Ezzor’ or Assad’s words.")]
    [InlineData("A word longer than forty characters: pneumonoultramicroscopicsilicovolcanoconiosis-x, then more.")]
    [InlineData("हिन्दी समाचार and café 2026 — 3.5% up")]
    [InlineData("trailing apostrophe' and 'leading")]
    public void Counting_gives_the_number_of_hashes_without_hashing(string text)
    {
        var hashes = new List<ulong>();
        Words.Hashes(text, hashes);

        Assert.Equal(hashes.Count, Words.Count(text));
    }

    [Fact]
    public void The_canonical_rule_counts_the_words_of_the_body_outside_furniture()
    {
        var body = "First paragraph, with six words.\n\nSecond one: three more.";

        Assert.Equal(9, CanonicalRule.WordCount(body));
    }
}
