using Digest.Entities;
using Digest.Entities.Recognition;

namespace Digest.Tests.Entities;

public sealed class MentionRulesTests
{
    private static List<string> Names(string span, EntityType type)
    {
        var tokens = Tokenizer.Tokenize(span);
        return MentionRules.Apply(tokens, 0, tokens.Count, type)
            .Select(r => span[tokens[r.Start].Start..tokens[r.End - 1].End])
            .ToList();
    }

    [Theory]
    [InlineData("Col. Ryan Dillon", "Ryan Dillon")]
    [InlineData("Lt. Gen. Stuart Townsend", "Stuart Townsend")]
    [InlineData("President Bashar al-Assad", "Bashar al-Assad")]
    [InlineData("Mr. Lavrov", "Lavrov")]
    public void Titles_and_ranks_are_stripped_from_people(string span, string expected) =>
        Assert.Equal([expected], Names(span, EntityType.Person));

    [Theory]
    [InlineData("General Motors")]
    [InlineData("General Electric Company")]
    public void A_rank_before_a_companys_last_word_is_the_companys_name(string span) =>
        Assert.Equal([span], Names(span, EntityType.Person));

    [Theory]
    [InlineData("Prince of Wales")]
    [InlineData("Duke of Norfolk")]
    [InlineData("Lord of the Rings")]
    public void A_title_followed_by_of_is_the_names_own(string span) =>
        Assert.Equal([span], Names(span, EntityType.Person));

    [Fact]
    public void A_rank_inside_another_span_splits_off_the_person()
    {
        Assert.Equal(["Army", "Ryan Dillon"], Names("Army Col. Ryan Dillon", EntityType.Organisation));
    }

    [Theory]
    [InlineData("Euphrates River", EntityType.Organisation, EntityType.Place)]
    [InlineData("Golan Heights", EntityType.Person, EntityType.Place)]
    [InlineData("Idlib Province", EntityType.Other, EntityType.Place)]
    [InlineData("Manchester City", EntityType.Organisation, EntityType.Organisation)]
    [InlineData("River", EntityType.Organisation, EntityType.Organisation)]
    [InlineData("River Plate", EntityType.Organisation, EntityType.Organisation)]
    public void A_name_whose_last_word_is_a_geographic_feature_is_a_place(string span, EntityType tagged, EntityType expected)
    {
        var tokens = Tokenizer.Tokenize(span);

        Assert.Equal(expected, Assert.Single(MentionRules.Apply(tokens, 0, tokens.Count, tagged)).Type);
    }

    // The type the rules give the name at [start, end) of the words of text (split at spaces) that the tagger typed so.
    private static EntityType TypeInContext(string text, string name, EntityType tagged)
    {
        var tokens = Tokenizer.Tokenize(text);
        var first = text.IndexOf(name, StringComparison.Ordinal);
        var start = tokens.FindIndex(t => t.Start == first);
        var end = tokens.FindIndex(t => t.End == first + name.Length) + 1;
        return Assert.Single(MentionRules.Apply(tokens, start, end, tagged)).Type;
    }

    [Theory]
    [InlineData("Troops fought in Deir Ezzor on Monday.", "Deir Ezzor", EntityType.Place)]
    [InlineData("The army advanced near Mayadin.", "Mayadin", EntityType.Place)]
    [InlineData("They broke the siege of the city of Deir Ezzor.", "Deir Ezzor", EntityType.Place)]
    [InlineData("The SDF fought north of Deir Ezzor.", "Deir Ezzor", EntityType.Place)]
    [InlineData("In Smith 's view the plan failed.", "Smith", EntityType.Person)]
    [InlineData("The future of Deir Ezzor was discussed.", "Deir Ezzor", EntityType.Person)]
    [InlineData("Col. Ryan Dillon said so in Baghdad.", "Ryan Dillon", EntityType.Person)]
    public void A_person_where_only_a_place_can_be_is_a_place(string text, string name, EntityType expected) =>
        Assert.Equal(expected, TypeInContext(text, name, EntityType.Person));

    [Fact]
    public void An_organisation_after_in_stays_one() =>
        Assert.Equal(EntityType.Organisation, TypeInContext("The bill died in Congress on Friday.", "Congress", EntityType.Organisation));

    [Theory]
    [InlineData("BEIRUT (AP) — Syrian troops crossed the river.", "BEIRUT", EntityType.Organisation, EntityType.Place)]
    [InlineData("NEW YORK (CNN) - Oil prices rose.", "NEW YORK", EntityType.Organisation, EntityType.Place)]
    [InlineData("NATO (the alliance) met.", "NATO", EntityType.Organisation, EntityType.Organisation)]
    [InlineData("Reporters said BEIRUT (AP) — was quiet.", "BEIRUT", EntityType.Organisation, EntityType.Organisation)]
    public void A_dateline_names_a_place(string text, string name, EntityType tagged, EntityType expected) =>
        Assert.Equal(expected, TypeInContext(text, name, tagged));

    [Fact]
    public void Possessives_are_stripped() => Assert.Equal(["Dillon"], Names("Dillon 's", EntityType.Person));

    [Theory]
    [InlineData("Monday")]
    [InlineData("September")]
    [InlineData("However")]
    [InlineData("President")]
    public void Weekdays_months_common_words_and_lone_titles_are_not_names(string word) =>
        Assert.Empty(Names(word, EntityType.Other));

    [Fact]
    public void Lower_case_words_at_the_ends_come_off()
    {
        Assert.Equal(["Syrian"], Names("Syrian troops", EntityType.Other));
    }

    [Theory]
    [InlineData("U.S.-led", "U.S.")]
    [InlineData("Kurdish-backed", "Kurdish")]
    [InlineData("Russian-manufactured", "Russian")]
    [InlineData("Ez-zor", "Ez-zor")]
    [InlineData("al-Assad", "al-Assad")]
    public void Compound_suffixes_come_off_the_last_word(string word, string expected)
    {
        var token = Tokenizer.Tokenize(word)[0];
        Assert.Equal(expected, word[..MentionRules.EndWithoutCompound(token)]);
    }

    [Fact]
    public void Lower_case_prefixes_come_off_the_first_word()
    {
        var token = Tokenizer.Tokenize("counter-Islamic")[0];
        Assert.Equal("Islamic", "counter-Islamic"[MentionRules.StartWithoutPrefix(token)..]);
    }

    [Theory]
    [InlineData("Правда України", false)]
    [InlineData("al", false)]
    [InlineData("Zürich", true)]
    [InlineData("Deir el-Zour", true)]
    [InlineData("D-Minn.", false)]
    [InlineData("R-Texas", false)]
    [InlineData("D-Day", true)]
    [InlineData("D-N.Y.", false)]
    [InlineData("Jean-Claude", true)]
    [InlineData("R-Wing Holdings", true)]
    [InlineData("PCs", false)]
    [InlineData("MP3s", false)]
    [InlineData("LEDs", false)]
    [InlineData("PC", false)]
    [InlineData("DVD", false)]
    [InlineData("MP", false)]
    [InlineData("Third", false)]
    [InlineData("Third World", true)]
    [InlineData("MEP", false)]
    [InlineData("CFO", false)]
    [InlineData("NATO", true)]
    [InlineData("BBC", true)]
    [InlineData("GMT", true)]
    [InlineData("Oscars", true)]
    public void Only_latin_names_of_two_letters_or_more_and_no_party_labels_or_common_abbreviations_are_kept(string name, bool kept) =>
        Assert.Equal(kept, MentionRules.IsName(name));

    [Theory]
    [InlineData("see pic.twitter.com/KQLpngeTbO now", "KQLpngeTbO", true)]
    [InlineData("follow @JaneExample today", "JaneExample", true)]
    [InlineData("tagged #MethWeAreOnIt here", "MethWeAreOnIt", true)]
    [InlineData("at https://example.com/Report here", "Report", true)]
    [InlineData("figures from Nielsen//NetRatings show", "NetRatings", false)]
    [InlineData("analysts at In-Stat/MDR said", "MDR", false)]
    public void Addresses_handles_and_hashtags_are_told_from_names_joined_by_a_slash(string text, string name, bool inAddress)
    {
        var from = text.IndexOf(name, StringComparison.Ordinal);
        Assert.Equal(inAddress, MentionRules.IsInAddress(text, from, from + name.Length));
    }

    [Fact]
    public void A_lone_word_after_an_ordinal_is_no_name()
    {
        var names = EntityRecognizer.Recognize("Network\nBT will spend billions on a 21st Century network in London, the first since the 19th Century.").Select(m => m.Text).ToList();
        Assert.DoesNotContain("Century", names);
        Assert.Contains("London", names);
    }

    [Fact]
    public void A_common_word_inside_a_span_parts_it_and_an_honorific_goes_whatever_the_type()
    {
        var tokens = Tokenizer.Tokenize("American Olympic champion Gail Devers and Mr Blair and the Organisation for Security and Cooperation in Europe");
        string[] Spans(int start, int end, EntityType type) =>
            [.. MentionRules.Apply(tokens, start, end, type).Select(s => string.Join(' ', tokens.Skip(s.Start).Take(s.End - s.Start).Select(t => t.Text)))];

        Assert.Equal(["American Olympic", "Gail Devers"], Spans(0, 5, EntityType.Person));
        Assert.Equal(["Blair"], Spans(6, 8, EntityType.Organisation));
        Assert.Equal(["Organisation for Security and Cooperation in Europe"], Spans(10, 17, EntityType.Organisation));
    }

    [Theory]
    [InlineData("Ben Stiller comedy Meet The Parents stars Robert De Niro", "Ben Stiller|Meet The Parents|Robert De Niro")]
    [InlineData("Stanford University students David Filo and Jerry Yang", "Stanford University|David Filo|Jerry Yang")]
    public void Each_part_of_a_span_is_parted_again_where_it_holds_another_common_word(string span, string expected)
    {
        var tokens = Tokenizer.Tokenize(span);

        var names = MentionRules.Apply(tokens, 0, tokens.Count, EntityType.Other).Select(s => string.Join(' ', tokens.Skip(s.Start).Take(s.End - s.Start).Select(t => t.Text)));

        Assert.Equal(expected, string.Join('|', names));
    }

    [Fact]
    public void A_knighthood_inside_a_span_parts_it_before_the_knights_name()
    {
        var tokens = Tokenizer.Tokenize("Beatle Sir Paul McCartney");
        var spans = MentionRules.Apply(tokens, 0, 4, EntityType.Person).Select(s => string.Join(' ', tokens.Skip(s.Start).Take(s.End - s.Start).Select(t => t.Text))).ToList();

        Assert.Contains("Paul McCartney", spans);
        Assert.DoesNotContain(spans, s => s.Contains("Sir", StringComparison.Ordinal));
    }

    [Fact]
    public void Small_words_of_other_languages_stay_inside_the_name()
    {
        var tokens = Tokenizer.Tokenize("Gazzetta dello Sport");

        Assert.Equal([(0, 3)], MentionRules.Apply(tokens, 0, 3, EntityType.Organisation).Select(s => (s.Start, s.End)));
    }
}
