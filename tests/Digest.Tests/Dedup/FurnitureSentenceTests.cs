using Digest.Dedup;

namespace Digest.Tests.Dedup;

public sealed class FurnitureSentenceTests
{
    [Fact]
    public void Sentences_of_sign_up_forms_and_contact_blocks_are_dropped_the_report_stays()
    {
        var paragraph = "The council approved the new bridge on Tuesday. Enter your e-mail address to sign up for our newsletter. "
            + "Work starts in March. Contact Jane: press@example.org US: 555-0100";
        var kept = Furniture.WithoutSentences(paragraph);
        Assert.Contains("approved the new bridge", kept, StringComparison.Ordinal);
        Assert.Contains("Work starts in March.", kept, StringComparison.Ordinal);
        Assert.DoesNotContain("newsletter", kept, StringComparison.Ordinal);
        Assert.DoesNotContain("press@example.org", kept, StringComparison.Ordinal);
    }

    [Fact]
    public void A_paragraph_without_furniture_is_returned_as_it_is()
    {
        const string paragraph = "Subscribers to the water service will pay more. The signing of the contract was delayed.";
        Assert.False(Furniture.HasSentences(paragraph));
        Assert.Same(paragraph, Furniture.WithoutSentences(paragraph));
    }

    [Fact]
    public void Reports_of_different_events_sharing_a_wire_footer_are_not_one_story()
    {
        const string footer = "\n\nRead the full report: it is available to registered users. Sign up for a free trial. "
            + "Contact Clara Field: clara@wire.example Phone: 555-0199 Source Example Wire. Enter your e-mail address and password to log in.";
        string[] bridge = ["Oslo", "bridge", "council", "Bjørvika", "construction", "steel"];
        string[] vaccine = ["Lima", "vaccine", "clinic", "Minsa", "doses", "nurses"];
        var day = new DateOnly(2024, 5, 2);
        var result = DedupStage.Run(
            [
                DedupFixtures.Make("bridge", "Oslo council approves bridge", DedupFixtures.Report(bridge, 1, sentences: 3) + footer, day),
                DedupFixtures.Make("vaccine", "Lima clinics get vaccine", DedupFixtures.Report(vaccine, 2, sentences: 3) + footer, day),
            ],
            new DedupSettings(),
            new List<Diagnostic>());
        Assert.NotEqual(result[0].Story, result[1].Story);
    }

    // The phrases are first looked for as plain text, then judged by the pattern: each written in any case, with
    // the Kelvin sign for k (the pattern's case-insensitive k matches it), inside a sentence or at its ends, is found;
    // the same words run on into longer ones are not.
    [Theory]
    [InlineData("Sign up")]
    [InlineData("SUBSCRIBE")]
    [InlineData("our Newsletter")]
    [InlineData("a FREE trial")]
    [InlineData("Registered Users only")]
    [InlineData("registered user")]
    [InlineData("your E-mail Address")]
    [InlineData("your email address")]
    [InlineData("Privacy Policy")]
    [InlineData("Terms of Use")]
    [InlineData("terms OF service")]
    [InlineData("All Rights Reserved.")]
    [InlineData("Click here")]
    [InlineData("CLIC\u212A HERE")]
    [InlineData("read the full Report")]
    [InlineData("Read The Full Story")]
    [InlineData("read the full article")]
    public void Every_page_phrase_is_found_in_any_case(string phrase)
    {
        phrase = System.Text.RegularExpressions.Regex.Unescape(phrase);
        Assert.True(Furniture.HasSentences(phrase));
        Assert.True(Furniture.HasSentences("The match ended late. " + phrase + " for more."));
    }

    [Theory]
    [InlineData("Subscribers were told about the signing.")]
    [InlineData("The newsletters arrived; a free trials scheme began.")]
    [InlineData("She clicked here and there.")]
    [InlineData("Readers read the fullest report of the year.")]
    public void Phrases_inside_longer_words_are_not_furniture(string text) => Assert.False(Furniture.HasSentences(text));

    // The plain-text search may only pass over texts the pattern would not match: every letter of the phrases must
    // match the same characters ignoring case ordinally as the pattern's IgnoreCase | CultureInvariant does.
    [Fact]
    public void The_phrase_search_ignores_case_as_the_pattern_does()
    {
        foreach (var letter in string.Concat(Furniture.PagePhraseParts).Where(char.IsLetter).Distinct())
        {
            var pattern = new System.Text.RegularExpressions.Regex("^" + letter + "$", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);
            for (var code = 0; code <= char.MaxValue; code++)
            {
                var text = ((char)code).ToString();
                if (char.IsSurrogate((char)code))
                {
                    continue;
                }

                Assert.True(
                    pattern.IsMatch(text) == string.Equals(text, letter.ToString(), StringComparison.OrdinalIgnoreCase),
                    $"'{letter}' and U+{code:X4}");
            }
        }
    }
}
