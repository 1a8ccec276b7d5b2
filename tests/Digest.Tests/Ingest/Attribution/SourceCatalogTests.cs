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

    // The credit search as first written: every pattern looked for on its own, in the catalog's order (curated first);
    // the earliest wins, and at one place the first found unless a later one has a higher priority.
    private static SourceInfo? CreditByEachPattern(SourceCatalog catalog, string text)
    {
        SourceInfo? best = null;
        var bestIndex = int.MaxValue;
        foreach (var source in catalog.All.Reverse())
        {
            foreach (var pattern in source.Patterns)
            {
                var index = text.IndexOf(pattern, StringComparison.Ordinal);
                if (index >= 0 && (index < bestIndex || (index == bestIndex && source.Priority > best!.Priority)))
                {
                    best = source;
                    bestIndex = index;
                }
            }
        }

        return best;
    }

    [Fact]
    public void A_credit_is_the_source_that_looking_for_each_pattern_on_its_own_finds()
    {
        var random = new Random(5);
        string Text(int length) => new([.. Enumerable.Range(0, length).Select(_ => "ab(c) "[random.Next(6)])]);
        var found = 0;
        for (var round = 0; round < 100; round++)
        {
            // Short patterns of few letters, so that they overlap, nest and start at the same places; priorities tie.
            var yaml = string.Concat(Enumerable.Range(0, random.Next(1, 8)).Select(i =>
                $"- name: Source {i}\n  priority: {random.Next(3)}\n  patterns: [{string.Join(", ", Enumerable.Range(0, random.Next(1, 4)).Select(_ => $"\"{Text(random.Next(1, 4))}\""))}]\n"));
            var catalog = SourceCatalog.FromYaml(yaml, "input/sources.yml", new List<Diagnostic>());
            for (var line = 0; line < 30; line++)
            {
                var text = Text(random.Next(0, 40));
                var expected = CreditByEachPattern(catalog, text);
                Assert.Equal(expected, catalog.MatchCredit(text));
                found += expected is null ? 0 : 1;
            }
        }

        Assert.InRange(found, 500, 2_900);
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
    public void A_name_or_alias_two_entries_of_sources_yml_claim_is_a_warning_at_the_later_one()
    {
        var diagnostics = new List<Diagnostic>();
        var catalog = SourceCatalog.FromYaml(
            """
            - name: Example Gazette
              aliases: [The Gazette]
            - name: Harbour Post
              aliases: [the gazette]
            - name: example gazette
              url: https://gazette.example/
            - name: harbour post
            - name: The Gazette
            """,
            "input/sources.yml",
            diagnostics);

        Assert.Equal(
            [
                (Severity.Warning, 3, "'Harbour Post' has the alias 'the gazette', which is already a name of 'Example Gazette' (line 1); its reports are credited to 'Harbour Post'"),
                (Severity.Warning, 5, "a second source named 'example gazette' (the first is at line 1); its fields replace the first's"),
                (Severity.Warning, 7, "a second source named 'harbour post' (the first is at line 3); its fields replace the first's"),
                (Severity.Warning, 8, "the name 'The Gazette' is already an alias of 'Harbour Post' (line 3); its reports are credited to 'The Gazette'"),
            ],
            diagnostics.Select(d => (d.Severity, d.Line ?? 0, d.Message)));
        Assert.Equal("The Gazette", catalog.Find("the gazette")?.Name);
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
