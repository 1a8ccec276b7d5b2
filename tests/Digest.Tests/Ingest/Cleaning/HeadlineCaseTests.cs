using Digest.Ingest.Cleaning;

namespace Digest.Tests.Ingest.Cleaning;

public sealed class HeadlineCaseTests
{
    [Fact]
    public void All_caps_headline_gets_title_case_keeping_acronyms()
    {
        var body = HeadlineCase.AcronymsIn(["The NHS said the BMA had agreed.", "Officials in Leeds said so."]);
        Assert.Equal("NHS Asks Leeds for Talks on ‘Future of the BMA’ – UK Media", HeadlineCase.Normalise("NHS ASKS LEEDS FOR TALKS ON ‘FUTURE OF THE BMA’ – UK MEDIA", body));
    }

    [Fact]
    public void Words_without_vowels_stay_capitals_and_mixed_case_headlines_are_left_alone()
    {
        Assert.Equal("BBC and PWC Report Profits", HeadlineCase.Normalise("BBC AND PWC REPORT PROFITS", new HashSet<string>()));
        Assert.Equal("Bridge to close in May", HeadlineCase.Normalise("Bridge to close in May", new HashSet<string>()));
    }

    [Theory]
    [InlineData("STANDINGS AFTER THURSDAY 'S GAMES", "Standings After Thursday 's Games")]
    [InlineData("WE 'LL BE BACK, SAYS COACH", "We 'll Be Back, Says Coach")]
    [InlineData("COACH'S 'S' CURVE", "Coach's 'S' Curve")]
    public void A_clitic_set_apart_stays_lower_case_a_quoted_letter_does_not(string title, string expected) =>
        Assert.Equal(expected, HeadlineCase.Normalise(title, new HashSet<string>()));

    [Fact]
    public void A_capitalised_dateline_in_the_body_is_not_an_acronym() =>
        Assert.DoesNotContain("LEEDS", HeadlineCase.AcronymsIn(["LEEDS, ENGLAND — The city of Leeds voted."]));
}
