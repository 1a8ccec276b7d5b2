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

    [Theory]
    [InlineData("C++", "c-plus-plus")]
    [InlineData("C#", "c-sharp")]
    [InlineData("F# in finance", "f-sharp-in-finance")]
    [InlineData("AT&T buys Time Warner", "at-and-t-buys-time-warner")]
    [InlineData("Profits up 5% on the year", "profits-up-5-percent-on-the-year")]
    [InlineData("Rates rise by 0.5 %", "rates-rise-by-0-5-percent")]
    [InlineData("Disney+ launches", "disney-plus-launches")]
    [InlineData("#MeToo one year on", "metoo-one-year-on")]
    [InlineData("Issue #5 of 100%", "issue-5-of-100-percent")]
    [InlineData("Win 100%!", "win-100-percent")]
    [InlineData("The % sign", "the-sign")]
    public void Symbols_that_stand_for_a_word_are_spelt_out_so_that_names_apart_stay_apart(string name, string expected)
    {
        Assert.Equal(expected, Slugs.From(name));
    }

    [Fact]
    public void Names_that_differ_by_a_symbol_get_different_slugs()
    {
        string[] names = ["C", "C++", "C#", "R&D", "R D"];

        Assert.Equal(names.Length, names.Select(n => Slugs.From(n)).Distinct().Count());
    }
}
