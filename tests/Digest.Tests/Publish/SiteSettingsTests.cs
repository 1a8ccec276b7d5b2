using Digest.Publish;
using Digest.Tests.Support;

namespace Digest.Tests.Publish;

public sealed class SiteSettingsTests
{
    private static (SiteSettings Settings, List<Diagnostic> Diagnostics) Load(string yaml)
    {
        using var project = new TempProject().WithInputFile("digest.yml", yaml);
        var diagnostics = new List<Diagnostic>();
        return (SiteSettings.Load(project.Paths, diagnostics), diagnostics);
    }

    [Fact]
    public void Settings_are_read_from_digest_yml()
    {
        var (settings, diagnostics) = Load("title: Harbour News\nlanguage: pt-BR\npage_size: 30\nbase_url: https://example.org/news\n");

        Assert.Empty(diagnostics);
        Assert.Equal(("Harbour News", "pt-BR", 30, "https://example.org/news/"), (settings.Title, settings.Language, settings.PageSize, settings.BaseUrl));
    }

    [Theory]
    [InlineData("https://example.org/news", "https://example.org/news/")]
    [InlineData("http://example.org:8080/a/b/", "http://example.org:8080/a/b/")]
    [InlineData("/digest", "/digest/")]
    [InlineData("/", "/")]
    [InlineData("/ünï/", "/ünï/")]
    [InlineData("example.org/news", null)]
    [InlineData("ftp://example.org/", null)]
    [InlineData("https://example.org/news?ref=feed", null)]
    [InlineData("https://example.org/news#top", null)]
    [InlineData("/news?x=1", null)]
    [InlineData("https://editor:secret@example.org/", null)]
    [InlineData("//cdn.example.org/news/", null)]
    [InlineData("/harbour news/", null)]
    [InlineData("/a/../../b/", null)]
    [InlineData("https://example.org/news/./", null)]
    [InlineData("/news..old/", "/news..old/")]
    [InlineData("", null)]
    public void A_base_url_is_a_url_or_a_path_that_links_can_be_appended_to(string value, string? expected)
    {
        Assert.Equal(expected, SiteSettings.NormalBaseUrl(value));

        var (settings, diagnostics) = Load($"base_url: \"{value}\"\n");
        Assert.Equal(expected ?? new SiteSettings().BaseUrl, settings.BaseUrl);
        Assert.Equal(expected is null ? 1 : 0, diagnostics.Count(d => d.Severity == Severity.Error && d.Message.Contains(SiteSettings.BaseUrlRule, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("title: Harbour News\nlanguage: 12\n", 2, 11, "language '12' must be a language tag such as en, fr or pt-BR")]
    [InlineData("title: Harbour News\nlanguage: \"en\\\" onload=\\\"x\"\n", 2, 11, "must be a language tag")]
    [InlineData("title: Harbour News\npage_size: lots\n", 2, 12, "page_size 'lots' must be a whole number from 1 to 1000")]
    [InlineData("title: Harbour News\nlanguage: [en, fr]\n", 2, 11, "'language' must be a single value, not a list")]
    [InlineData("title: Harbour News\npage_size: {a: 1}\n", 2, 12, "'page_size' must be a single value, not a mapping")]
    public void A_bad_value_is_an_error_at_its_place_and_the_default_is_kept(string yaml, int line, int column, string message)
    {
        var (settings, diagnostics) = Load(yaml);

        var error = Assert.Single(diagnostics);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal("Harbour News", settings.Title);
        Assert.Equal(new SiteSettings().Language, settings.Language);
        Assert.Equal(new SiteSettings().PageSize, settings.PageSize);
    }

    [Fact]
    public void A_title_given_as_a_list_is_an_error_not_an_empty_title()
    {
        var (settings, diagnostics) = Load("title: [Harbour, News]\n");

        Assert.Contains("'title' must be a single value, not a list", Assert.Single(diagnostics).Message, StringComparison.Ordinal);
        Assert.Equal(new SiteSettings().Title, settings.Title);
    }
}
