using Digest.Entities;

namespace Digest.Tests.Entities;

/// <summary>The tally of what articles say of each name: articles, type, spellings.</summary>
public sealed class EntityTallyTests
{
    private static Article Named(params string[] entities) => new() { Title = "T", Slug = "s", Story = "s", Entities = [.. entities] };

    [Fact]
    public void An_article_counts_once_for_a_name_however_often_it_lists_it()
    {
        var tally = EntityTally.Of([Named("Ankara", "Ankara"), Named("Ankara"), Named("Izmir")], [[], [], []]);

        Assert.Equal(2, tally.ArticleCount("Ankara"));
        Assert.Equal(1, tally.ArticleCount("Izmir"));
        Assert.Equal(0, tally.ArticleCount("Bursa"));
        Assert.Equal(["Ankara", "Izmir"], tally.Named.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Spellings_rank_by_articles_then_by_spelling_and_types_by_count_then_by_order()
    {
        var tally = EntityTally.Of(
            [Named("Deir Ezzor"), Named("Deir Ezzor"), Named("Deir Ezzor"), Named("UN"), Named("Deir Ezzor Brigade")],
            [
                [("Deir Ezzor", EntityType.Place, ["Dier Ezzor", "Deir el-Zour"])],
                [("Deir Ezzor", EntityType.Organisation, ["Dier Ezzor"])],
                [("Deir Ezzor", EntityType.Place, ["Deir Ezzor"])],
                [("UN", EntityType.Organisation, ["UN"]), ("UN", EntityType.Person, [])],
                [("Deir Ezzor Brigade", EntityType.Organisation, []), ("Deir Ezzor Brigade", EntityType.Person, [])],
            ]);

        Assert.Equal([("Dier Ezzor", 2), ("Deir Ezzor", 1), ("Deir el-Zour", 1)], tally.Spellings["Deir Ezzor"]);
        Assert.Equal(EntityType.Place, tally.TypeOf("Deir Ezzor"));
        Assert.Equal(EntityType.Person, tally.TypeOf("Deir Ezzor Brigade"));
        Assert.Equal(EntityType.Other, tally.TypeOf("Ankara"));
    }

    // Found as a person: the last word decides when it names a place, a body or an event; as a place: when only bodies' names end with it.
    [Theory]
    [InlineData("Downing Street", EntityType.Person, EntityType.Place)]
    [InlineData("Leeds University", EntityType.Person, EntityType.Organisation)]
    [InlineData("Wessex Water Authority", EntityType.Person, EntityType.Organisation)]
    [InlineData("Christmas", EntityType.Person, EntityType.Other)]
    [InlineData("Six Nations", EntityType.Person, EntityType.Other)]
    [InlineData("Australian Open", EntityType.Person, EntityType.Other)]
    [InlineData("Man Utd", EntityType.Person, EntityType.Organisation)]
    [InlineData("Blackburn Rovers", EntityType.Person, EntityType.Organisation)]
    [InlineData("Manchester City", EntityType.Place, EntityType.Place)]
    [InlineData("Margaret Court", EntityType.Person, EntityType.Person)]
    [InlineData("Ricki Lake", EntityType.Person, EntityType.Person)]
    [InlineData("Tony Blair", EntityType.Person, EntityType.Person)]
    [InlineData("UK Independence Party", EntityType.Place, EntityType.Organisation)]
    [InlineData("Harvard University", EntityType.Place, EntityType.Organisation)]
    [InlineData("Soviet Union", EntityType.Place, EntityType.Place)]
    [InlineData("Russian Federation", EntityType.Place, EntityType.Place)]
    [InlineData("West Bank", EntityType.Place, EntityType.Place)]
    public void A_names_last_word_can_overrule_the_type_it_was_found_as(string name, EntityType foundAs, EntityType expected)
    {
        var tally = EntityTally.Of([Named(name), Named(name)], [[(name, foundAs, [name])], [(name, foundAs, [name])]]);

        Assert.Equal(expected, tally.TypeOf(name));
    }

    [Theory]
    [InlineData("Oscars", EntityType.Person, EntityType.Other)]
    [InlineData("Baftas", EntityType.Place, EntityType.Other)]
    [InlineData("Grammy", EntityType.Person, EntityType.Other)]
    [InlineData("Oscar", EntityType.Person, EntityType.Person)]
    [InlineData("Oscar Wilde", EntityType.Person, EntityType.Person)]
    public void A_prize_known_by_one_name_is_other_but_a_given_name_alone_stays_what_it_was_found_as(string name, EntityType foundAs, EntityType expected)
    {
        var tally = EntityTally.Of([Named(name), Named(name)], [[(name, foundAs, [name])], [(name, foundAs, [name])]]);

        Assert.Equal(expected, tally.TypeOf(name));
    }

    [Fact]
    public void A_holiday_is_other_whatever_type_the_tagger_gave_it()
    {
        var tally = EntityTally.Of([Named("New Year")], [[("New Year", EntityType.Place, ["New Year"])]]);

        Assert.Equal(EntityType.Other, tally.TypeOf("New Year"));
    }

    [Fact]
    public void A_last_word_does_not_overrule_a_type_other_than_person()
    {
        var tally = EntityTally.Of([Named("Wall Street Journal Street")], [[("Wall Street Journal Street", EntityType.Organisation, [])]]);

        Assert.Equal(EntityType.Organisation, tally.TypeOf("Wall Street Journal Street"));
    }

    [Fact]
    public void A_single_word_found_as_a_person_but_in_no_persons_name_takes_the_other_type_a_quarter_of_its_articles_give()
    {
        List<(string, EntityType, List<string>)> Found(string name, EntityType type) => [(name, type, [name])];
        var tally = EntityTally.Of(
            [Named("Chelsea"), Named("Chelsea"), Named("Chelsea"), Named("Blair"), Named("Blair"), Named("Tony Blair"), Named("Madonna")],
            [
                Found("Chelsea", EntityType.Person), Found("Chelsea", EntityType.Person), Found("Chelsea", EntityType.Organisation),
                Found("Blair", EntityType.Person), Found("Blair", EntityType.Organisation), Found("Tony Blair", EntityType.Person),
                Found("Madonna", EntityType.Person),
            ]);

        Assert.Equal(EntityType.Organisation, tally.TypeOf("Chelsea"));
        Assert.Equal(EntityType.Person, tally.TypeOf("Blair"));
        Assert.Equal(EntityType.Person, tally.TypeOf("Madonna"));
    }
}
