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
    public void Only_latin_names_of_two_letters_or_more_are_kept(string name, bool kept) =>
        Assert.Equal(kept, MentionRules.IsName(name));
}
