using Digest.Dedup;

namespace Digest.Tests.Dedup;

public sealed class StoryOverlapTests
{
    [Fact]
    public void A_repeated_quote_is_marked_and_new_sentences_are_what_the_report_adds()
    {
        var first = DedupFixtures.Make("first", "T",
            "Syrian troops crossed the Euphrates on Monday. \"Both forces are maintaining lines of communication,\" the spokesman said.");
        var second = DedupFixtures.Make("second", "T",
            "The army reached the eastern bank near the city late on Monday evening.\n\n\"Both forces are maintaining lines of communication,\" the coalition spokesman said on Tuesday.");
        var overlap = StoryOverlap.Analyse([first, second]);

        Assert.All(overlap[0].Passages, p => Assert.False(p.IsRepeated));
        var repeated = Assert.Single(overlap[1].Passages, p => p.IsRepeated);
        Assert.Equal("first", repeated.RepeatedFrom);
        Assert.Equal(1, repeated.Paragraph);
        Assert.True(overlap[1].IsParagraphRepeated(1));
        var added = Assert.Single(overlap[1].Added);
        Assert.StartsWith("The army reached", added.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_later_report_repeating_a_middle_one_names_it_and_the_first_repeats_nothing()
    {
        var first = DedupFixtures.Make("first", "T", "Syrian troops crossed the Euphrates on Monday morning after a long night.");
        var second = DedupFixtures.Make("second", "T", "The coalition spokesman said both forces were keeping open lines of communication.");
        var third = DedupFixtures.Make("third", "T",
            "Syrian troops crossed the Euphrates on Monday morning after a long night.\n\nThe coalition spokesman said both forces were keeping open lines of communication.");
        var overlap = StoryOverlap.Analyse([first, second, third]);

        Assert.All(overlap[0].Passages, p => Assert.False(p.IsRepeated));
        Assert.All(overlap[1].Passages, p => Assert.False(p.IsRepeated));
        Assert.Equal(["first", "second"], overlap[2].Passages.Select(p => p.RepeatedFrom));
    }

    [Fact]
    public void Sentences_split_at_full_stops_before_capitals()
    {
        Assert.Equal(["One fact here.", "Another one!", "\"A quote.\"", "3 more."], StoryOverlap.Sentences("One fact here. Another one! \"A quote.\" 3 more."));
    }
}
