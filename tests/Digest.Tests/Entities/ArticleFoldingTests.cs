using Digest.Entities;
using Digest.Entities.Normalisation;
using Digest.Entities.Recognition;

namespace Digest.Tests.Entities;

public sealed class ArticleFoldingTests
{
    private static readonly EntityCatalog Catalog = EntityCatalog.Create(null, "none", []);

    // Mentions as the tagger would give them, found in the text by their spelling.
    private static List<LocalEntity> Fold(string text, params (string Name, EntityType Type)[] names)
    {
        var mentions = new List<Mention>();
        var from = 0;
        foreach (var (name, type) in names)
        {
            var at = text.IndexOf(name, from, StringComparison.Ordinal);
            mentions.Add(new Mention(name, type, at, at + name.Length, false));
            from = at + name.Length;
        }

        return ArticleFolding.Fold(text, mentions, Catalog);
    }

    [Fact]
    public void Mentions_stay_in_text_order_whether_they_come_in_order_or_not()
    {
        // Surnames before the full name (folded into it after it), and one place named many times.
        var text = "Dillon spoke. Then Dillon left. Col. Ryan Dillon said so." + string.Concat(Enumerable.Repeat(" Lisbon.", 3_000));
        var names = new List<(string, EntityType)> { ("Dillon", EntityType.Person), ("Dillon", EntityType.Person), ("Ryan Dillon", EntityType.Person) };
        names.AddRange(Enumerable.Repeat(("Lisbon", EntityType.Place), 3_000));

        var entities = Fold(text, [.. names]);

        var dillon = Assert.Single(entities, e => e.Name == "Ryan Dillon");
        Assert.Equal([0, 19, 37], dillon.Mentions.Select(m => m.Start));
        Assert.Equal(0, dillon.First);
        var lisbon = Assert.Single(entities, e => e.Name == "Lisbon");
        Assert.Equal(3_000, lisbon.Mentions.Count);
        Assert.Equal(lisbon.Mentions.Select(m => m.Start).Order(), lisbon.Mentions.Select(m => m.Start));
        Assert.Equal(lisbon.Mentions[0].Start, lisbon.First);
    }

    [Fact]
    public void A_later_surname_folds_into_the_full_name()
    {
        var entities = Fold("Col. Ryan Dillon said so. Dillon added more.", ("Ryan Dillon", EntityType.Person), ("Dillon", EntityType.Person));
        var entity = Assert.Single(entities);
        Assert.Equal("Ryan Dillon", entity.Name);
        Assert.Equal(2, entity.Mentions.Count);
    }

    [Fact]
    public void The_full_name_types_the_entity_rather_than_the_surnames_folded_into_it()
    {
        var entities = Fold("Lleyton Hewitt won. Hewitt beat Safin, and Hewitt now meets Federer.",
            ("Lleyton Hewitt", EntityType.Person), ("Hewitt", EntityType.Organisation), ("Hewitt", EntityType.Organisation));
        var hewitt = Assert.Single(entities, e => e.Name == "Lleyton Hewitt");
        Assert.Equal(EntityType.Person, hewitt.Type);
        Assert.Equal(3, hewitt.Mentions.Count);
    }

    [Fact]
    public void A_surname_the_tagger_typed_otherwise_still_folds_into_the_person()
    {
        var entities = Fold("Ryan Dillon said so. Dillon added.", ("Ryan Dillon", EntityType.Person), ("Dillon", EntityType.Organisation));
        Assert.Equal(["Ryan Dillon"], entities.Select(e => e.Name));
    }

    [Fact]
    public void A_bodys_last_word_alone_folds_into_the_body_whatever_its_type()
    {
        var entities = Fold("The Home Office backed it. The Office said so.", ("Home Office", EntityType.Organisation), ("Office", EntityType.Other));
        Assert.Equal(["Home Office"], entities.Select(e => e.Name));
    }

    [Fact]
    public void A_place_that_a_longer_place_starts_with_stays_apart()
    {
        var entities = Fold("In Hong Kong, results of the Hong Kong Open.", ("Hong Kong", EntityType.Place), ("Hong Kong Open", EntityType.Place));
        Assert.Equal(["Hong Kong", "Hong Kong Open"], entities.Select(e => e.Name));
    }

    [Fact]
    public void A_compass_point_alone_still_folds_into_the_place_it_stands_for()
    {
        var entities = Fold("North Korea said the North would talk.", ("North Korea", EntityType.Place), ("North", EntityType.Place));
        Assert.Equal(["North Korea"], entities.Select(e => e.Name));
    }

    [Fact]
    public void A_given_name_typed_a_place_still_folds_into_the_person()
    {
        var entities = Fold("Naina Yeltsin is well. He visited Naina today; Naina smiled.",
            ("Naina Yeltsin", EntityType.Person), ("Naina", EntityType.Place), ("Naina", EntityType.Person));
        Assert.Equal(["Naina Yeltsin"], entities.Select(e => e.Name));
    }

    [Fact]
    public void A_short_form_of_another_type_that_is_a_place_stays_apart()
    {
        var entities = Fold("George Washington slept. Washington said.", ("George Washington", EntityType.Person), ("Washington", EntityType.Place));
        Assert.Equal(["George Washington", "Washington"], entities.Select(e => e.Name));
    }

    [Fact]
    public void A_surname_typed_a_place_as_often_as_the_person_folds_into_the_person()
    {
        var entities = Fold("Ilhan Omar spoke. He called the offices of Omar. Omar said no.", ("Ilhan Omar", EntityType.Person), ("Omar", EntityType.Place), ("Omar", EntityType.Person));
        Assert.Equal(["Ilhan Omar"], entities.Select(e => e.Name));
    }

    [Fact]
    public void A_place_mostly_typed_a_place_stays_apart_from_a_person_named_after_it()
    {
        var entities = Fold("George Washington slept. Washington said. In Washington, in Washington.", ("George Washington", EntityType.Person), ("Washington", EntityType.Person), ("Washington", EntityType.Place), ("Washington", EntityType.Place));
        Assert.Equal(["George Washington", "Washington"], entities.Select(e => e.Name));
    }

    [Fact]
    public void An_acronym_folds_into_the_name_it_abbreviates()
    {
        var entities = Fold(
            "the Syrian Democratic Forces (SDF) advanced. The SDF said.",
            ("Syrian Democratic Forces", EntityType.Organisation),
            ("SDF", EntityType.Organisation),
            ("SDF", EntityType.Organisation));
        var entity = Assert.Single(entities);
        Assert.Equal("Syrian Democratic Forces", entity.Name);
    }

    [Fact]
    public void Catalog_aliases_fold_into_the_canonical_name()
    {
        var entities = Fold(
            "ISIS fighters and Islamic State leaders met U.S. officials from the United States.",
            ("ISIS", EntityType.Organisation),
            ("Islamic State", EntityType.Organisation),
            ("U.S.", EntityType.Place),
            ("United States", EntityType.Place));
        Assert.Equal(["Islamic State", "United States"], entities.Select(e => e.Name));
    }

    [Fact]
    public void A_demonym_is_a_name_of_its_own_beside_its_country()
    {
        var entities = Fold("Syrian troops entered Syria. Syrians fled.", ("Syrian", EntityType.Place), ("Syria", EntityType.Place), ("Syrians", EntityType.Other));
        Assert.Equal(["Syrian", "Syria"], entities.Select(e => e.Name));
        Assert.Equal([EntityType.Other, EntityType.Place], entities.Select(e => e.Type));
        Assert.Equal(2, entities[0].Mentions.Count);
    }

    [Fact]
    public void Entities_are_in_order_of_first_mention_and_spellings_of_one_key_go_together()
    {
        var entities = Fold(
            "Deir ez-Zor fell to Raqqa forces; Deir Ezzor is calm.",
            ("Deir ez-Zor", EntityType.Place),
            ("Raqqa", EntityType.Place),
            ("Deir Ezzor", EntityType.Place));
        Assert.Equal(2, entities.Count);
        Assert.Equal(2, entities[0].Mentions.Count);
        Assert.Equal("Raqqa", entities[1].Name);
    }

    [Theory]
    [InlineData("SDF", "Syrian Democratic Forces", true)]
    [InlineData("ISIL", "Islamic State of Iraq and the Levant", true)]
    [InlineData("SAA", "Syrian Arab Army", true)]
    [InlineData("SDF", "Syrian Arab Army", false)]
    public void Acronyms_spell_initials_with_or_without_connectors(string acronym, string name, bool spells) =>
        Assert.Equal(spells, ArticleFolding.Spells(acronym, name));
}
