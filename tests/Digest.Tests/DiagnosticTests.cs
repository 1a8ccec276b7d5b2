using Digest.Entities;
using Digest.Ingest.Attribution;

namespace Digest.Tests;

public sealed class DiagnosticTests
{
    [Fact]
    public void An_unknown_key_names_the_known_keys_and_the_nearest_in_every_file_kind()
    {
        var diagnostics = new List<Diagnostic>();
        SourceListReader.Read("- name: Example Gazette\n  hots: [gazette.example]\n", "input/sources.yml", diagnostics);
        EntitySettings.Parse("entities:\n  min_article: 3\n", "input/digest.yml", diagnostics);

        Assert.Equal(2, diagnostics.Count);
        Assert.Equal("input/sources.yml:2:3: warning: unknown key 'hots' (known keys: name, url, aliases, hosts, patterns, priority; nearest: 'hosts'); it is ignored", diagnostics[0].ToString());
        Assert.Equal("input/digest.yml:2:3: warning: unknown key 'entities.min_article' (known keys in entities: min_articles; nearest: 'min_articles'); it is ignored", diagnostics[1].ToString());
    }

    [Fact]
    public void A_source_list_item_that_is_a_list_is_named_and_left_out()
    {
        var diagnostics = new List<Diagnostic>();

        var sources = SourceListReader.Read("- name: Example Gazette\n  hosts: [gazette.example, [news.example]]\n", "input/sources.yml", diagnostics);

        Assert.Equal("input/sources.yml:2:28: warning: an item of 'hosts' must be a single value, not a list; it is left out", Assert.Single(diagnostics).ToString());
        Assert.Single(sources);
    }

    [Theory]
    [InlineData("dedupe", "; nearest: 'dedup'")]
    [InlineData("ingets", "; nearest: 'ingest'")]
    [InlineData("titel", "; nearest: 'title'")]
    [InlineData("foo", "")]
    [InlineData("category", "")]
    public void Only_a_key_a_typo_away_is_offered_and_the_stages_sections_are_known_keys(string key, string hint)
    {
        using var project = new Support.TempProject().WithInputFile("digest.yml", $"{key}: x\n");
        var diagnostics = new List<Diagnostic>();
        Digest.Publish.SiteSettings.Load(project.Paths, diagnostics);

        var warning = Assert.Single(diagnostics);
        Assert.Equal($"input/digest.yml:1:1: warning: unknown key '{key}' (known keys: title, description, base_url, page_size, topic_min_stories, language, term_feeds, ingest, dedup, entities{hint}); it is ignored", warning.ToString());
    }
}
