using Digest;
using Digest.Entities;

namespace Digest.Tests.Entities;

public sealed class EntityCatalogTests
{
    private static EntityCatalog Create(string? yaml, List<Diagnostic>? diagnostics = null) =>
        EntityCatalog.Create(yaml, "input/entities.yml", diagnostics ?? []);

    [Fact]
    public void An_empty_site_already_knows_countries_and_widely_reported_organisations()
    {
        var catalog = Create(null);
        Assert.Equal("United States", catalog.Find("U.S.")?.Name);
        Assert.Equal("United States", catalog.Find("USA")?.Name);
        Assert.Equal("Islamic State", catalog.Find("ISIL")?.Name);
        Assert.Equal("Islamic State", catalog.Find("Daesh")?.Name);
        Assert.Equal("United Nations", catalog.Find("UN")?.Name);
        Assert.Equal("Russia", catalog.Find("Russian Federation")?.Name);
        Assert.Equal(EntityType.Place, catalog.Find("Syria")?.Type);
        Assert.Null(catalog.Find("Ryan Dillon"));
    }

    [Fact]
    public void A_widely_reported_company_opening_a_sentence_is_an_organisation_not_a_person()
    {
        var article = new Article
        {
            Title = "Games console price cut",
            Slug = "x",
            Story = "x",
            Body = "Sony said on Tuesday it would cut the price of its console. Nintendo is expected to follow, and Vodafone will sell both.",
        };

        var entities = EntityStage.Run([article], EntityCatalog.Shipped)[0].Entities;

        Assert.Equal(["Sony", "Nintendo", "Vodafone"], entities);
        Assert.All(entities, name => Assert.Equal(EntityType.Organisation, EntityCatalog.Shipped.Find(name)?.Type));
    }

    [Fact]
    public void Curated_entries_add_names_with_their_aliases_and_variants()
    {
        var catalog = Create("""
            Syrian Arab Army:
              type: organisation
              aliases: [SAA]
              description: The army.
              link: https://en.wikipedia.org/wiki/Syrian_Arab_Army
            Deir Ezzor:
              type: place
            """);
        var saa = catalog.Find("SAA");
        Assert.NotNull(saa);
        Assert.Equal("Syrian Arab Army", saa.Name);
        Assert.Equal(EntityOrigin.Curated, saa.Origin);
        Assert.Equal("https://en.wikipedia.org/wiki/Syrian_Arab_Army", saa.Link);
        Assert.Equal("syrian-arab-army", saa.Slug);
        Assert.Equal("Deir Ezzor", catalog.Find("Deir el-Zour")?.Name);
    }

    [Fact]
    public void Curated_entries_win_over_the_gazetteer_and_keep_its_aliases()
    {
        var catalog = Create("""
            ISIS:
              type: organisation
              description: Our own wording.
            """);
        var entity = catalog.Find("Islamic State");
        Assert.NotNull(entity);
        Assert.Equal("ISIS", entity.Name);
        Assert.Equal("Our own wording.", entity.Description);
        Assert.Equal(EntityOrigin.Curated, entity.Origin);
        Assert.Same(entity, catalog.Find("Daesh"));
        Assert.DoesNotContain(catalog.Entities, e => e.Name == "Islamic State");
    }

    [Fact]
    public void A_name_two_curated_records_claim_is_a_warning_at_the_later_one()
    {
        var diagnostics = new List<Diagnostic>();
        var catalog = Create(
            """
            Raqqa:
              type: place
              aliases: [Ar-Raqqah]
            Foo Corp:
              type: organisation
              aliases: [Ar-Raqqah, FC]
            raqqa:
              type: person
            FC:
              type: other
            """,
            diagnostics);

        Assert.Equal(
            [
                (4, "'Foo Corp' has the other name 'Ar-Raqqah', which is already a name of 'Raqqa' (line 1); a name belongs to one entity: take it out of one of them"),
                (7, "'raqqa' is already a name of 'Raqqa' (line 1); the first record of a name counts, so this one is left out"),
                (9, "the name 'FC' is already another name of 'Foo Corp' (line 4); a name belongs to one entity: take it out of one of them"),
            ],
            diagnostics.Select(d => (d.Line ?? 0, d.Message)));
        Assert.Equal(EntityType.Place, catalog.Find("Raqqa")?.Type);
        Assert.NotNull(catalog.Find("FC"));
    }

    [Fact]
    public void A_demonym_is_a_known_name_of_its_own_of_type_other()
    {
        var catalog = Create(null);
        var syrian = catalog.Find("Syrian");
        Assert.NotNull(syrian);
        Assert.Equal(("Syrian", EntityType.Other, "Syria", EntityOrigin.Gazetteer), (syrian.Name, syrian.Type, syrian.DemonymOf, syrian.Origin));
        Assert.Equal("Of Syria: its people, language or culture.", syrian.Description);
        Assert.Equal("American", catalog.Find("Americans")?.Name);
        Assert.Equal("United States", catalog.Find("America")?.Name);
        Assert.Equal(["Syrian"], catalog.Find("Syria")!.Demonyms);
        Assert.Single(catalog.Entities, e => e.Name == "Syrian");
    }

    [Fact]
    public void A_site_curates_demonyms_keeps_the_shipped_ones_or_folds_one_into_its_place()
    {
        var catalog = Create("""
            Ruritania:
              type: place
              demonyms: [Ruritanian]
            Syria:
              type: place
              description: Our own wording.
            Turkey:
              type: place
              aliases: [Turkish]
            """);
        var ruritanian = catalog.Find("Ruritanian");
        Assert.Equal(("Ruritanian", EntityType.Other, EntityOrigin.Curated), (ruritanian?.Name, ruritanian?.Type, ruritanian?.Origin));
        Assert.Equal("Syria", catalog.Find("Syrian")?.DemonymOf);
        Assert.Equal("Our own wording.", catalog.Find("Syria")?.Description);
        Assert.Equal("Turkey", catalog.Find("Turkish")?.Name);
        Assert.DoesNotContain(catalog.Entities, e => e.Name == "Turkish");
        Assert.Equal("Turk", catalog.Find("Turk")?.Name);
    }

    [Fact]
    public void Demonyms_that_are_not_a_list_of_words_are_reported_and_the_entry_still_counts()
    {
        var diagnostics = new List<Diagnostic>();
        var catalog = Create("Ruritania:\n  type: place\n  demonyms: {a: b}\n", diagnostics);
        var error = Assert.Single(diagnostics);
        Assert.Equal((3, "demonyms must be a list of words (e.g. [Syrian])"), (error.Line, error.Message));
        Assert.Equal("Ruritania", catalog.Find("Ruritania")?.Name);
    }

    [Fact]
    public void A_curated_demonym_changes_what_recognition_caches_against_even_when_it_makes_no_record()
    {
        var plain = Create("Ruritania:\n  type: place\n");
        var withDemonym = Create("Ruritania:\n  type: place\n  demonyms: [Syrian]\n");
        Assert.Equal("Syria", withDemonym.Find("Syrian")?.DemonymOf); // the shipped record stays
        Assert.NotEqual(plain.KnownVersion, withDemonym.KnownVersion);
    }

    [Fact]
    public void A_curated_alias_takes_the_name_from_the_gazetteer()
    {
        var catalog = Create("""
            Islamic Salvation Front:
              type: organisation
              aliases: [IS]
            """);
        Assert.Equal("Islamic Salvation Front", catalog.Find("IS")?.Name);
        Assert.Equal("Islamic State", catalog.Find("ISIS")?.Name);
    }

    [Fact]
    public void Malformed_yaml_is_a_diagnostic_with_line_and_column_not_an_exception()
    {
        var diagnostics = new List<Diagnostic>();
        var catalog = Create("Raqqa:\n  aliases: [unclosed\n  type: place\n", diagnostics);
        var error = Assert.Single(diagnostics);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal("input/entities.yml", error.File);
        Assert.NotNull(error.Line);
        Assert.NotNull(error.Column);
        Assert.Equal("United States", catalog.Find("US")?.Name); // the gazetteer still works
    }

    [Fact]
    public void Bad_entries_are_reported_where_they_are_and_the_rest_still_counts()
    {
        var diagnostics = new List<Diagnostic>();
        var catalog = Create("""
            Raqqa:
              type: city
            Homs:
            Khabur:
              type: place
              colour: blue
              link: not a url
            Mayadin:
              type: place
            """, diagnostics);
        Assert.Collection(
            diagnostics,
            d => Assert.Equal((2, 9, Severity.Error), (d.Line!.Value, d.Column!.Value, d.Severity)),
            d => Assert.Equal((3, 1, Severity.Error), (d.Line!.Value, d.Column!.Value, d.Severity)),
            d => Assert.Equal((6, 3, Severity.Warning), (d.Line!.Value, d.Column!.Value, d.Severity)),
            d => Assert.Equal((7, 9, Severity.Error), (d.Line!.Value, d.Column!.Value, d.Severity)));
        Assert.Contains("type 'city'", diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Null(catalog.Find("Raqqa"));
        Assert.Null(catalog.Find("Homs"));
        Assert.Equal("Khabur", catalog.Find("Khabur")?.Name);
        Assert.Null(catalog.Find("Khabur")?.Link);
        Assert.Equal("Mayadin", catalog.Find("Mayadin")?.Name);
    }

    [Theory]
    [InlineData("Khabur:\n  type: place\n  description: [A river, in Syria]\n", 3, 16, "description of 'Khabur' must be a single value, not a list; it is ignored", true)]
    [InlineData("Khabur:\n  type: place\n  link:\n    url: https://example.org/\n", 4, 5, "link of 'Khabur' must be a single value, not a mapping; it is ignored", true)]
    [InlineData("Khabur:\n  type: [place]\n", 2, 9, "type of 'Khabur' must be a single value, not a list; skipped", false)]
    public void A_field_of_the_wrong_shape_is_an_error_at_its_place(string yaml, int line, int column, string message, bool kept)
    {
        var diagnostics = new List<Diagnostic>();
        var catalog = Create(yaml, diagnostics);

        var error = Assert.Single(diagnostics);
        Assert.Equal((line, column, message), (error.Line!.Value, error.Column!.Value, error.Message));
        Assert.Equal(kept, catalog.Find("Khabur") is { Origin: EntityOrigin.Curated });
    }

    [Fact]
    public void A_name_curated_twice_is_reported()
    {
        var diagnostics = new List<Diagnostic>();
        Create("Raqqa:\n  type: place\nRaqqa:\n  type: place\n", diagnostics);
        Assert.Equal(Severity.Error, Assert.Single(diagnostics).Severity);
    }

    [Fact]
    public void A_file_that_is_not_a_mapping_is_reported()
    {
        var diagnostics = new List<Diagnostic>();
        Create("- Raqqa\n", diagnostics);
        Assert.Equal(1, Assert.Single(diagnostics).Line);
    }

    [Fact]
    public void Settings_come_from_the_entities_section_of_digest_yml()
    {
        var diagnostics = new List<Diagnostic>();
        Assert.Equal(3, EntitySettings.Parse("title: x\nentities:\n  min_articles: 3\n", "input/digest.yml", diagnostics).MinArticles);
        Assert.Equal(2, EntitySettings.Parse("title: x\n", "input/digest.yml", diagnostics).MinArticles);
        Assert.Empty(diagnostics);
        Assert.Equal(2, EntitySettings.Parse("entities:\n  min_articles: zero\n", "input/digest.yml", diagnostics).MinArticles);
        Assert.Equal((2, 17), (Assert.Single(diagnostics).Line, diagnostics[0].Column));
    }

    [Fact]
    public void A_min_articles_given_a_list_says_so()
    {
        var diagnostics = new List<Diagnostic>();

        Assert.Equal(2, EntitySettings.Parse("entities:\n  min_articles: [3]\n", "input/digest.yml", diagnostics).MinArticles);

        Assert.Equal("entities.min_articles given a list must be a whole number of at least 1", Assert.Single(diagnostics).Message);
    }
}
