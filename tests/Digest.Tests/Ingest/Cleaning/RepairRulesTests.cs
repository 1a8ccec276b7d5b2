using Digest.Ingest.Cleaning;

namespace Digest.Tests.Ingest.Cleaning;

public sealed class RepairRulesTests
{
    [Theory]
    [InlineData("north of the city.On Monday the army", "north of the city. On Monday the army")]
    [InlineData("he said.“We will stay,” she said", "he said. “We will stay,” she said")]
    [InlineData("the U.S.-backed forces and U.S.Army units", "the U.S.-backed forces and U.S.Army units")]
    [InlineData("growth of 3.5 per cent", "growth of 3.5 per cent")]
    [InlineData("see www.example.Com/page and example.org/News today", "see www.example.Com/page and example.org/News today")]
    [InlineData("Mr.Smith and e.g.The test", "Mr.Smith and e.g.The test")]
    public void Separates_glued_sentences_but_not_abbreviations_decimals_or_urls(string input, string expected) =>
        Assert.Equal(expected, RunTogetherSentences.Repair(input));

    [Fact]
    public void Whitespace_is_normalised_without_changing_words() =>
        Assert.Equal("a b c d", Whitespace.Normalise("  a\tb\u00A0 c\u200Bd  ".Replace("\u200Bd", " \u200Bd", StringComparison.Ordinal)));

    [Theory]
    [InlineData("Share this article:")]
    [InlineData("Are you sure you want to delete this comment?")]
    [InlineData("Your email address will not be published. Required fields are marked *")]
    [InlineData("Leave a Reply")]
    [InlineData("Tweet")]
    [InlineData("Stay up to date with Example. Subscribe to our newsletter.")]
    [InlineData("Get our daily Entertainment newsletter")]
    [InlineData("Breaking News Emails")]
    [InlineData("No spam, we promise. You can unsubscribe at any time and we'll never share your details without your permission.")]
    [InlineData("Let our news meet your inbox. The news and stories that matter, delivered weekday mornings.")]
    [InlineData("Want more stories like this?")]
    [InlineData("Jane Example and John Example unveil the new car at the show in Los Angeles on Tuesday, Nov. 19, 2019. less")]
    [InlineData("Jane Example and John Example unveil the new car at ... more")]
    [InlineData("Image 1 of 23")]
    [InlineData("Image 1 of / 23")]
    [InlineData("Back to Gallery")]
    [InlineData("Caption")]
    [InlineData("This slideshow requires JavaScript.")]
    [InlineData("Like this story? Share it with a friend!")]
    [InlineData("Enjoyed this article? Share it")]
    [InlineData("Tell us what YOU think...")]
    public void Widget_lines_match(string line) => Assert.True(WidgetLines.IsMatch(line));

    [Theory]
    [InlineData("™ & © 2017 Example Network, Inc., a Big Company. All rights reserved.")]
    [InlineData("Copyright 2019 Example Media")]
    [InlineData("Privacy Policy")]
    public void Copyright_lines_match(string line) => Assert.True(CopyrightLines.IsMatch(line));

    [Theory]
    [InlineData("The court ruled that the copyright of the song belonged to the estate, not to the band that recorded it in 1971.")]
    [InlineData("Readers can comment on the proposal until Friday, the council said in a statement.")]
    [InlineData("The paper, which asked readers to subscribe to our newsletter in a pop-up that regulators called misleading, was fined on Tuesday for collecting addresses without consent.")]
    [InlineData("She said the newsletter had 40,000 readers before the company sold it to a rival publisher in 2018.")]
    [InlineData("The new model is faster, and it costs less")]
    [InlineData("Tell us what you think about the plan, the mayor said, and the council will listen.")]
    [InlineData("Share it with a friend, the campaign urged, and the video spread across the country within a day.")]
    public void Article_sentences_about_the_same_words_do_not_match(string line)
    {
        Assert.False(WidgetLines.IsMatch(line));
        Assert.False(CopyrightLines.IsMatch(line));
        Assert.False(ReadMoreLines.IsMatch(line));
    }

    [Theory]
    [InlineData("Photo: Jane Example, AP")]
    [InlineData("Photograph: Jane Example/Getty Images")]
    [InlineData("Image copyright Getty Images")]
    [InlineData("Jane Example | Bloomberg | Getty Images")]
    [InlineData("Jane Example/Example Times/Getty Images")]
    [InlineData("Protesters have worn masks to protect their identities (Image: GETTY )")]
    [InlineData("A worker loads timber into his truck outside a store in Hialeah, Fla. (AP Photo/Jane Example, File)")]
    public void Photo_credits_and_credited_captions_match(string line) => Assert.True(PhotoCredits.IsMatch(line));

    [Theory]
    [InlineData("Photographs by the artist sold for more than a million dollars at the auction on Tuesday.")]
    [InlineData("The agency's photographer, who works for Getty Images, said he was pushed to the ground by two officers outside the court and that his camera was broken.")]
    [InlineData("Reuters could not independently verify the footage, which was posted on social media on Monday (local time).")]
    public void Sentences_about_photos_and_agencies_do_not_match(string line) => Assert.False(PhotoCredits.IsMatch(line));

    [Theory]
    [InlineData("November 20, 2019")]
    [InlineData("Updated 10:01 pm, Tuesday, November 19, 2019")]
    [InlineData("Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM")]
    [InlineData("Updated at 1:23 p.m.")]
    [InlineData("Published: 10:48, Tue, Nov 19, 2019")]
    public void Date_stamps_match(string line) => Assert.True(DateStamps.IsMatch(line));

    [Theory]
    [InlineData("Updated figures show the economy grew by 2.1 per cent in 2019.")]
    [InlineData("Posted to the wrong address, the letter arrived a week late.")]
    public void Sentences_opening_with_the_same_words_are_not_date_stamps(string line) => Assert.False(DateStamps.IsMatch(line));

    [Theory]
    [InlineData("Related articles")]
    [InlineData("More Great WIRED Stories")]
    [InlineData("More Politics News")]
    [InlineData("More World")]
    [InlineData("DON'T MISS")]
    public void Headers_of_what_follows_an_article_are_section_breaks(string line) => Assert.True(SectionBreaks.IsMatch(line));

    [Theory]
    [InlineData("More protests")]
    [InlineData("More than 200 people were hurt in the stories the police told.")]
    public void Subheadings_and_sentences_are_not_section_breaks(string line) => Assert.False(SectionBreaks.IsMatch(line));

    [Theory]
    [InlineData("Read the full article from the Source…")]
    [InlineData("Related Videos")]
    [InlineData("You may also like")]
    public void Read_more_pointers_match(string line) => Assert.True(ReadMoreLines.IsMatch(line));

    [Fact]
    public void A_glued_pointer_is_trimmed_only_when_a_sentence_remains()
    {
        Assert.Equal("The army crossed the river.", ReadMoreLines.TrimGluedPointer("The army crossed the river. Related Videos"));
        Assert.Equal("We watched related videos", ReadMoreLines.TrimGluedPointer("We watched related videos"));
    }

    [Fact]
    public void Title_echo_ignores_case_punctuation_and_a_site_suffix()
    {
        Assert.True(TitleEcho.IsEcho("Bridge to close for repairs", "Bridge To Close For Repairs!"));
        Assert.True(TitleEcho.IsEcho("Bridge to close for repairs", "Bridge to close for repairs - Example"));
        Assert.False(TitleEcho.IsEcho("The bridge will close", "Bridge to close for repairs"));
    }
}
