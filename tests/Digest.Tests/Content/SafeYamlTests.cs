using System.Text;
using Digest.Content;

namespace Digest.Tests.Content;

public sealed class SafeYamlTests
{
    [Fact]
    public void An_alias_bomb_is_refused_with_its_line()
    {
        var yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i < 12; i++)
        {
            yaml.Append(CultureInfoFree($"l{i}: &l{i} [")).Append(string.Join(", ", Enumerable.Repeat(i == 1 ? "*a" : $"*l{i - 1}", 9))).Append("]\n");
        }

        var diagnostics = new List<Diagnostic>();

        Assert.Null(SafeYaml.LoadMapping(yaml.ToString(), "bomb.yml", diagnostics));
        var error = Assert.Single(diagnostics);
        Assert.Contains("alias", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.Line);
    }

    [Theory]
    [InlineData("title: Digest\n\tpage_size: 3\n", 0, "2:1: error: malformed YAML: a tab in the indent; YAML indents with spaces only")]
    [InlineData("title: Digest\ndedup:\n\tnear_jaccard: 0.5\n", 0, "3:1: error: malformed YAML: a tab in the indent")]
    [InlineData("title: T\nslug: t\n\tdate: 2017-01-01\n", 1, "4:1: error: malformed YAML: a tab in the indent")]
    [InlineData("title: *undefined\n", 0, "1:8: error: malformed YAML: *undefined names no anchor (&undefined) of the file; quote the value if the '*' is text")]
    [InlineData("source: X\ntags: [a, *nope]\n", 0, "2:11: error: malformed YAML: *nope names no anchor (&nope)")]
    [InlineData("title: T\nslug: t\ntags: [a, *nope]\n", 1, "4:11: error: malformed YAML: *nope names no anchor")]
    [InlineData("title: A\nmenu: [a]\ntitle: B\n", 0, "3:1: error: malformed YAML: the key 'title' is given twice (first at line 1); keep one")]
    [InlineData("dedup:\n  story_days: 3\n  near_jaccard: 0.5\n  story_days: 4\n", 0, "4:3: error: malformed YAML: the key 'story_days' is given twice (first at line 2); keep one")]
    [InlineData("a:\n  x: 1\nx: 2\nb:\n  x: 3\n  x: 4\n", 0, "6:3: error: malformed YAML: the key 'x' is given twice (first at line 5); keep one")]
    [InlineData("title: T\nslug: t\nslug: u\n", 1, "4:1: error: malformed YAML: the key 'slug' is given twice (first at line 3)")]
    public void A_tab_in_an_indent_an_alias_of_no_anchor_and_a_key_given_twice_are_shown_where_they_are(string yaml, int lineOffset, string expected)
    {
        var diagnostics = new List<Diagnostic>();

        Assert.Null(SafeYaml.LoadMapping(yaml, "f.yml", diagnostics, lineOffset));

        Assert.StartsWith("f.yml:" + expected, Assert.Single(diagnostics).ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("title:Digest\n", "f.yml:1:1: error: must be a mapping of keys to values (key: value); put a space after the ':' of 'title:Digest'")]
    [InlineData("https://news.example/\n", "f.yml:1:1: error: must be a mapping of keys to values (key: value)")]
    [InlineData("- a\n- b\n", "f.yml:1:1: error: must be a mapping of keys to values (key: value)")]
    public void A_text_that_is_no_mapping_is_said_to_be_one_with_the_likely_slip(string yaml, string expected)
    {
        var diagnostics = new List<Diagnostic>();

        Assert.Null(SafeYaml.LoadMapping(yaml, "f.yml", diagnostics));

        Assert.Equal(expected, Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void Deep_nesting_is_refused_before_the_parser_recurses()
    {
        var yaml = "a: " + new string('[', 100_000) + new string(']', 100_000) + "\n";
        var diagnostics = new List<Diagnostic>();

        Assert.Null(SafeYaml.LoadMapping(yaml, "deep.yml", diagnostics));
        Assert.Contains("nests deeper", Assert.Single(diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_huge_scalar_is_refused_by_size()
    {
        var diagnostics = new List<Diagnostic>();

        Assert.Null(SafeYaml.LoadMapping("a: " + new string('x', SafeYaml.MaxLength + 1), "huge.yml", diagnostics));
        Assert.Contains("limit", Assert.Single(diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_curated_catalog_may_be_longer_than_front_matter_up_to_its_own_limit()
    {
        // 20,000 names with their aliases and descriptions: about 1.8 million characters.
        var catalog = string.Concat(Enumerable.Range(0, 20_000).Select(i =>
            $"Entity Number {i}:\n  type: place\n  aliases: [EN{i}]\n  description: The place numbered {i} in a long list.\n"));
        Assert.True(catalog.Length > SafeYaml.MaxLength);
        var diagnostics = new List<Diagnostic>();

        var entities = Digest.Entities.EntityFile.Parse(catalog, "input/entities.yml", Digest.Entities.EntityOrigin.Curated, diagnostics);
        Assert.Empty(diagnostics);
        Assert.Equal(20_000, entities.Count);

        Assert.Null(SafeYaml.LoadMapping(catalog, "input/tags.yml", diagnostics));
        Assert.Contains("limit is 1,048,576", Assert.Single(diagnostics).Message, StringComparison.Ordinal);
        diagnostics.Clear();
        Assert.Null(SafeYaml.LoadMapping("a: " + new string('x', SafeYaml.MaxCatalogLength), "input/entities.yml", diagnostics, maxLength: SafeYaml.MaxCatalogLength));
        Assert.Contains("limit is 16,777,216", Assert.Single(diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Front_matter_that_attacks_the_parser_is_an_error_and_the_site_still_builds()
    {
        using var project = new Support.TempProject()
            .WithInputFile("articles/deep.md", "---\ntitle: " + new string('[', 5000) + "\n---\n\nBody\n")
            .WithInputFile("articles/good.md", "---\ntitle: Good\nslug: good\n---\n\nBody\n");

        var result = project.Publish();

        var error = Assert.Single(result.Diagnostics);
        Assert.StartsWith("input/articles/deep.md:2:", error.ToString(), StringComparison.Ordinal);
        Assert.True(File.Exists(project.OutputFile("articles/good/")));
    }

    [Fact]
    public void Malformed_digest_yml_names_its_line_and_the_defaults_are_used()
    {
        using var project = new Support.TempProject()
            .WithInputFile("digest.yml", "title: Mine\npage_size: [1\n")
            .WithInputFile("articles/good.md", "---\ntitle: Good\nslug: good\n---\n\nBody\n");

        var result = project.Publish();

        var error = Assert.Single(result.Diagnostics);
        Assert.StartsWith("input/digest.yml:", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("malformed YAML", error.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(project.OutputFile("")));
    }

    [Fact]
    public void A_flow_sequence_left_open_inside_a_mapping_is_an_error_not_a_crash()
    {
        var diagnostics = new List<Diagnostic>();

        Assert.Null(SafeYaml.LoadMapping("Raqqa:\n  aliases: [unclosed\n  type: place\n", "input/entities.yml", diagnostics));
        Assert.Contains("malformed YAML", Assert.Single(diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bracket_left_open_is_named_as_the_likely_cause_not_with_the_parsers_own_words()
    {
        var diagnostics = new List<Diagnostic>();

        Assert.Null(SafeYaml.LoadMapping("title: [\nslug: a-title\n", "input/articles/a-title.md", diagnostics, lineOffset: 1));

        var error = Assert.Single(diagnostics);
        Assert.Contains("'[' or '{' left open", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Operation is not valid", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.Line);
    }

    private static string CultureInfoFree(FormattableString text) => FormattableString.Invariant(text);
}
