using Digest.Content;
using Digest.Ingest;

namespace Digest.Tests.Ingest;

public sealed class IngesterTests : IDisposable
{
    private const string Article =
        "Bridge to close for repairs\n\nBridge to close for repairs\n\nBy Jane Example\n\n" +
        "LISBON (AP) — The city council voted on Tuesday to close the old bridge for repairs, a decision that will divert traffic through the town centre.\n\n" +
        "Engineers said the cracks found in the main span last spring had grown faster than expected.On Monday they closed one lane.\n\n" +
        "Share this article:\nLeave a Reply\n";

    private readonly ProjectPaths _paths = ProjectPaths.Resolve(Path.Combine(Path.GetTempPath(), "digest-ingest-" + Guid.NewGuid().ToString("N")[..8]));

    public IngesterTests() => Directory.CreateDirectory(_paths.Seeds);

    public void Dispose() => Directory.Delete(_paths.Root, recursive: true);

    [Fact]
    public void A_text_seed_becomes_a_clean_attributed_article()
    {
        File.WriteAllText(Path.Combine(_paths.Seeds, "a.txt"), Article);
        var article = Assert.Single(Ingester.Run(_paths).Articles);

        Assert.Equal("Associated Press", article.Source);
        Assert.Equal("LISBON", article.Dateline);
        Assert.Equal("Jane Example", article.Byline);
        Assert.Equal("en", article.Language);
        Assert.Null(article.Date);
        Assert.StartsWith("LISBON (AP) — The city council", article.Body, StringComparison.Ordinal);
        Assert.Contains("expected. On Monday", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Share this", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Bridge to close", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Character_references_in_a_text_seed_are_the_characters_they_stand_for()
    {
        File.WriteAllText(Path.Combine(_paths.Seeds, "a.txt"),
            "Caf&#233; owners &amp; staff protest\n\nThe owners of the caf&#233; in Par&iacute;s said on Tuesday that AT&T &hellip; had cut &lt;b&gt;their lines&lt;/b&gt; for a week.\n\n" +
            "Engineers said the repairs would take another month, and the owners asked the council for help.\n");
        var article = Assert.Single(Ingester.Run(_paths).Articles);

        Assert.Equal("Café owners & staff protest", article.Title);
        Assert.Contains("caf\u00e9 in Par\u00eds", article.Body, StringComparison.Ordinal);
        Assert.Contains("AT\\&T \u2026 had cut \\<b\\>their lines\\</b\\>", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("&#", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sidecar_overrides_what_ingest_inferred()
    {
        File.WriteAllText(Path.Combine(_paths.Seeds, "a.txt"), Article);
        File.WriteAllText(Path.Combine(_paths.Seeds, "a.yml"), "source: Reuters\ndate: 2019-11-20\nurl: https://gazette.example/a\ntags: [bridges]\n");
        var article = Assert.Single(Ingester.Run(_paths).Articles);

        Assert.Equal("Reuters", article.Source);
        Assert.Equal(new DateOnly(2019, 11, 20), article.Date);
        Assert.Equal("https://gazette.example/a", article.Url);
        Assert.Equal(["bridges"], article.Tags);
    }

    [Fact]
    public void Bad_and_oversized_seeds_are_reported_by_name_and_the_rest_still_build()
    {
        Directory.CreateDirectory(_paths.Input);
        File.WriteAllText(Path.Combine(_paths.Input, "digest.yml"), "ingest:\n  max_seed_bytes: 1000\n");
        File.WriteAllText(Path.Combine(_paths.Seeds, "a.txt"), Article);
        File.WriteAllText(Path.Combine(_paths.Seeds, "big.txt"), "Big\n\n" + new string('x', 2000));
        File.WriteAllBytes(Path.Combine(_paths.Seeds, "bin.txt"), [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]);
        File.WriteAllText(Path.Combine(_paths.Seeds, "empty.html"), "");

        var result = Ingester.Run(_paths);

        Assert.Single(result.Articles);
        Assert.Contains(result.Diagnostics, d => d.File == "seeds/big.txt" && d.Message.Contains("too large", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.File == "seeds/bin.txt" && d.Message.Contains("binary", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.File == "seeds/empty.html" && d.Message.Contains("empty", StringComparison.Ordinal));
    }

    [Fact]
    public void An_html_seed_is_ingested_with_its_page_metadata()
    {
        File.WriteAllText(Path.Combine(_paths.Seeds, "page.html"),
            "<html><head><meta property=\"og:site_name\" content=\"Reuters\"><meta property=\"og:title\" content=\"Bridge to close\"></head><body><article>" +
            "<p>The city council voted on Tuesday to close the old bridge for repairs, a decision that will divert traffic.</p>" +
            "<p>Engineers said the cracks found in the main span last spring had grown faster than expected, officials said.</p></article></body></html>");

        var article = Assert.Single(Ingester.Run(_paths).Articles);

        Assert.Equal("Bridge to close", article.Title);
        Assert.Equal("Reuters", article.Source);
        Assert.Equal("page.html", article.Seed);
        Assert.Contains("Engineers said", SafeMarkdown.ToPlainText(article.Body), StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_is_deterministic()
    {
        File.WriteAllText(Path.Combine(_paths.Seeds, "a.txt"), Article);
        Ingester.Run(_paths);
        var first = Directory.GetFiles(_paths.Articles).Select(File.ReadAllText).ToList();
        Assert.Equal(0, Ingester.Run(_paths).Written);
        Assert.Equal(first, Directory.GetFiles(_paths.Articles).Select(File.ReadAllText).ToList());
    }

    [Fact]
    public void Seeds_ingested_on_every_core_give_the_same_files_and_diagnostics_in_seed_order()
    {
        // Enough seeds for both cores to share them, each with its own text, and every fifth with a
        // sidecar whose bad date is reported: the reports must come in seed order, run after run.
        for (var i = 0; i < 60; i++)
        {
            var name = $"seed-{i:D2}";
            File.WriteAllText(Path.Combine(_paths.Seeds, name + ".txt"), Article.Replace("old bridge", $"bridge number {i}", StringComparison.Ordinal));
            if (i % 5 == 0)
            {
                File.WriteAllText(Path.Combine(_paths.Seeds, name + ".yml"), $"date: 2017-02-{30 + (i % 2)}\n");
            }
        }

        var first = Ingester.Run(_paths);
        var files = Directory.GetFiles(_paths.Articles).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        Directory.Delete(_paths.Articles, recursive: true);
        var second = Ingester.Run(_paths);

        Assert.Equal(60, second.Written);
        Assert.Equal(files, Directory.GetFiles(_paths.Articles).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList());
        var reported = first.Diagnostics.Select(d => d.ToString()).ToList();
        Assert.Equal(12, reported.Count);
        Assert.Equal(reported, second.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(reported.Order(StringComparer.Ordinal), reported);
    }
}
