using System.Text.Json;
using Digest.Content;
using Digest.Ingest.Attribution;
using Digest.Publish;
using Digest.Tests.Support;

namespace Digest.Tests.Publish;

/// <summary>A maintainer's <c>summary</c> stands where the body's opening would: lists, feeds, search, descriptions, the page.</summary>
public sealed class SummaryTests
{
    private const string Opening = "The April 25 bridge in Lisbon will close for six weeks of repairs from Monday";

    private static TempProject Project(string summaryLines) => new TempProject()
        .WithSeed("bridge.txt", $"Lisbon bridge closes for repairs\n\n{Opening}, the city's transport office said. " +
            "Commuters are asked to use the ferries across the Tagus, which will run every ten minutes.\n")
        .WithSeed("bridge.yml", "source: Reuters\ndate: 2019-11-20\n" + summaryLines);

    private static Article Ingested(TempProject project) => Assert.Single(project.Ingest().Articles);

    [Fact]
    public void A_sidecar_summary_over_several_lines_is_written_into_the_front_matter_as_one_line()
    {
        using var project = Project("summary: >\n  Six weeks of ferries\n  for Lisbon's commuters.\n");

        var article = Ingested(project);

        Assert.Equal("Six weeks of ferries for Lisbon's commuters.", article.Summary);
        var markdown = File.ReadAllText(Path.Combine(project.Paths.Articles, article.Slug + ".md"));
        Assert.Contains("\nsummary: Six weeks of ferries for Lisbon's commuters.\n", markdown, StringComparison.Ordinal);
        Assert.Equal(article.Summary, ArticleFile.Read(markdown, "a.md", new List<Diagnostic>())!.Summary);
        Assert.DoesNotContain("summary", Ingested(Project("")).Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Lists_feeds_search_and_the_description_show_the_summary_and_the_page_shows_it_above_the_body()
    {
        using var project = Project("summary: Six weeks of ferries for Lisbon's commuters.\n");
        var slug = Ingested(project).Slug;
        const string summary = "Six weeks of ferries for Lisbon&#x27;s commuters.";

        Assert.Empty(project.Publish().Diagnostics);

        var home = project.ReadOutput("");
        Assert.Contains($"<p class=\"excerpt\">{summary}</p>", home, StringComparison.Ordinal);
        Assert.DoesNotContain(Opening, home, StringComparison.Ordinal); // the body's opening is not the excerpt
        var page = project.ReadOutput($"articles/{slug}/");
        Assert.Contains($"<meta name=\"description\" content=\"{summary}\" />", page, StringComparison.Ordinal);
        Assert.Contains($"<p class=\"standfirst\">{summary}</p>", page, StringComparison.Ordinal);
        Assert.True(page.IndexOf("standfirst", StringComparison.Ordinal) < page.IndexOf(Opening, StringComparison.Ordinal));
        Assert.Contains("\"description\":\"Six weeks of ferries for Lisbon\\u0027s commuters.\"", page, StringComparison.Ordinal); // JSON-LD
        Assert.Contains("<summary>Six weeks of ferries for Lisbon's commuters.</summary>", project.ReadOutput("feed.xml"), StringComparison.Ordinal);
        using var feed = JsonDocument.Parse(project.ReadOutput("feed.json"));
        Assert.Equal("Six weeks of ferries for Lisbon's commuters.", feed.RootElement.GetProperty("items")[0].GetProperty("summary").GetString());
        using var docs = JsonDocument.Parse(project.ReadOutput(SiteUrls.SearchDocs(0)));
        Assert.Equal("Six weeks of ferries for Lisbon's commuters.", docs.RootElement[0][4].GetString());
        // A word only the summary holds finds the article.
        using var shard = JsonDocument.Parse(project.ReadOutput(SiteUrls.SearchWords(SearchIndexWriter.ShardOf("commuters"))));
        Assert.True(shard.RootElement.TryGetProperty("commuters", out _));
        using var ferries = JsonDocument.Parse(project.ReadOutput(SiteUrls.SearchWords(SearchIndexWriter.ShardOf("weeks"))));
        Assert.True(ferries.RootElement.TryGetProperty("weeks", out _));
    }

    [Fact]
    public void Without_a_summary_the_excerpt_is_the_body_opening_and_the_page_has_no_standfirst()
    {
        using var project = Project("");
        var slug = Ingested(project).Slug;

        project.Publish();

        Assert.Contains(Opening, project.ReadOutput(""), StringComparison.Ordinal);
        Assert.DoesNotContain("standfirst", project.ReadOutput($"articles/{slug}/"), StringComparison.Ordinal);
    }

    [Fact]
    public void Markup_in_a_summary_is_text_on_every_page_and_feed_in_html_or_xml()
    {
        using var project = Project("summary: \"<script>alert(1)</script> <b>bold</b>\"\n");
        var slug = Ingested(project).Slug;

        project.Publish();

        // JSON strings (JSON Feed, search files) are text by their format: the search script sets them as text.
        foreach (var file in Directory.EnumerateFiles(project.Paths.Output, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".json", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain("<script>alert", text, StringComparison.Ordinal);
            Assert.DoesNotContain("<b>bold", text, StringComparison.Ordinal);
        }

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", project.ReadOutput($"articles/{slug}/"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_summary_that_is_not_one_value_is_an_error_at_its_line_and_the_seed_still_builds()
    {
        var diagnostics = new List<Diagnostic>();
        var sidecar = Sidecar.Parse("source: AP\nsummary: [one, two]\n", "seeds/a.yml", diagnostics);

        var error = Assert.Single(diagnostics);
        Assert.Equal((Severity.Error, 2, 10), (error.Severity, error.Line, error.Column));
        Assert.Contains("'summary' must be a single value", error.Message, StringComparison.Ordinal);
        Assert.Null(sidecar.Summary);
        Assert.Equal("AP", sidecar.Source);

        var read = ArticleFile.Read("---\ntitle: T\nslug: t\nsummary:\n  - one\n---\n\nBody.\n", "input/articles/t.md", diagnostics);
        Assert.Null(read);
        Assert.Contains(diagnostics, d => d.Severity == Severity.Error && d.Line == 5 && d.Message.Contains("'summary' must be a single value", StringComparison.Ordinal));
    }

    [Fact]
    public void A_changed_summary_shows_after_a_cached_build_as_after_a_full_one()
    {
        using var project = Project("summary: First words.\n");
        Assert.DoesNotContain(project.Build(), d => d.Severity == Severity.Error);
        File.WriteAllText(Path.Combine(project.Paths.Seeds, "bridge.yml"), "source: Reuters\ndate: 2019-11-20\nsummary: Second words.\n");

        project.Build();

        Assert.Contains("<p class=\"excerpt\">Second words.</p>", project.ReadOutput(""), StringComparison.Ordinal);
        using var docs = JsonDocument.Parse(project.ReadOutput(SiteUrls.SearchDocs(0)));
        Assert.Equal("Second words.", docs.RootElement[0][4].GetString());
    }
}
