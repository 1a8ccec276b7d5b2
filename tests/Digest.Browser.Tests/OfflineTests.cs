namespace Digest.Browser.Tests;

[Collection(SharedSite.Name)]
public sealed class OfflineTests(SiteFixture site)
{
    [Fact]
    public async Task No_request_leaves_the_site_and_css_plus_js_stay_under_50_kb_per_page()
    {
        foreach (var (kind, path) in await PageKinds.DiscoverAsync(site))
        {
            var page = await site.NewPageAsync();
            var requests = new List<string>();
            long assetBytes = 0;
            page.Request += (_, request) => requests.Add(request.Url);
            page.Response += (_, response) =>
            {
                if (response.Url.EndsWith(".css", StringComparison.Ordinal) || response.Url.EndsWith(".js", StringComparison.Ordinal))
                {
                    assetBytes += long.Parse(response.Headers.GetValueOrDefault("content-length", "0"), System.Globalization.CultureInfo.InvariantCulture);
                }
            };
            await page.GotoAsync(site.Url + path);
            await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);

            Assert.All(requests, url => Assert.StartsWith(site.Url[..site.Url.IndexOf('/', 8)], url, StringComparison.Ordinal));
            Assert.True(assetBytes < 50 * 1024, $"{kind}: {assetBytes} bytes of CSS and JS");
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task With_javascript_off_pages_read_fine_and_search_says_what_to_do()
    {
        var context = await site.Browser.NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();

        await page.GotoAsync(site.Url);
        Assert.True(await page.Locator(".story-summary").CountAsync() > 0);
        await page.GotoAsync(site.Url + "search/");
        Assert.Contains("Search needs JavaScript", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await context.CloseAsync();
    }
}
