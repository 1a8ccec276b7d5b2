using Digest.Ingest.Attribution;

namespace Digest.Tests.Ingest.Attribution;

public sealed class SourceCatalogTests
{
    [Fact]
    public void Built_in_list_knows_wire_services_by_name_alias_host_and_credit()
    {
        var catalog = SourceCatalog.BuiltIn;
        Assert.Equal("Associated Press", catalog.Find("AP")?.Name);
        Assert.Equal("https://apnews.com/", catalog.HomeUrlOf("Associated Press"));
        Assert.Equal("Reuters", catalog.FindByHost("uk.reuters.com")?.Name);
        Assert.Equal("CNN", catalog.MatchCredit("™ & © 2017 Cable News Network, Inc. All rights reserved.")?.Name);
        Assert.True(catalog.PriorityOf("Reuters") > catalog.PriorityOf("Some Blog"));
        Assert.Equal(SourceCatalog.DefaultPriority, catalog.PriorityOf("Some Blog"));
    }

    [Fact]
    public void Sources_yml_adds_sources_and_overrides_built_in_fields()
    {
        var diagnostics = new List<Diagnostic>();
        var catalog = SourceCatalog.FromYaml(
            """
            - name: Example Gazette
              url: https://gazette.example/
              aliases: [The Gazette]
              hosts: [gazette.example]
              patterns: ["(Gazette)"]
              priority: 95
            - name: Reuters
              priority: 10
            """,
            "input/sources.yml",
            diagnostics);

        Assert.Empty(diagnostics);
        Assert.Equal("Example Gazette", catalog.Find("The Gazette")?.Name);
        Assert.Equal("Example Gazette", catalog.MatchCredit("LISBON (Gazette) — The council voted.")?.Name);
        Assert.Equal(95, catalog.PriorityOf("Example Gazette"));
        Assert.Equal(10, catalog.PriorityOf("Reuters"));
        Assert.Equal("https://www.reuters.com/", catalog.HomeUrlOf("Reuters")); // fields not given stay built-in
    }

    [Fact]
    public void Bad_yaml_is_a_diagnostic_with_its_line_never_an_exception()
    {
        var diagnostics = new List<Diagnostic>();
        var catalog = SourceCatalog.FromYaml("- name: Example Gazette\n  url: [unclosed\n", "input/sources.yml", diagnostics);

        var error = Assert.Single(diagnostics);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal("input/sources.yml", error.File);
        Assert.NotNull(error.Line);
        Assert.Null(catalog.Find("Example Gazette"));
        Assert.NotNull(catalog.Find("Reuters"));
    }

    [Fact]
    public void Bad_values_are_reported_at_their_line_and_the_entry_skipped()
    {
        var diagnostics = new List<Diagnostic>();
        var catalog = SourceCatalog.FromYaml("- name: Example Gazette\n  url: gazette\n  priority: high\n- url: https://x.example/\n", "input/sources.yml", diagnostics);

        Assert.Equal([2, 3, 4], diagnostics.Select(d => d.Line ?? 0).Order());
        Assert.Null(catalog.Find("Example Gazette"));
    }

    [Fact]
    public void Loads_input_sources_yml_of_a_project()
    {
        var root = Path.Combine(Path.GetTempPath(), "digest-sources-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var paths = ProjectPaths.Resolve(root);
            Directory.CreateDirectory(paths.Input);
            File.WriteAllText(Path.Combine(paths.Input, SourceCatalog.FileName), "- name: Example Gazette\n  url: https://gazette.example/\n");
            var catalog = SourceCatalog.Load(paths, new List<Diagnostic>());
            Assert.Equal("https://gazette.example/", catalog.HomeUrlOf("Example Gazette"));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
