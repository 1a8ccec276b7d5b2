using System.Text.Json;
using System.Text.RegularExpressions;
using Digest.Publish;
using Digest.Tests.Support;

namespace Digest.Tests.Publish;

/// <summary>The site's own words in its language: shipped texts, counts, dates, a project's <c>i18n.yml</c>, the pages.</summary>
public sealed partial class SiteTextTests
{
    [Theory]
    [InlineData("en", 0, "0 stories")]
    [InlineData("en", 1, "1 story")]
    [InlineData("en", 2, "2 stories")]
    [InlineData("en", 12345, "12,345 stories")]
    [InlineData("fr", 12345, "12\u202f345 sujets")]
    [InlineData("de", 1000, "1.000 Meldungen")]
    [InlineData("de", 999, "999 Meldungen")]
    [InlineData("fr", 0, "0 sujet")]
    [InlineData("fr", 1, "1 sujet")]
    [InlineData("fr", 2, "2 sujets")]
    [InlineData("de", 0, "0 Meldungen")]
    [InlineData("pt-BR", 0, "0 notícia")]
    [InlineData("nl", 0, "0 verhalen")]
    [InlineData("nl", 1, "1 verhaal")]
    [InlineData("nl-BE", 2615, "2.615 verhalen")]
    public void A_count_takes_its_one_form_for_one_and_in_French_and_Portuguese_for_zero_too_and_groups_thousands(string language, int count, string expected) =>
        Assert.Equal(expected, SiteText.For(language).Count("count_stories", count));

    [Theory]
    [InlineData("en", "21 September 2017", "September 2017")]
    [InlineData("fr", "21 septembre 2017", "septembre 2017")]
    [InlineData("de", "21. September 2017", "September 2017")]
    [InlineData("es", "21 de septiembre de 2017", "septiembre de 2017")]
    [InlineData("it", "21 settembre 2017", "settembre 2017")]
    [InlineData("pt", "21 de setembro de 2017", "setembro de 2017")]
    [InlineData("nl", "21 september 2017", "september 2017")]
    public void Dates_and_months_are_written_as_the_language_writes_them(string language, string date, string month)
    {
        var text = SiteText.For(language);
        Assert.Equal(date, text.Date(new DateOnly(2017, 9, 21)));
        Assert.Equal(date.Replace("21", FirstDay[language], StringComparison.Ordinal).Replace(month, text.MonthYear(2017, 10), StringComparison.Ordinal),
            text.Date(new DateOnly(2017, 10, 1)));
        Assert.Equal(month, text.MonthYear(2017, 9));
    }

    [Fact]
    public void Every_shipped_language_has_every_text_with_the_same_values_put_in()
    {
        var english = SiteText.For("en");
        Assert.Equal(["en", "fr", "de", "es", "it", "pt", "nl"], SiteText.Shipped);
        foreach (var language in SiteText.Shipped.Skip(1))
        {
            var text = SiteText.For(language);
            foreach (var key in SiteText.Keys)
            {
                Assert.False(string.IsNullOrWhiteSpace(text[key]) && key != "thousands_separator", $"{language}: {key}");
                Assert.True(Placeholders(english[key]).SequenceEqual(Placeholders(text[key])), $"{language}: {key} puts in {text[key]}");
            }

            // The language's own texts, not English left behind: only words languages share ("Sources", "Organisation", months) are alike.
            var alike = SiteText.Keys.Where(k => text[k] == english[k]).ToList();
            Assert.True(alike.Count < SiteText.Keys.Count / 5, $"{language}: {string.Join(", ", alike)}");
        }
    }

    [Fact]
    public void A_regional_language_takes_its_base_languages_texts_and_an_unshipped_one_English()
    {
        Assert.Equal("Sujets", SiteText.For("fr-CA")["stories"]);
        Assert.Equal("Notícias", SiteText.For("pt-BR")["stories"]);
        Assert.Equal("Stories", SiteText.For("sv")["stories"]);
        Assert.False(SiteText.IsShipped("sv"));
        Assert.True(SiteText.IsShipped("de-AT"));
    }

    [Fact]
    public void A_value_is_put_in_as_it_is_even_when_it_holds_braces()
    {
        var text = SiteText.For("en");
        Assert.Equal("Reports about {count} {name}", text.Format("reports_about", ("name", "{count} {name}")));
        Assert.Equal("2 articles match “{query} 1”.", text.Count("search_matches", 2, ("query", "{query} 1")));
    }

    [Fact]
    public void The_search_script_gets_its_messages_months_and_plural_rule()
    {
        using var json = JsonDocument.Parse(SiteText.For("fr").ForScript());
        var root = json.RootElement;
        Assert.Equal("Aucun article ne correspond à «\u00a0{query}\u00a0».", root.GetProperty("search_no_match").GetString());
        Assert.Equal("décembre", root.GetProperty("months")[11].GetString());
        Assert.True(root.GetProperty("zero_is_one").GetBoolean());
        Assert.False(JsonDocument.Parse(SiteText.For("en").ForScript()).RootElement.GetProperty("zero_is_one").GetBoolean());
    }

    [Theory]
    [InlineData("count_stories: {one: \"{count} {evil}\", other: \"{count} dossiers\"}", "'count_stories.one' has {evil}, which is no value it is given (it is given {count})")]
    [InlineData("search_no_match: \"Rien pour {querry}\"", "'search_no_match' leaves out {query} and has {querry}, which is no value it is given (it is given {query})")]
    [InlineData("stories: \"{count} dossiers\"", "'stories' has {count}, which is no value it is given (it is given no value)")]
    public void A_text_with_a_value_it_is_not_given_or_without_one_it_is_names_each(string yaml, string message)
    {
        var diagnostics = new List<Diagnostic>();

        Assert.Empty(SiteText.ParseOverrides(yaml, "input/i18n.yml", diagnostics) ?? new Dictionary<string, string>());

        Assert.Equal(message + "; Digest's text is kept", Assert.Single(diagnostics).Message);
    }

    [Fact]
    public void An_i18n_file_replaces_texts_and_warns_at_the_line_of_each_it_cannot_use()
    {
        var diagnostics = new List<Diagnostic>();
        var overrides = SiteText.ParseOverrides("""
            stories: Dossiers
            count_stories: {one: "{count} dossier", other: "{count} dossiers"}
            storeis: Typo
            latest_stories: [a, list]
            count_copies: "{count} copies"
            updated: "Updated"
            months: [a, b]
            pages:
            """, "input/i18n.yml", diagnostics);

        var text = SiteText.For("fr", overrides);
        Assert.Equal("Dossiers", text["stories"]);
        Assert.Equal("0 dossier", text.Count("count_stories", 0));
        Assert.Equal("Derniers sujets", text["latest_stories"]);
        Assert.Equal("Mis à jour le {date}", text["updated"]);
        Assert.Equal("mars", text["months.3"]);
        (int Line, string Opening)[] expected =
        [
            (3, "unknown text 'storeis' (nearest: 'stories')"), (4, "'latest_stories' must be one text"), (5, "'count_copies' must be a count's two forms"),
            (6, "'updated' leaves out {date} (it is given {date})"), (7, "'months' must be a list of 12 texts"), (8, "'pages' is empty"),
        ];
        Assert.Equal(expected.Length, diagnostics.Count);
        foreach (var ((line, opening), diagnostic) in expected.Zip(diagnostics))
        {
            Assert.Equal(line, diagnostic.Line);
            Assert.StartsWith(opening, diagnostic.Message, StringComparison.Ordinal);
        }

        Assert.All(diagnostics, d => Assert.Equal(Severity.Warning, d.Severity));
    }

    [Fact]
    public void A_french_site_is_written_in_french_and_its_i18n_file_wins()
    {
        using var project = new TempProject().WithRepositorySeeds()
            .WithInputFile("digest.yml", "title: Revue\nlanguage: fr\n")
            .WithInputFile("i18n.yml", "top_stories: L’essentiel\nlatest_stories: Les derniers sujets\n");
        Assert.DoesNotContain(project.Build(), d => d.Severity == Severity.Error);

        var home = project.ReadOutput("");
        Assert.Contains("<html lang=\"fr\">", home, StringComparison.Ordinal);
        Assert.Contains(">Les derniers sujets</h2>", home, StringComparison.Ordinal);
        Assert.Contains(">Sujets</a></li>", home, StringComparison.Ordinal);
        Assert.Contains(">Aller au contenu</a>", home, StringComparison.Ordinal);
        Assert.Contains("septembre 2017</time>", home, StringComparison.Ordinal);
        var story = project.ReadOutput(StoryPath(home));
        Assert.Contains("Article de référence", story, StringComparison.Ordinal);
        Assert.Matches(@"\d+ articles? de \d+ sources?", story);
        Assert.Contains(">Mots-clés</a></li>", project.ReadOutput("archive/"), StringComparison.Ordinal);
        Assert.Contains(">Page introuvable</h1>", project.ReadOutput("404.html"), StringComparison.Ordinal);
        var search = project.ReadOutput("search/");
        Assert.Contains("Aucun article ne correspond", System.Net.WebUtility.HtmlDecode(search), StringComparison.Ordinal);
        // No English left in what the pages themselves say (the seeds' own text aside).
        foreach (var english in new[] { ">Stories<", ">Latest stories<", ">Skip to content<", "Follow ", " reports:", ">Canonical report<", "September 2017</time>" })
        {
            Assert.DoesNotContain(english, home + story, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_report_in_another_language_than_the_sites_is_marked_with_its_own_and_the_pages_words_are_not()
    {
        using var project = new TempProject()
            .WithSeed("pont.txt", "Le pont de Lisbonne fermé pour travaux\n\n" +
                "Le pont du 25 avril à Lisbonne sera fermé pendant six semaines pour des travaux, a annoncé la mairie. " +
                "Les usagers sont invités à prendre les ferries qui traversent le Tage, et le service sera renforcé pour les habitants de la rive sud.\n")
            .WithSeed("pont.yml", "source: Reuters\ndate: 2019-11-20\n")
            .WithSeed("bridge.txt", "Lisbon bridge closes for repairs\n\n" +
                "The April 25 bridge in Lisbon will close for six weeks of repairs from Monday, the city's transport office said. " +
                "Commuters are asked to use the ferries across the Tagus, which will run every ten minutes during the works.\n")
            .WithSeed("bridge.yml", "source: AP\ndate: 2019-11-21\n");
        var articles = project.Ingest().Articles;
        var french = Assert.Single(articles, a => a.Language == "fr");
        var english = Assert.Single(articles, a => a.Language == "en");
        project.Publish();

        var page = project.ReadOutput($"articles/{french.Slug}/");
        Assert.Contains("<h1 lang=\"fr\">Le pont de Lisbonne fermé pour travaux</h1>", page, StringComparison.Ordinal);
        Assert.Contains("<div class=\"body\" lang=\"fr\">", page, StringComparison.Ordinal);
        Assert.Single(LangAttribute().Matches(project.ReadOutput($"articles/{english.Slug}/"))); // <html lang="en"> alone
        var list = project.ReadOutput("sources/reuters/");
        Assert.Contains("<h2 class=\"summary-title\" lang=\"fr\">", list, StringComparison.Ordinal);
        Assert.Contains("<p class=\"excerpt\" lang=\"fr\">", list, StringComparison.Ordinal);
        Assert.DoesNotContain("lang=", project.ReadOutput("sources/associated-press/").Replace("<html lang=\"en\">", "", StringComparison.Ordinal), StringComparison.Ordinal);

        // Feeds say it too: Atom's xml:lang (the feed's, and the entry's where it differs), JSON Feed's item language.
        var atom = System.Xml.Linq.XDocument.Parse(project.ReadOutput("feed.xml"));
        var xmlLang = System.Xml.Linq.XNamespace.Xml + "lang";
        Assert.Equal("en", atom.Root!.Attribute(xmlLang)?.Value);
        Assert.Equal(["fr", null], atom.Root.Elements(atom.Root.Name.Namespace + "entry")
            .OrderBy(e => e.Element(atom.Root.Name.Namespace + "title")!.Value == french.Title ? 0 : 1)
            .Select(e => e.Attribute(xmlLang)?.Value));
        using var json = JsonDocument.Parse(project.ReadOutput("feed.json"));
        Assert.Equal(["fr", null], json.RootElement.GetProperty("items").EnumerateArray()
            .OrderBy(i => i.GetProperty("title").GetString() == french.Title ? 0 : 1)
            .Select(i => i.TryGetProperty("language", out var l) ? l.GetString() : null));
    }

    [Fact]
    public void A_language_digest_ships_no_texts_for_is_a_warning_until_the_i18n_file_gives_them_all()
    {
        using var project = new TempProject().WithInputFile("digest.yml", "language: sv\n");
        var diagnostics = new List<Diagnostic>();
        var settings = SiteSettings.Load(project.Paths, diagnostics);
        Assert.Equal("Stories", settings.Text["stories"]);
        var warning = Assert.Single(diagnostics);
        Assert.Contains($"Digest ships no texts in 'sv' (it has en, fr, de, es, it, pt, nl): {SiteText.Keys.Count} of the pages' texts are in English", warning.Message, StringComparison.Ordinal);

        using var french = new TempProject().WithInputFile("digest.yml", "language: fr\n");
        var none = new List<Diagnostic>();
        Assert.Equal("Sujets", SiteSettings.Load(french.Paths, none).Text["stories"]);
        Assert.Empty(none);
    }

    // The first of the month as each language writes it: "1er octobre 2017", "1º ottobre 2017".
    private static readonly Dictionary<string, string> FirstDay = new() { ["en"] = "1", ["fr"] = "1er", ["de"] = "1", ["es"] = "1", ["it"] = "1º", ["pt"] = "1º", ["nl"] = "1" };

    private static string StoryPath(string home) => StoryLink().Match(home).Groups[1].Value;

    private static List<string> Placeholders(string text) => [.. Regex.Matches(text, @"\{[a-z]+\}").Select(m => m.Value).Order(StringComparer.Ordinal)];

    [GeneratedRegex(" lang=")]
    private static partial Regex LangAttribute();

    [GeneratedRegex("href=\"/(stories/[^\"]+/)\"")]
    private static partial Regex StoryLink();
}
