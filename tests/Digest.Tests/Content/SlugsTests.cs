using Digest.Content;

namespace Digest.Tests.Content;

public sealed class SlugsTests
{
    [Theory]
    [InlineData("US-led coalition signals it will yield major Syrian city to Russian and Assad forces", "us-led-coalition-signals-it-will-yield-major-syrian-city")]
    [InlineData("USA ASKS RUSSIA FOR MEETING TO DISCUSS ‘FUTURE OF DEIR EZZOR’ – RUSSIAN MEDIA", "usa-asks-russia-for-meeting-to-discuss-future-of-deir-ezzor")]
    [InlineData("Café in Zürich", "cafe-in-zurich")]
    [InlineData("  --  ", "")]
    [InlineData("Правда України", "")]
    public void Slugs_are_lowercase_ascii_words_cut_at_a_word_boundary(string title, string expected)
    {
        var slug = Slugs.From(title);

        Assert.Equal(expected, slug);
        Assert.True(slug.Length <= Slugs.MaxLength);
        Assert.True(slug.Length == 0 || Slugs.IsValid(slug));
    }
}
