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
}
