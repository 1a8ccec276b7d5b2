namespace Digest.Browser.Tests;

[Collection(SharedSite.Name)]
public sealed class ScreenshotTests(SiteFixture site)
{
    [Fact]
    public async Task Every_page_kind_is_captured_at_phone_and_desktop_widths()
    {
        foreach (var (kind, path) in await PageKinds.DiscoverAsync(site))
        {
            foreach (var (device, width) in new[] { ("phone", 375), ("desktop", 1280) })
            {
                var page = await site.NewPageAsync(width);
                await page.GotoAsync(site.Url + path);
                var file = Path.Combine(SiteFixture.ScreenshotFolder, $"{kind}-{device}.png");
                await page.ScreenshotAsync(new() { Path = file, FullPage = true });
                Assert.True(new FileInfo(file).Length > 1000, $"{file} was written");

                // Nothing overflows sideways on a phone: the page is as wide as the viewport.
                var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
                Assert.True(scrollWidth <= width, $"{kind} at {width}px is {scrollWidth}px wide");
                await page.Context.CloseAsync();
            }
        }
    }
}
