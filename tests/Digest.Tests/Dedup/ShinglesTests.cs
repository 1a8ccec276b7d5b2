using Digest.Dedup;

namespace Digest.Tests.Dedup;

public sealed class ShinglesTests
{
    private static ulong[] Hashes(string text)
    {
        var words = new List<ulong>();
        Words.Hashes(text, words);
        return [.. words];
    }

    [Fact]
    public void A_text_of_n_words_has_n_minus_k_plus_one_shingles_sorted()
    {
        var shingles = Shingles.Of(Hashes("one two three four five six seven"), 5);
        Assert.Equal(3, shingles.Length);
        Assert.Equal(shingles.Order(), shingles);
    }

    [Fact]
    public void A_text_shorter_than_a_shingle_is_one_shingle_and_empty_text_none()
    {
        Assert.Single(Shingles.Of(Hashes("too short"), 5));
        Assert.Empty(Shingles.Of(Hashes(""), 5));
    }

    [Fact]
    public void Case_quotes_and_whitespace_do_not_change_shingles()
    {
        var a = Shingles.Of(Hashes("The US wants a meeting on ‘the future of Deir Ezzor’,   said RIA."), 3);
        var b = Shingles.Of(Hashes("the us wants a meeting on 'the future of deir ezzor', said ria"), 3);
        Assert.Equal(a, b);
    }

    [Fact]
    public void Jaccard_and_containment_of_sorted_sets()
    {
        uint[] a = [1, 2, 3, 4];
        uint[] b = [3, 4, 5, 6];
        Assert.Equal(2.0 / 6, Shingles.Jaccard(a, b), 6);
        Assert.Equal(0.5, Shingles.Containment(a, b), 6);
        Assert.Equal(1.0, Shingles.Containment([3, 4], a), 6);
        Assert.Equal(0, Shingles.Jaccard([], []));
    }
}
