using System.Text;
using Digest.Content;

namespace Digest.Tests.Content;

public sealed class ArticleFileTests
{
    private static readonly Article Sample = new()
    {
        Title = "US-led coalition: \"signals\" it will yield # city",
        Slug = "us-led-coalition-signals",
        Date = new DateOnly(2017, 9, 14),
        Source = "CNN",
        Byline = "Ryan Browne",
        Dateline = "BEIRUT",
        Url = "https://example.org/a?b=1",
        Updated = new DateOnly(2017, 9, 16),
        Summary = "In short: the coalition's \"offer\" # and more.",
        Aliases = ["articles/old-slug/", "2017/09/old.html"],
        Tags = ["syria", "russia"],
        Entities = ["Deir Ezzor", "Ryan Dillon", "Syrian Democratic Forces"],
        Story = "deir-ezzor-deconfliction",
        Topic = "deir-ezzor-offensive",
        DuplicateOf = "other-slug",
        Seed = "003_8df60a2fe9eccea6.txt",
        Body = "First paragraph.\n\nSecond: with *markdown*.",
    };

    [Fact]
    public void Front_matter_round_trips_every_field()
    {
        var text = ArticleFile.Write(Sample);
        var diagnostics = new List<Diagnostic>();

        var read = ArticleFile.Read(text, "a.md", diagnostics);

        Assert.Empty(diagnostics);
        Assert.NotNull(read);
        Assert.Equal(Sample with { Tags = read.Tags, Entities = read.Entities, Aliases = read.Aliases }, read);
        Assert.Equal(Sample.Aliases, read.Aliases);
        Assert.Equal(Sample.Tags, read.Tags);
        Assert.Equal(Sample.Entities, read.Entities);
        Assert.Equal(text, ArticleFile.Write(read));
    }

    [Fact]
    public void Written_front_matter_uses_the_design_keys_in_order_with_flow_lists()
    {
        var text = ArticleFile.Write(Sample with { Tags = [] });

        var keys = text.Split('\n').Skip(1).TakeWhile(l => l != "---").Select(l => l.Split(':')[0]).ToList();
        Assert.Equal(["title", "slug", "date", "updated", "source", "byline", "dateline", "url", "summary", "aliases", "language", "tags", "entities", "story", "topic", "duplicate_of", "seed"], keys);
        Assert.Equal(FrontMatterKeys.All.Where(keys.Contains), keys); // the order the keys are declared in
        Assert.DoesNotContain("aliases", ArticleFile.Write(Sample with { Aliases = [] }), StringComparison.Ordinal); // only when there are some
        Assert.Contains("\ndate: 2017-09-14\n", text, StringComparison.Ordinal);
        Assert.Contains("\ntags: []\n", text, StringComparison.Ordinal);
        Assert.Contains("\nentities: [Deir Ezzor, Ryan Dillon, Syrian Democratic Forces]\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_item_that_is_a_list_or_a_mapping_is_named_and_left_out()
    {
        var diagnostics = new List<Diagnostic>();

        var article = ArticleFile.Read("---\ntitle: T\nslug: t\ntags: [a, [b]]\nentities: [Foo, {a: 1}]\n---\n\nBody.\n", "input/articles/t.md", diagnostics);

        Assert.Equal(["a"], article!.Tags);
        Assert.Equal(["Foo"], article.Entities);
        Assert.Equal(["input/articles/t.md:4:11: warning: an item of 'tags' must be a single value, not a list; it is left out",
            "input/articles/t.md:5:17: warning: an item of 'entities' must be a single value, not a mapping; it is left out"], diagnostics.Select(d => d.ToString()));
    }

    [Theory]
    [InlineData("\"english <x>\"", "english <x>")]
    [InlineData("42", "42")]
    [InlineData("english", "english")]
    public void A_language_that_is_no_language_tag_is_a_warning_at_its_place_and_en_is_used(string yaml, string written)
    {
        var diagnostics = new List<Diagnostic>();

        var article = ArticleFile.Read($"---\ntitle: T\nslug: t\nlanguage: {yaml}\n---\n\nBody.\n", "input/articles/t.md", diagnostics);

        Assert.Equal("en", article!.Language);
        Assert.Equal($"input/articles/t.md:4:11: warning: language '{written}' must be a language tag such as en, fr or pt-BR; en is used", Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void Canonical_is_written_only_when_chosen_and_read_back()
    {
        Assert.DoesNotContain("canonical", ArticleFile.Write(Sample), StringComparison.Ordinal);
        var text = ArticleFile.Write(Sample with { Canonical = true });
        Assert.Contains("\nduplicate_of: other-slug\ncanonical: true\nseed: ", text, StringComparison.Ordinal);

        var diagnostics = new List<Diagnostic>();
        Assert.True(ArticleFile.Read(text, "a.md", diagnostics)!.Canonical);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Ingest_hash_tells_an_untouched_file_from_an_edited_one()
    {
        var text = ArticleFile.Write(Sample, stampIngestHash: true);

        Assert.True(ArticleFile.IsUnchangedSinceIngest(text));
        Assert.False(ArticleFile.IsUnchangedSinceIngest(text.Replace("Second", "Third", StringComparison.Ordinal)));
        Assert.False(ArticleFile.IsUnchangedSinceIngest(ArticleFile.Write(Sample)));
        Assert.True(ArticleFile.IsUnchangedSinceIngest(text.ReplaceLineEndings("\r\n")));
        Assert.False(ArticleFile.IsUnchangedSinceIngest(text.Replace("ingest_hash: ", "ingest_hash: 0", StringComparison.Ordinal)));
        Assert.False(ArticleFile.IsUnchangedSinceIngest(text + "\nMore body."));
    }

    [Fact]
    public void The_ingest_hash_check_on_a_file_s_bytes_agrees_with_the_check_on_its_text()
    {
        var text = ArticleFile.Write(Sample, stampIngestHash: true);
        var withSeparator = ArticleFile.Write(Sample with { Body = "First\u2028line.\n\nSecond." }, stampIngestHash: true);
        var lastLine = text.Replace("\ningest_hash:", "\nx: 1\ningest_hash:", StringComparison.Ordinal);
        (string Text, byte[] Bytes)[] files =
        [
            (text, Encoding.UTF8.GetBytes(text)),
            (text, [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text)]),
            (text.ReplaceLineEndings("\r\n"), Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\r\n"))),
            (text.Replace("Second", "Third", StringComparison.Ordinal), Encoding.UTF8.GetBytes(text.Replace("Second", "Third", StringComparison.Ordinal))),
            (ArticleFile.Write(Sample), Encoding.UTF8.GetBytes(ArticleFile.Write(Sample))),
            (text + "\nMore body.", Encoding.UTF8.GetBytes(text + "\nMore body.")),
            (withSeparator, Encoding.UTF8.GetBytes(withSeparator)),
            (withSeparator.Replace("\u2028", "\n", StringComparison.Ordinal), Encoding.UTF8.GetBytes(withSeparator.Replace("\u2028", "\n", StringComparison.Ordinal))),
            (lastLine, Encoding.UTF8.GetBytes(lastLine)),
            (text.TrimEnd('\n'), Encoding.UTF8.GetBytes(text.TrimEnd('\n'))),
        ];

        Assert.Equal(
            files.Select(f => ArticleFile.IsUnchangedSinceIngest(f.Text)),
            files.Select(f => ArticleFile.IsUnchangedSinceIngest(f.Bytes)));
        // A line separator counts as a line break, as everywhere in article files.
        Assert.Equal([true, true, true, false, false, false, true, true], files.Take(8).Select(f => ArticleFile.IsUnchangedSinceIngest(f.Bytes)));
    }

    [Theory]
    [InlineData("2951ef2335e75f14")]
    [InlineData("0000000000000000")]
    [InlineData("1234567890123456")]
    [InlineData("1e10000000000000")]
    [InlineData("0e00000000000000")]
    [InlineData("deadbeefcafef00d")]
    public void The_ingest_hash_line_is_what_the_yaml_writer_writes_for_it(string hash)
    {
        // ArticleFile.Write appends the line instead of serialising the front matter twice.
        Assert.Equal(FrontMatterWriter.ToYaml(Sample, hash), FrontMatterWriter.ToYaml(Sample, null) + FrontMatterWriter.IngestHashLine(hash));
    }

    [Theory]
    [InlineData("---\ntitle: A\nslug: a\ndate: 2017-13-45\n---\n\nBody", 4, "2017-13-45")]
    [InlineData("---\ntitle: A\nslug: [a, b\n---\n\nBody", 4, "malformed YAML")]
    [InlineData("---\ntitle: A\nslug: Not A Slug\n---\n\nBody", 3, "lowercase")]
    [InlineData("---\nslug: a\n---\n\nBody", null, "no 'title'")]
    [InlineData("---\ntitle: A\nslug: a\ncanonical: perhaps\n---\n\nBody", 4, "true or false")]
    public void Bad_front_matter_is_an_error_naming_the_line(string text, int? line, string message)
    {
        var diagnostics = new List<Diagnostic>();

        var article = ArticleFile.Read(text, "input/articles/a.md", diagnostics);

        Assert.Null(article);
        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(line, error.Line);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("input/articles/a.md", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_key_is_a_warning_with_the_nearest_known_key()
    {
        var diagnostics = new List<Diagnostic>();

        var article = ArticleFile.Read("---\ntitle: A\nslug: a\ntagz: [x]\n---\n\nBody", "a.md", diagnostics);

        Assert.NotNull(article);
        var warning = Assert.Single(diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(4, warning.Line);
        Assert.Contains("'tags'", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_without_front_matter_is_an_error()
    {
        var diagnostics = new List<Diagnostic>();

        Assert.Null(ArticleFile.Read("# Just markdown\n", "a.md", diagnostics));
        Assert.Contains("no YAML front matter", Assert.Single(diagnostics).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("---\ntitle: T\nslug: t\n---\n\nBody.\n", "Body.")]
    [InlineData("---  \r\ntitle: T\r\nslug: t\r\n...\r\nBody.\r\n\r\nMore.", "Body.\n\nMore.")]
    [InlineData("---\ntitle: T\nslug: t\n---", "")]
    [InlineData("---\ntitle: T\nslug: t\n---\n---\nAfter a rule.\n", "---\nAfter a rule.")]
    public void Front_matter_ends_at_the_first_closing_line_and_the_body_follows(string text, string body)
    {
        var diagnostics = new List<Diagnostic>();

        var article = ArticleFile.Read(text, "a.md", diagnostics);

        Assert.Empty(diagnostics);
        Assert.Equal("T", article!.Title);
        Assert.Equal(body, article.Body);
    }

    [Theory]
    [InlineData("--- \ntitle: T\nslug: t\n", "is never closed")]
    [InlineData("---", "is never closed")]
    [InlineData("title: T\n---\n", "no YAML front matter")]
    [InlineData("---\n---\nBody\n", "the front matter is empty")]
    [InlineData("---\n  \n...\n", "the front matter is empty")]
    public void Unclosed_misplaced_or_empty_front_matter_is_an_error_that_says_which(string text, string problem)
    {
        var diagnostics = new List<Diagnostic>();

        Assert.Null(ArticleFile.Read(text, "a.md", diagnostics));
        var error = Assert.Single(diagnostics);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.Equal(1, error.Line);
    }
}
