using Deque.AxeCore.Playwright;
using Digest.Preview;
using Microsoft.Playwright;

namespace Digest.Browser.Tests;

/// <summary>What <c>digest serve</c> adds to the pages it serves, as a maintainer's browser shows it.</summary>
[Collection(SharedSite.Name)]
public sealed class PreviewTests(SiteFixture site)
{
    [Fact]
    public async Task The_last_build_s_errors_show_over_the_page_as_text_pass_axe_and_hide_on_request()
    {
        IReadOnlyList<string> problems =
        [
            "input/articles/harbour-notes.md:2:8: error: malformed YAML: <img src=x onerror=\"window.injected=1\"> left open",
            "input/sources.yml:4:3: error: 'priority' must be a whole number",
        ];
        await using var server = await PreviewServer.StartAsync(site.OutputFolder, "/", 0, () => 1, () => problems);
        foreach (var width in new[] { 375, 1280 })
        {
            var page = await site.NewPageAsync(width);
            await page.GotoAsync(server.Url);
            var panel = page.Locator("#" + PreviewServer.ProblemsPanelId);

            await Assertions.Expect(panel).ToBeVisibleAsync();
            await Assertions.Expect(panel).ToContainTextAsync("Not all of your changes show here: 2 problems");
            // The problem's text is shown as text: the tag in it is neither an element nor run.
            await Assertions.Expect(panel.Locator("pre")).ToContainTextAsync("<img src=x onerror=\"window.injected=1\"> left open");
            Assert.Equal(0, await panel.Locator("img").CountAsync());
            Assert.Null(await page.EvaluateAsync<int?>("() => window.injected"));
            var violations = (await page.RunAxe()).Violations;
            Assert.True(violations.Length == 0, string.Join('\n', violations.Select(v => $"{width}px: {v.Id} — {v.Help}")));
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(SiteFixture.ScreenshotFolder, $"preview-build-problems-{width}.png") });

            await panel.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Hide" }).ClickAsync();
            await Assertions.Expect(panel).ToHaveCountAsync(0);
            await page.Context.CloseAsync();
        }

        // A build without errors: the next page has no panel.
        problems = [];
        var clean = await site.NewPageAsync();
        await clean.GotoAsync(server.Url);
        await Assertions.Expect(clean.Locator("#" + PreviewServer.ProblemsPanelId)).ToHaveCountAsync(0);
        await clean.Context.CloseAsync();
    }
}
