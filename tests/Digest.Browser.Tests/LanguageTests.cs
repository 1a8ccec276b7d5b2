using Digest.Ingest;
using Digest.Preview;
using Digest.Publish;
using Digest.Theme;
using Microsoft.Playwright;

namespace Digest.Browser.Tests;

/// <summary>A site in another language: the search script says what it finds, and writes dates, in the site's words.</summary>
[Collection(SharedSite.Name)]
public sealed class LanguageTests(SiteFixture site)
{
    [Fact]
    public async Task A_french_sites_search_speaks_french()
    {
        var root = Path.Combine(Path.GetTempPath(), "digest-browser-fr-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var paths = ProjectPaths.Resolve(root);
            SiteFixture.CopyRepositorySeeds(paths);
            Directory.CreateDirectory(paths.Input);

            File.WriteAllText(Path.Combine(paths.Input, "digest.yml"), "title: Revue\nlanguage: fr\n");
            Ingester.Run(paths);
            Publisher.Run(paths, () => new RazorPageRenderer());
            await using var server = await PreviewServer.StartAsync(paths.Output);
            var page = await site.NewPageAsync();
            await page.GotoAsync(server.Url + "search/");
            var status = page.Locator("#search-status");

            await page.Locator("#search-input").FillAsync("e");
            await Assertions.Expect(status).ToHaveTextAsync("Tapez une lettre de plus pour lancer la recherche.");

            await page.Locator("#search-input").FillAsync("Euphrates");
            await Assertions.Expect(status).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^\\d+ articles correspondent à «\u00a0Euphrates\u00a0»\\.$"));

            // The one seed dated (21 September 2017) is the generals' meeting.
            await page.Locator("#search-input").FillAsync("generals meet");
            await Assertions.Expect(status).ToHaveTextAsync("1 article correspond à «\u00a0generals meet\u00a0».");
            await Assertions.Expect(page.Locator("#search-results li .meta time")).ToHaveTextAsync("21 septembre 2017");

            await page.Locator("#search-input").FillAsync("zzqxjv");
            await Assertions.Expect(status).ToHaveTextAsync("Aucun article ne correspond à «\u00a0zzqxjv\u00a0».");
            Assert.Equal("Recherche", await page.Locator("h1").InnerTextAsync());

            // Counts group their thousands as French does ("1 200", a narrow no-break space): the index files of 1,200
            // matching reports, as the index writer makes them, in place of the seeds' five.
            var articles = Enumerable.Range(1, 1200).Select(i => new Digest.Article
            {
                Title = $"Harbour report {i}", Slug = $"harbour-{i}", Story = $"harbour-{i}", Source = "AP", Date = new DateOnly(2017, 9, (i % 28) + 1), Body = "Text.\n",
            });
            await SiteFixture.RouteSearchIndexAsync(page, articles);
            await page.GotoAsync(server.Url + "search/?q=harbour");
            await Assertions.Expect(page.Locator("#search-status")).ToHaveTextAsync("1\u202f200 articles correspondent à «\u00a0harbour\u00a0».");
            await Assertions.Expect(page.Locator("#search-more")).ToHaveTextAsync("Afficher 50 de plus");

            // The first of a month as French writes it: report 28 is dated 1 September.
            await page.Locator("#search-input").FillAsync("harbour report 28");
            var first = page.Locator("#search-results li").Filter(new LocatorFilterOptions
            {
                Has = page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Harbour report 28", Exact = true }),
            });
            await Assertions.Expect(first.Locator(".meta time")).ToHaveTextAsync("1er septembre 2017");
        }
        finally
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }
}
