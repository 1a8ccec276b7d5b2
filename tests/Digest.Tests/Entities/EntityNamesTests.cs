using AngleSharp.Html.Parser;
using Digest.Content;
using Digest.Entities;
using Digest.Tests.Support;

namespace Digest.Tests.Entities;

/// <summary>Known entities on a site in another language: shown under their name in it, folding in the English one.</summary>
public sealed class EntityNamesTests
{
    private static EntityCatalog Catalog(string? language, string? curated = null, List<Diagnostic>? diagnostics = null) =>
        EntityCatalog.Create(curated, "input/entities.yml", diagnostics ?? [], new EntitySettings { Language = language });

    [Theory]
    [InlineData(null, "United States", "Germany")]
    [InlineData("en", "United States", "Germany")]
    [InlineData("fr", "États-Unis", "Allemagne")]
    [InlineData("fr-CA", "États-Unis", "Allemagne")]
    [InlineData("de", "USA", "Deutschland")]
    [InlineData("es", "Estados Unidos", "Alemania")]
    [InlineData("it", "Stati Uniti", "Germania")]
    [InlineData("pt-BR", "Estados Unidos", "Alemanha")]
    [InlineData("nl", "Verenigde Staten", "Duitsland")]
    public void A_country_is_named_in_the_sites_language_and_its_English_names_fold_into_it(string? language, string unitedStates, string germany)
    {
        var catalog = Catalog(language);

        Assert.Equal(unitedStates, catalog.Find("United States")?.Name);
        Assert.Equal(unitedStates, catalog.Find("U.S.")?.Name);
        Assert.Equal(unitedStates, catalog.Find(unitedStates)?.Name);
        Assert.Equal(germany, catalog.Find("Germany")?.Name);
        Assert.Equal(EntityType.Place, catalog.Find(germany)?.Type);
    }

    [Theory]
    [InlineData("fr", "Nations unies", "ONU", "OTAN")]
    [InlineData("de", "Vereinte Nationen", "UNO", "NATO")]
    [InlineData("es", "Naciones Unidas", "ONU", "OTAN")]
    [InlineData("nl", "Verenigde Naties", "VN", "NAVO")]
    public void The_international_bodies_most_in_the_news_are_named_in_the_sites_language(string language, string unitedNations, string acronym, string nato)
    {
        var catalog = Catalog(language);

        Assert.Equal(unitedNations, catalog.Find("United Nations")?.Name);
        Assert.Equal(unitedNations, catalog.Find("UN")?.Name);
        Assert.Equal(unitedNations, catalog.Find(acronym)?.Name);
        Assert.Equal(nato, catalog.Find("North Atlantic Treaty Organization")?.Name);
        Assert.Equal(EntityType.Organisation, catalog.Find(unitedNations)?.Type);
    }

    [Fact]
    public void The_other_names_of_a_language_are_aliases_of_the_one_shown()
    {
        var catalog = Catalog("fr");

        Assert.Equal("États-Unis", catalog.Find("États-Unis d'Amérique")?.Name);
        Assert.Equal("Royaume-Uni", catalog.Find("United Kingdom")?.Name);
        Assert.Equal("etats-unis", catalog.Find("États-Unis")?.Slug);
        // Demonyms stay names of their own.
        Assert.Equal("American", catalog.Find("American")?.Name);
    }

    [Fact]
    public void A_curated_entry_names_itself_in_a_language_and_overrides_the_gazetteers_name()
    {
        const string curated = """
            United Nations:
              type: organisation
              aliases: [UN]
              names:
                fr: [Nations unies, ONU]
                de: Vereinte Nationen
            United States:
              type: place
              names:
                fr: Amérique
            """;
        var diagnostics = new List<Diagnostic>();
        var french = Catalog("fr", curated, diagnostics);

        Assert.Empty(diagnostics);
        Assert.Equal("Nations unies", french.Find("ONU")?.Name);
        Assert.Equal("Nations unies", french.Find("UN")?.Name);
        Assert.Equal("Nations unies", french.Find("United Nations")?.Name);
        Assert.Equal("Amérique", french.Find("United States")?.Name);
        Assert.Equal("Vereinte Nationen", Catalog("de", curated).Find("UN")?.Name);
        Assert.Equal("United Nations", Catalog("it", curated).Find("UN")?.Name);
    }

    [Fact]
    public void Names_that_are_not_a_mapping_of_languages_to_names_are_reported_at_their_line_and_the_entry_still_counts()
    {
        const string curated = """
            Ryan Dillon:
              type: person
              names: [Dillon]
            Syrian Democratic Forces:
              type: organisation
              names:
                fr_FR: Forces démocratiques syriennes
                de: {name: Demokratische Kräfte Syriens}
                es: Fuerzas Democráticas Sirias
            """;
        var diagnostics = new List<Diagnostic>();
        var catalog = Catalog("es", curated, diagnostics);

        Assert.Equal(
        [
            (3, "names of 'Ryan Dillon' must map languages to names (e.g. fr: États-Unis); they are ignored"),
            (7, "'fr_FR' in the names of 'Syrian Democratic Forces' is not a language tag (e.g. fr, pt-BR); that name is ignored"),
            (8, "the de name of 'Syrian Democratic Forces' must be a name or a list of names; it is ignored"),
        ], diagnostics.Select(d => (d.Line!.Value, d.Message)));
        Assert.All(diagnostics, d => Assert.Equal(("input/entities.yml", Severity.Error), (d.File, d.Severity)));
        Assert.Equal("Ryan Dillon", catalog.Find("Ryan Dillon")?.Name);
        Assert.Equal("Fuerzas Democráticas Sirias", catalog.Find("Syrian Democratic Forces")?.Name);
    }

    [Theory]
    [InlineData("fr", "Les États-Unis et la Russie discutent.", "États-Unis", "Les États-Unis")]
    [InlineData("fr", "L'Allemagne a voté contre.", "Allemagne", "L'Allemagne")]
    [InlineData("de", "Die USA und Kanada verhandeln.", "USA", "Die USA")]
    [InlineData("en", "Los Angeles police said on Monday that the suspect had fled.", "Los Angeles", "Angeles")]
    [InlineData("en", "La Paz was quiet on Sunday after the protests.", "La Paz", "Paz")]
    public void An_article_of_another_language_opening_a_known_name_is_the_sentences(string language, string sentence, string name, string not)
    {
        var article = new Article { Title = "a report", Slug = "x", Story = "x", Body = sentence };

        var entities = EntityStage.Run([article], Catalog(language))[0].Entities;

        Assert.Contains(name, entities);
        Assert.DoesNotContain(not, entities);
    }

    [Fact]
    public void A_French_digest_gathers_English_and_French_reports_of_a_country_on_its_French_page()
    {
        using var project = new TempProject()
            .WithInputFile("digest.yml", "title: Revue\nlanguage: fr\n")
            .WithSeed("en.txt", "Talks on trade resume\n\nThe United States and Canada resumed talks on trade on Monday, officials in Washington said.\n")
            .WithSeed("fr.txt", "Reprise des discussions\n\nLes États-Unis et le Canada ont repris lundi leurs discussions commerciales, selon des responsables à Washington.\n");
        project.Build();

        var articles = Directory.GetFiles(project.Paths.Articles, "*.md")
            .Select(f => ArticleFile.Read(File.ReadAllText(f), f, [])!).ToDictionary(a => a.Title);
        Assert.Contains("États-Unis", articles["Talks on trade resume"].Entities);
        Assert.Contains("États-Unis", articles["Reprise des discussions"].Entities);
        Assert.DoesNotContain("United States", articles["Talks on trade resume"].Entities);

        var page = new HtmlParser().ParseDocument(project.ReadOutput("entities/etats-unis/"));
        Assert.Equal("États-Unis", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(2, page.QuerySelectorAll(".article-list > li").Length);
        // The gazetteer's description is English: marked so on a French page, and not the page's own description.
        var lede = page.QuerySelector(".lede")!;
        Assert.Equal(("Country in North America.", "en"), (lede.TextContent, lede.GetAttribute("lang")));
        Assert.DoesNotContain("Country in North America", page.QuerySelector("meta[name=description]")!.GetAttribute("content"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "U.S.", "united-states")]
    [InlineData("fr", "United States", "etats-unis")]
    public void A_hand_written_article_naming_a_known_entity_by_another_name_counts_on_its_page_and_links_it(string? language, string written, string slug)
    {
        using var project = new TempProject()
            .WithInputFile("digest.yml", $"title: T\n{(language is null ? "" : $"language: {language}\n")}")
            .WithSeed("en.txt", "Talks on trade resume\n\nThe United States and Canada resumed talks on trade on Monday, officials in Washington said.\n")
            .WithSeed("en2.txt", "Trade talks go on\n\nTalks between the United States and Canada went on for a second day on Tuesday.\n")
            .WithInputFile("articles/note.md", $"---\ntitle: Note\nslug: note\nstory: note\ndate: 2017-09-20\nentities: [{written}, Canada]\n---\n\nA note on {written} and Canada.\n");
        project.Build();

        var page = new HtmlParser().ParseDocument(project.ReadOutput($"entities/{slug}/"));
        Assert.Contains("Note", page.QuerySelectorAll(".article-list .summary-title a").Select(a => a.TextContent));
        var note = new HtmlParser().ParseDocument(project.ReadOutput("articles/note/"));
        Assert.Contains($"/entities/{slug}/", note.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        // What the maintainer wrote stays as written.
        Assert.Contains($"entities: [{written}, Canada]", File.ReadAllText(Path.Combine(project.Paths.Articles, "note.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void On_an_English_site_the_gazetteers_description_is_the_pages_own()
    {
        using var project = new TempProject()
            .WithSeed("en.txt", "Talks on trade resume\n\nThe United States and Canada resumed talks on trade on Monday, officials in Washington said.\n")
            .WithSeed("en2.txt", "Trade talks go on\n\nTalks between the United States and Canada went on for a second day on Tuesday.\n");
        project.Build();

        var page = new HtmlParser().ParseDocument(project.ReadOutput("entities/united-states/"));
        Assert.Null(page.QuerySelector(".lede")!.GetAttribute("lang"));
        Assert.Equal("Country in North America.", page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
    }
}
