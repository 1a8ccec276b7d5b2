using Digest.Ingest.Attribution;

namespace Digest.Tests.Ingest.Attribution;

public sealed class SidecarTests
{
    [Fact]
    public void Sidecar_values_override_inferred_ones()
    {
        var diagnostics = new List<Diagnostic>();
        var sidecar = Sidecar.Parse("url: https://gazette.example/a\nsource: AP\ndate: 2019-11-20\nbyline: Jane Example\ndateline: LISBON\ntags: [bridges, lisbon]\ntitle: Bridge closes\n", "seeds/a.yml", diagnostics);
        var inferred = new Article { Title = "Bridge to close", Slug = "s", Story = "s", Source = "CNN", Byline = "John Sample" };

        var article = sidecar.ApplyTo(inferred, SourceCatalog.BuiltIn);

        Assert.Empty(diagnostics);
        Assert.Equal("Associated Press", article.Source);
        Assert.Equal(new DateOnly(2019, 11, 20), article.Date);
        Assert.Equal("Jane Example", article.Byline);
        Assert.Equal("LISBON", article.Dateline);
        Assert.Equal(["bridges", "lisbon"], article.Tags);
        Assert.Equal("Bridge closes", article.Title);
        Assert.Equal("https://gazette.example/a", article.Url);
    }

    [Theory]
    [InlineData("bylin: Jane Example\n", "bylin", "byline")]
    [InlineData("url: https://a.example/\ndatelne: LISBON\n", "datelne", "dateline")]
    public void An_unknown_key_is_a_warning_at_its_line_naming_the_nearest_known_key(string yaml, string key, string nearest)
    {
        var diagnostics = new List<Diagnostic>();
        Sidecar.Parse(yaml, "seeds/a.yml", diagnostics);

        var warning = Assert.Single(diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(yaml.Split('\n').ToList().FindIndex(l => l.StartsWith(key, StringComparison.Ordinal)) + 1, warning.Line);
        Assert.Contains($"unknown key '{key}'", warning.Message, StringComparison.Ordinal);
        Assert.Contains($"nearest: '{nearest}'", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lastmod: 2019-11-22\n", "Digest calls it 'updated'")]
    [InlineData("description: In short.\n", "Digest calls it 'summary'")]
    [InlineData("redirect_from: [/old/]\n", "Digest calls it 'aliases'")]
    [InlineData("author: Jane Example\n", "Digest calls it 'byline'")]
    [InlineData("published: false\n", "Digest calls it 'draft', the other way round (published: false is draft: true)")]
    public void A_key_other_tools_use_is_a_warning_naming_the_key_digest_reads(string yaml, string called)
    {
        var diagnostics = new List<Diagnostic>();
        Sidecar.Parse(yaml, "seeds/a.yml", diagnostics);

        var warning = Assert.Single(diagnostics);
        Assert.Contains($"; {called}); it is ignored", warning.Message, StringComparison.Ordinal);

        diagnostics.Clear();
        var article = Digest.Content.ArticleFile.Read($"---\ntitle: T\nslug: t\n{yaml}---\n\nBody.\n", "input/articles/t.md", diagnostics);
        Assert.NotNull(article); // a warning: the article still publishes
        var inFrontMatter = Assert.Single(diagnostics);
        Assert.Equal(4, inFrontMatter.Line);
        Assert.Contains($"({called}); it is ignored", inFrontMatter.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_of_another_tool_a_sidecar_does_not_take_gets_the_nearest_spelling()
    {
        var diagnostics = new List<Diagnostic>();
        Sidecar.Parse("lang: fr\n", "seeds/a.yml", diagnostics); // 'language' is front matter's, not a sidecar's

        Assert.DoesNotContain("Digest calls it", Assert.Single(diagnostics).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("canonical: true\n", true)]
    [InlineData("canonical: False\n", false)]
    [InlineData("source: AP\n", null)]
    public void Canonical_is_a_maintainer_choice_the_sidecar_can_make(string yaml, bool? expected)
    {
        var diagnostics = new List<Diagnostic>();
        var sidecar = Sidecar.Parse(yaml, "seeds/a.yml", diagnostics);
        var inferred = new Article { Title = "T", Slug = "s", Story = "s" };

        Assert.Empty(diagnostics);
        Assert.Equal(expected, sidecar.Canonical);
        Assert.Equal(expected ?? false, sidecar.ApplyTo(inferred, SourceCatalog.BuiltIn).Canonical);
    }

    [Fact]
    public void A_canonical_that_is_not_true_or_false_is_an_error_at_its_line()
    {
        var diagnostics = new List<Diagnostic>();
        var sidecar = Sidecar.Parse("source: AP\ncanonical: maybe\n", "seeds/a.yml", diagnostics);
        var error = Assert.Single(diagnostics);
        Assert.Equal(2, error.Line);
        Assert.Null(sidecar.Canonical);
    }

    [Fact]
    public void Bad_sidecar_values_are_reported_at_their_line()
    {
        var diagnostics = new List<Diagnostic>();
        var sidecar = Sidecar.Parse("source: AP\ndate: last Thursday\n", "seeds/a.yml", diagnostics);
        var error = Assert.Single(diagnostics);
        Assert.Equal(2, error.Line);
        Assert.Null(sidecar.Date);
        Assert.Equal("AP", sidecar.Source);
    }

    [Fact]
    public void Malformed_sidecar_yaml_is_a_diagnostic_not_an_exception()
    {
        var diagnostics = new List<Diagnostic>();
        Sidecar.Parse("source: [AP\n", "seeds/a.yml", diagnostics);
        Assert.Equal(Severity.Error, Assert.Single(diagnostics).Severity);
    }

    [Fact]
    public void A_sidecar_that_nests_past_the_limit_is_refused_like_any_curated_yaml()
    {
        var diagnostics = new List<Diagnostic>();
        Sidecar.Parse("tags: " + new string('[', 5000) + "\n", "seeds/a.yml", diagnostics);
        Assert.Contains("nests deeper", Assert.Single(diagnostics).Message, StringComparison.Ordinal);
    }

    // Each mistake of shape is an error at its line and column; the sidecar's other values still apply.
    [Theory]
    [InlineData("source: AP\ntags: {economy: yes}\n", 2, 7, "'tags' must be a list like [economy, syria], not a mapping")]
    [InlineData("source: AP\ntags: [economy, [syria]]\n", 2, 17, "this item is a list")]
    [InlineData("source: AP\ntitle: [Bridge, closes]\n", 2, 8, "'title' must be a single value, not a list")]
    [InlineData("source: AP\nbyline:\n  name: Jane Example\n", 3, 3, "'byline' must be a single value, not a mapping")]
    public void A_value_of_the_wrong_shape_is_an_error_at_its_place_not_dropped_unsaid(string yaml, int line, int column, string message)
    {
        var diagnostics = new List<Diagnostic>();
        var sidecar = Sidecar.Parse(yaml, "seeds/a.yml", diagnostics);

        var error = Assert.Single(diagnostics);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal("AP", sidecar.Source);
        Assert.Null(sidecar.Tags);
        Assert.Null(sidecar.Title);
        Assert.Null(sidecar.Byline);
    }

    [Theory]
    [InlineData("https://gazette.example/2019/bridge", true)]
    [InlineData("http://gazette.example/a?id=1&b=2", true)]
    [InlineData("www.gazette.example/2019/bridge", false)]
    [InlineData("12", false)]
    [InlineData("/2019/bridge", false)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("ftp://gazette.example/a", false)]
    public void Url_must_be_an_absolute_web_address(string url, bool kept)
    {
        var diagnostics = new List<Diagnostic>();
        var sidecar = Sidecar.Parse($"url: \"{url}\"\n", "seeds/a.yml", diagnostics);

        Assert.Equal(kept ? url : null, sidecar.Url);
        if (kept)
        {
            Assert.Empty(diagnostics);
            return;
        }

        var error = Assert.Single(diagnostics);
        Assert.Equal((1, 6), (error.Line, error.Column));
        Assert.Contains($"url '{url}' is not an absolute http or https address", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_address_without_its_scheme_gets_the_likely_one_suggested()
    {
        var diagnostics = new List<Diagnostic>();
        Sidecar.Parse("url: www.gazette.example/2019/bridge\n", "seeds/a.yml", diagnostics);

        Assert.Contains("did you mean 'https://www.gazette.example/2019/bridge'?", Assert.Single(diagnostics).Message, StringComparison.Ordinal);
    }
}
