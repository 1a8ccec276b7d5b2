using Deque.AxeCore.Playwright;

namespace Digest.Browser.Tests;

[Collection(SharedSite.Name)]
public sealed class AccessibilityTests(SiteFixture site)
{
    [Fact]
    public async Task Every_page_kind_has_zero_axe_violations_at_phone_and_desktop_widths()
    {
        var failures = new List<string>();
        foreach (var (kind, path) in await PageKinds.DiscoverAsync(site))
        {
            foreach (var width in new[] { 375, 1280 })
            {
                var page = await site.NewPageAsync(width);
                await page.GotoAsync(site.Url + path);
                var results = await page.RunAxe();
                failures.AddRange(results.Violations.Select(v =>
                    $"{kind} ({path}) at {width}px: {v.Id} — {v.Help} [{string.Join("; ", v.Nodes.Take(3).Select(n => n.Html))}]"));
                await page.Context.CloseAsync();
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public async Task Dark_mode_pages_also_pass_axe_colour_contrast()
    {
        var context = await site.Browser.NewContextAsync(new() { ColorScheme = Microsoft.Playwright.ColorScheme.Dark });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url);

        var results = await page.RunAxe();

        Assert.Empty(results.Violations.Select(v => v.Id));
        await context.CloseAsync();
    }
}
