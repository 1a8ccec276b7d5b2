using Digest.Dedup;
using Digest.Tests.Support;

namespace Digest.Tests.Dedup;

public sealed class DedupSettingsLoaderTests
{
    [Fact]
    public void No_section_gives_the_defaults()
    {
        var diagnostics = new List<Diagnostic>();
        Assert.Equal(new DedupSettings(), DedupSettingsLoader.Parse("title: Digest\n", "input/digest.yml", diagnostics));
        Assert.Empty(diagnostics);
    }

    [Theory]
    [InlineData("title: Digest\nterm_feeds: [atom, rss\npage_size: 3\n")]
    [InlineData("title: Digest\ndedup: {near_jaccard: 0.5\nlanguage: en\n")]
    public void A_bracket_left_open_gives_the_defaults_without_a_second_report(string yaml)
    {
        var diagnostics = new List<Diagnostic>();

        Assert.Equal(new DedupSettings(), DedupSettingsLoader.Parse(yaml, "input/digest.yml", diagnostics));
        Assert.Empty(diagnostics);
    }

    [Theory]
    [InlineData("title: Digest\nterm_feeds: [atom, rss\npage_size: 3\n", "input/digest.yml:2:")]
    [InlineData("title: Digest\ndedup: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\n", "input/digest.yml:2:")]
    public void A_build_with_digest_yml_it_cannot_read_reports_it_once_and_builds_the_rest(string yaml, string at)
    {
        // YamlDotNet throws InvalidOperationException on a '[' left open: ingest's reading of the dedup section crashed the build.
        using var project = new TempProject().WithRepositorySeeds().WithInputFile("digest.yml", yaml);

        var diagnostics = project.Build();

        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.StartsWith(at, error.ToString(), StringComparison.Ordinal);
        Assert.Equal(5, project.ArticleFiles().Count);
        Assert.True(File.Exists(Path.Combine(project.Paths.Output, "index.html")));
    }

    [Fact]
    public void Values_are_read()
    {
        var settings = DedupSettingsLoader.Parse("dedup:\n  near_jaccard: 0.7\n  story_days: 3\n  near_copies: false\n  topic_attach: 0\n", "d.yml", new List<Diagnostic>());
        Assert.Equal(0, settings.TopicAttach);
        Assert.Equal(0.7, settings.NearJaccard);
        Assert.Equal(3, settings.StoryDays);
        Assert.False(settings.NearCopies);
    }

    [Fact]
    public void A_bad_value_is_reported_at_its_line_and_the_default_kept()
    {
        var diagnostics = new List<Diagnostic>();
        var settings = DedupSettingsLoader.Parse("title: x\ndedup:\n  story_similarity: 0.3\n  near_jaccard: 1.5\n", "input/digest.yml", diagnostics);
        Assert.Equal(new DedupSettings().NearJaccard, settings.NearJaccard);
        Assert.Equal(0.3, settings.StorySimilarity);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.StartsWith("input/digest.yml:4:", diagnostic.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_key_is_a_warning_naming_the_nearest_key()
    {
        var diagnostics = new List<Diagnostic>();
        DedupSettingsLoader.Parse("dedup:\n  story_similarty: 0.3\n", "d.yml", diagnostics);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Contains("story_similarity", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(2, diagnostic.Line);
    }

    [Fact]
    public void A_misspelt_topic_attach_is_named_as_the_nearest_key()
    {
        var diagnostics = new List<Diagnostic>();
        DedupSettingsLoader.Parse("dedup:\n  topic_atach: 0.1\n", "d.yml", diagnostics);
        Assert.Contains("nearest: 'topic_attach'", Assert.Single(diagnostics).Message, StringComparison.Ordinal);
    }
}
