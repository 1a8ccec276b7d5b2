using Digest.Publish;

namespace Digest.Tests.Publish;

public sealed class SiteUrlsTests
{
    [Theory]
    [InlineData("https://example.org", "articles/a-b/", "https://example.org/articles/a-b/")]
    [InlineData("https://example.org/", "/feed.xml", "https://example.org/feed.xml")]
    [InlineData("https://example.org/digest", "articles/a/", "https://example.org/digest/articles/a/")]
    [InlineData("https://example.org/digest/", "archive/2017/09/", "https://example.org/digest/archive/2017/09/")]
    [InlineData("https://example.org/digest/", "tags/caf\u00e9 bar/", "https://example.org/digest/tags/caf%C3%A9%20bar/")]
    [InlineData("/", "articles/a/", "/articles/a/")]
    [InlineData("/digest", "articles/a/", "/digest/articles/a/")]
    public void Absolute_urls_keep_the_base_path_and_escape_what_needs_it(string baseUrl, string sitePath, string expected)
    {
        Assert.Equal(expected, new SiteUrls(baseUrl).Absolute(sitePath));
    }
}
