using Digest.Entities;
using Digest.Tagging;

namespace Digest.Tests.Tagging;

public sealed class TagStageTests
{
    private static readonly EntityCatalog Catalog = EntityCatalog.Create(null, "", new List<Diagnostic>());

    private static Article Article(string body, params string[] entities) =>
        new() { Title = "A report", Slug = "a", Story = "a", Body = body, Entities = entities };

    [Fact]
    public void An_article_is_filed_under_the_countries_it_names_first()
    {
        var tagged = TagStage.Run([Article("Text.", "Syria", "Ryan Dillon", "Russia", "United States", "Iraq")], Catalog, TagRules.None);

        Assert.Equal(["syria", "russia", "united-states"], Assert.Single(tagged).Tags);
    }

    [Fact]
    public void A_demonym_files_the_article_under_its_country()
    {
        var tagged = TagStage.Run([Article("Text.", "German", "Ryan Dillon", "Germany", "Syrian", "Russian", "Iraq")], Catalog, TagRules.None);

        Assert.Equal(["germany", "syria", "russia"], Assert.Single(tagged).Tags);
    }

    [Fact]
    public void Curated_rules_match_entities_and_whole_words_and_come_first()
    {
        var rules = TagRules.Parse("energy: [OPEC, oil]\ndiplomacy: [talks]\n", "input/tags.yml", new List<Diagnostic>());

        var tagged = TagStage.Run([Article("The oil minister spoke.", "Syria"), Article("Oilfields burned.", "Iraq")], Catalog, rules);

        Assert.Equal(["energy", "syria"], tagged[0].Tags);
        Assert.Equal(["iraq"], tagged[1].Tags);
    }

    [Fact]
    public void Tags_a_maintainer_set_in_a_sidecar_are_kept()
    {
        var article = Article("Text.", "Syria") with { Tags = ["mine"] };

        Assert.Equal(["mine"], Assert.Single(TagStage.Run([article], Catalog, TagRules.None)).Tags);
    }

    [Fact]
    public void A_bad_rule_is_an_error_at_its_line_and_the_others_still_apply()
    {
        var diagnostics = new List<Diagnostic>();

        var rules = TagRules.Parse("energy: [oil]\nbroken: oil\n", "input/tags.yml", diagnostics);

        var error = Assert.Single(diagnostics);
        Assert.Equal(2, error.Line);
        Assert.Equal(["energy"], Assert.Single(TagStage.Run([Article("Oil.")], Catalog, rules)).Tags);
    }

    [Fact]
    public void A_list_inside_a_tag_s_list_is_an_error_at_its_place_and_the_tag_s_other_terms_still_apply()
    {
        var diagnostics = new List<Diagnostic>();

        var rules = TagRules.Parse("energy: [[petrol], oil]\n", "input/tags.yml", diagnostics);

        var error = Assert.Single(diagnostics);
        Assert.Equal((1, 10), (error.Line, error.Column));
        Assert.Contains("tag 'energy' must list names or words, and this item is not one", error.Message, StringComparison.Ordinal);
        Assert.Equal(["energy"], Assert.Single(TagStage.Run([Article("Oil.")], Catalog, rules)).Tags);
    }

    [Fact]
    public void Two_entries_of_one_tag_are_a_warning_at_the_second_and_both_file_articles_under_it()
    {
        var diagnostics = new List<Diagnostic>();

        var rules = TagRules.Parse("energy: [oil]\ndiplomacy: [talks]\nEnergy:\n  name: Power\n  match: [gas]\n", "input/tags.yml", diagnostics);

        var warning = Assert.Single(diagnostics);
        Assert.Equal((Severity.Warning, 3, 1), (warning.Severity, warning.Line, warning.Column));
        Assert.Contains("'Energy' is the tag 'energy' again (first given at line 1 as 'energy')", warning.Message, StringComparison.Ordinal);
        Assert.Equal(["energy"], Assert.Single(TagStage.Run([Article("Gas.")], Catalog, rules)).Tags);
        Assert.Equal(["energy"], Assert.Single(TagStage.Run([Article("Oil.")], Catalog, rules)).Tags);
    }
}
