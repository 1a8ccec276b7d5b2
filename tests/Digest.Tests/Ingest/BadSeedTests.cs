using Digest.Cli;
using Digest.Tests.Support;

namespace Digest.Tests.Ingest;

public sealed class BadSeedTests
{
    public static TheoryData<string, byte[], string> BadSeeds => new()
    {
        { "empty.txt", [], "empty" },
        { "blank.txt", "  \n\n \t\n"u8.ToArray(), "whitespace" },
        { "binary.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52], "binary" },
        { "control.txt", Enumerable.Range(0, 200).Select(i => (byte)(i % 8 + 1)).ToArray(), "binary" },
        {
            "deep.html",
            System.Text.Encoding.UTF8.GetBytes("<html><head><title>Deep</title></head><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "<p>Text.</p></body></html>"),
            "nests its elements more than 2,000 deep"
        },
        {
            "moved.html",
            "<html><head><title>Redirecting...</title><meta http-equiv=\"refresh\" content=\"0;url=https://news.example/2019/bridge\"></head><body>Redirecting...</body></html>"u8.ToArray(),
            "only sends its reader on to https://news.example/2019/bridge"
        },
    };

    [Theory]
    [MemberData(nameof(BadSeeds))]
    public void An_unreadable_seed_is_reported_by_name_and_the_others_still_build(string name, byte[] bytes, string reason)
    {
        using var project = new TempProject().WithRepositorySeeds().WithSeed(name, bytes);

        var diagnostics = project.Build();

        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.StartsWith($"seeds/{name}: error: ", error.ToString(), StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Equal(5, project.ArticleFiles().Count);
        Assert.Equal(5, Directory.GetDirectories(Path.Combine(project.Paths.Output, "articles")).Length);
    }

    [Theory]
    [InlineData("<html><body><script>alert(1)</script></body></html>")]
    [InlineData("<html><head><title> </title></head><body><div><div></div></div></body></html>")]
    public void A_page_with_no_headline_and_no_text_is_reported_and_no_markdown_is_written_for_it(string html)
    {
        using var project = new TempProject().WithRepositorySeeds().WithSeed("empty-page.html", html);

        var diagnostics = project.Build();

        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.StartsWith("seeds/empty-page.html: error: the page holds no headline and no article text", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(5, project.ArticleFiles().Count);
        // The next build reads back everything it wrote, and reports the page again (and nothing else).
        Assert.Equal([error.ToString()], project.Build().Select(d => d.ToString()));
    }

    [Fact]
    public void A_page_without_a_headline_is_named_by_its_opening_words()
    {
        const string html = "<html><body><article><p>The city council approved a budget on Tuesday that raises spending on schools by four percent, officials said after the vote.</p>"
            + "<p>The measure passed by seven votes to two after a long debate about class sizes and pay.</p></article></body></html>";
        using var project = new TempProject().WithSeed("untitled.html", html);

        var result = project.Ingest();

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        var article = Assert.Single(result.Articles);
        Assert.StartsWith("The city council approved a budget", article.Title, StringComparison.Ordinal);
        Assert.Empty(project.Build());
    }

    [Fact]
    public void A_seed_whose_first_line_is_megabytes_long_builds_into_markdown_that_reads_back()
    {
        using var project = new TempProject().WithRepositorySeeds().WithSeed("one-line.txt", new string('A', 2_000_000) + "\n");

        Assert.Empty(project.Build());
        Assert.Empty(Digest.Publish.Publisher.Run(project.Paths, () => new Digest.Theme.RazorPageRenderer(), useCache: false).Diagnostics);
        Assert.Equal(6, Directory.GetDirectories(Path.Combine(project.Paths.Output, "articles")).Length);
    }

    [Fact]
    public void The_command_line_exits_1_when_a_seed_had_errors_and_names_the_file()
    {
        using var project = new TempProject().WithRepositorySeeds().WithSeed("empty.txt", []);
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = DigestCommand.Run(["build", "--root", project.Root], output, error);

        Assert.Equal(DigestCommand.ContentErrors, code);
        Assert.Contains("seeds/empty.txt: error: the file is empty", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("5 articles", output.ToString(), StringComparison.Ordinal);
        Assert.True(File.Exists(project.OutputFile("")));
    }

    [Fact]
    public void Windows_1252_and_utf8_bom_seeds_decode_to_the_right_characters()
    {
        var latin = System.Text.Encoding.Latin1.GetBytes("Caf\u00e9 prices\n\nIt costs \u00a35 at the caf\u00e9.\n");
        latin = [.. latin[..^1], 0x93, (byte)'q', 0x94, (byte)'\n']; // 0x93/0x94 are curly quotes in Windows-1252
        using var project = new TempProject()
            .WithSeed("latin.txt", latin)
            .WithSeed("bom.txt", [0xEF, 0xBB, 0xBF, .. "Na\u00efve title\n\nBody \u201cquoted\u201d.\n"u8.ToArray()]);

        var result = project.Ingest();

        Assert.Empty(result.Diagnostics);
        var latinArticle = Assert.Single(result.Articles, a => a.Seed == "latin.txt");
        Assert.Equal("Caf\u00e9 prices", latinArticle.Title);
        Assert.Contains("\u00a35 at the caf\u00e9.\u201cq\u201d", latinArticle.Body, StringComparison.Ordinal);
        Assert.Equal("Na\u00efve title", Assert.Single(result.Articles, a => a.Seed == "bom.txt").Title);
    }
}
