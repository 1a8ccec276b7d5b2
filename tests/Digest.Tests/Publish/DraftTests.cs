using System.Text.Json;
using Digest.Cli;
using Digest.Ingest.Attribution;
using Digest.Tests.Support;

namespace Digest.Tests.Publish;

/// <summary>A maintainer holds an article back with <c>draft: true</c>: ingested, grouped with nothing, not published.</summary>
public sealed class DraftTests
{
    private const string Bridge = "Lisbon bridge closes for repairs\n\nThe April 25 bridge in Lisbon will close for six weeks of repairs from Monday, the city's transport office said. " +
        "Commuters are asked to use the ferries across the Tagus, which will run every ten minutes, and the Vasco da Gama bridge further upstream.\n";

    // Two seeds with the same text (a copy pair), the first by slug held back, and one other report.
    private static TempProject Project(string draftSidecar = "draft: true\n") => new TempProject()
        .WithSeed("a-bridge.txt", Bridge)
        .WithSeed("a-bridge.yml", "source: Reuters\ndate: 2019-11-20\n" + draftSidecar)
        .WithSeed("b-bridge.txt", Bridge)
        .WithSeed("b-bridge.yml", "source: AP\ndate: 2019-11-21\n")
        .WithSeed("c-ferry.txt", "Ferries added across the Tagus\n\nLisbon adds ferries across the Tagus while the April 25 bridge is shut for repairs, the operator said on Tuesday.\n")
        .WithSeed("c-ferry.yml", "source: AP\ndate: 2019-11-22\n");

    private static string AllOutput(TempProject project) =>
        string.Concat(Directory.EnumerateFiles(project.Paths.Output, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText));

    private static (int Code, JsonDocument Summary) Build(TempProject project, params string[] options)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = DigestCommand.Run(["build", "--root", project.Root, "--json", .. options], output, error);
        return (code, JsonDocument.Parse(output.ToString()));
    }

    [Fact]
    public void A_draft_is_written_as_markdown_and_joins_no_copy_group_or_story()
    {
        using var project = Project();
        var articles = project.Ingest().Articles.ToDictionary(a => a.Seed!);

        var draft = articles["a-bridge.txt"];
        var copy = articles["b-bridge.txt"];
        Assert.True(draft.Draft);
        Assert.Contains("\ndraft: true\n", File.ReadAllText(Path.Combine(project.Paths.Articles, draft.Slug + ".md")), StringComparison.Ordinal);
        Assert.Null(copy.DuplicateOf); // the same text, but its canonical would be hidden with the draft
        Assert.Equal((draft.Slug, draft.Slug, null), (draft.Story, draft.Topic, draft.DuplicateOf));
        Assert.DoesNotContain(articles.Values, a => !a.Draft && (a.Story == draft.Slug || a.Topic == draft.Slug));
    }

    [Fact]
    public void Publish_leaves_a_draft_out_of_every_page_feed_and_index_and_drafts_put_it_back()
    {
        using var project = Project();
        var draft = project.Ingest().Articles.Single(a => a.Draft);

        var result = project.Publish();

        Assert.Equal(1, result.Drafts);
        Assert.False(File.Exists(project.OutputFile($"articles/{draft.Slug}/")));
        Assert.DoesNotContain($"/{draft.Slug}/", AllOutput(project), StringComparison.Ordinal); // no page, link, feed entry or search row
        Assert.DoesNotContain("Reuters", AllOutput(project), StringComparison.Ordinal); // its source has no page either

        var preview = Digest.Publish.Publisher.Run(project.Paths, () => new Digest.Theme.RazorPageRenderer(), drafts: true);

        Assert.Equal(0, preview.Drafts);
        Assert.True(File.Exists(project.OutputFile($"articles/{draft.Slug}/")));
        Assert.Contains("/sources/reuters/", AllOutput(project), StringComparison.Ordinal);
    }

    [Fact]
    public void A_build_after_a_drafts_preview_takes_the_draft_off_again()
    {
        using var project = Project();
        var (code, summary) = Build(project);
        var slug = project.Ingest().Articles.Single(a => a.Draft).Slug;
        Assert.Equal((0, 1), (code, summary.RootElement.GetProperty("drafts").GetInt32()));

        Assert.Equal(0, Build(project, "--drafts").Code);
        Assert.True(File.Exists(project.OutputFile($"articles/{slug}/")));

        var (again, after) = Build(project);
        Assert.Equal((0, 1), (again, after.RootElement.GetProperty("drafts").GetInt32()));
        Assert.False(File.Exists(project.OutputFile($"articles/{slug}/")));
    }

    [Fact]
    public void Taking_the_mark_off_publishes_the_article_in_its_group()
    {
        using var project = Project();
        File.Delete(Path.Combine(project.Paths.Seeds, "c-ferry.txt")); // the copy pair alone: the draft's id and the story's tie
        File.Delete(Path.Combine(project.Paths.Seeds, "c-ferry.yml"));
        var story = project.Ingest().Articles.Single(a => a.Seed == "b-bridge.txt").Story;
        File.WriteAllText(Path.Combine(project.Paths.Seeds, "a-bridge.yml"), "source: Reuters\ndate: 2019-11-20\ndraft: false\n");

        var articles = project.Ingest().Articles.ToDictionary(a => a.Seed!);

        Assert.False(articles["a-bridge.txt"].Draft);
        Assert.Equal(articles["a-bridge.txt"].Slug, articles["b-bridge.txt"].DuplicateOf);
        Assert.Equal([story, story], new[] { articles["a-bridge.txt"].Story, articles["b-bridge.txt"].Story }); // the story keeps its id (and address)
        Assert.DoesNotContain("draft:", File.ReadAllText(Path.Combine(project.Paths.Articles, articles["a-bridge.txt"].Slug + ".md")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_draft_mark_that_is_not_true_or_false_is_an_error_at_its_line()
    {
        var diagnostics = new List<Diagnostic>();
        var sidecar = Sidecar.Parse("source: AP\ndraft: maybe\n", "seeds/a.yml", diagnostics);

        var error = Assert.Single(diagnostics);
        Assert.Equal((Severity.Error, 2, 8), (error.Severity, error.Line, error.Column));
        Assert.Contains("draft 'maybe' must be true or false; the article is held back", error.Message, StringComparison.Ordinal);
        Assert.True(sidecar.Draft); // a misspelt mark is taken as one, as in front matter: nothing is published by a typo
    }

    [Theory]
    [InlineData("draft: true\ntitle: \"Embargoed story\n")]
    [InlineData("draft: true\n\tsource: AP\n")]
    [InlineData("- draft: true\n")]
    [InlineData("draft: ture\n")]
    public void A_sidecar_that_cannot_be_read_holds_its_article_back_until_it_is_mended(string sidecar)
    {
        // A typo on any line of the sidecar dropped it whole, its draft mark too, and published an embargoed report.
        using var project = Project(sidecar);

        var (code, summary) = Build(project);

        Assert.Equal(1, code);
        Assert.Equal(1, summary.RootElement.GetProperty("drafts").GetInt32());
        Assert.Contains(summary.RootElement.GetProperty("diagnostics").EnumerateArray(), d =>
            d.GetProperty("file").GetString() == "seeds/a-bridge.yml" && d.GetProperty("message").GetString()!.Contains("held back from the site as a draft", StringComparison.Ordinal));
        var held = project.ArticleFiles().Single(f => File.ReadAllText(f).Contains("seed: a-bridge.txt", StringComparison.Ordinal));
        Assert.Contains("\ndraft: true\n", File.ReadAllText(held), StringComparison.Ordinal);
        Assert.False(File.Exists(project.OutputFile($"articles/{Path.GetFileNameWithoutExtension(held)}/")));
    }

    [Fact]
    public void A_hand_written_article_marked_draft_is_not_published()
    {
        using var project = new TempProject()
            .WithInputFile("articles/a.md", "---\ntitle: Held back\nslug: a\ndate: 2019-11-20\nsource: CNN\ndraft: true\n---\n\nNot yet.\n")
            .WithInputFile("articles/b.md", "---\ntitle: Out now\nslug: b\ndate: 2019-11-21\nsource: AP\n---\n\nPublished.\n");

        var result = project.Publish();

        Assert.Equal(1, result.Drafts);
        Assert.False(File.Exists(project.OutputFile("articles/a/")));
        Assert.True(File.Exists(project.OutputFile("articles/b/")));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity != Severity.Error && d.Message.Contains("draft", StringComparison.Ordinal));
    }
}
