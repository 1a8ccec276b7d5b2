using Microsoft.Playwright;

namespace Digest.Browser.Tests;

[Collection(SharedSite.Name)]
public sealed class NavigationTests(SiteFixture site)
{
    [Fact]
    public async Task A_reader_walks_from_home_to_story_article_and_source_and_back()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url);
        Assert.Equal("Digest", await page.TitleAsync());

        var storyLink = page.Locator(".story-summary .summary-title a").First;
        var storyTitle = await storyLink.InnerTextAsync();
        await storyLink.ClickAsync();
        Assert.Equal(storyTitle, await page.Locator("h1").InnerTextAsync());
        Assert.Contains("/stories/", page.Url, StringComparison.Ordinal);

        var reportLink = page.Locator(".report .summary-title a").First;
        var reportTitle = await reportLink.InnerTextAsync();
        await reportLink.ClickAsync();
        Assert.Contains("/articles/", page.Url, StringComparison.Ordinal);
        Assert.Equal(reportTitle, await page.Locator("h1").InnerTextAsync());
        Assert.True(await page.Locator(".body p").CountAsync() > 1, "the article body is shown");

        var sourceLink = page.Locator("article.article .meta a.source");
        var source = await sourceLink.InnerTextAsync();
        await sourceLink.ClickAsync();
        Assert.Contains("/sources/", page.Url, StringComparison.Ordinal);
        Assert.Equal(source, await page.Locator("h1").InnerTextAsync());
        Assert.True(await page.Locator($".summary-title a:text-is(\"{reportTitle.Replace("\"", "\\\"", StringComparison.Ordinal)}\")").CountAsync() == 1,
            "the source page lists the article we came from");

        await page.GoBackAsync();
        Assert.Equal(reportTitle, await page.Locator("h1").InnerTextAsync());
        await page.Locator(".site-title").ClickAsync();
        Assert.Equal(site.Url, page.Url);
    }

    [Fact]
    public async Task Search_finds_an_article_by_a_word_of_its_text_and_opens_it()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url + "search/");

        await page.Locator("#search-input").FillAsync("Euphrates");
        await page.Locator("#search-results li").First.WaitForAsync();
        var count = await page.Locator("#search-results li").CountAsync();
        Assert.True(count >= 2, $"several seeds mention the Euphrates, found {count}");
        Assert.Contains("match", await page.Locator("#search-status").InnerTextAsync(), StringComparison.Ordinal);

        var first = page.Locator("#search-results .summary-title a").First;
        var title = await first.InnerTextAsync();
        await first.ClickAsync();
        Assert.Equal(title, await page.Locator("h1").InnerTextAsync());
    }

    [Fact]
    public async Task Search_for_nonsense_says_nothing_matches()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url + "search/?q=zzqxjv");

        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync("No articles match");
        Assert.Equal(0, await page.Locator("#search-results li").CountAsync());
    }

    [Fact]
    public async Task Missing_pages_get_the_404_page()
    {
        var page = await site.NewPageAsync();
        var response = await page.GotoAsync(site.Url + "no/such/page/");

        Assert.Equal(404, response!.Status);
        Assert.Equal("Page not found", await page.Locator("h1").InnerTextAsync());
    }
}
