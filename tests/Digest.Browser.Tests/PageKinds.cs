namespace Digest.Browser.Tests;

/// <summary>One URL of each kind of page the site has, found by following the site's own index pages.</summary>
public static class PageKinds
{
    /// <summary>Kind name → site path, for every page kind.</summary>
    public static async Task<IReadOnlyList<(string Kind, string Path)>> DiscoverAsync(SiteFixture site)
    {
        var page = await site.NewPageAsync();
        async Task<string> FirstLink(string path, string selector)
        {
            await page.GotoAsync(site.Url + path);
            var href = await page.Locator(selector).First.GetAttributeAsync("href");
            return href!.TrimStart('/');
        }

        var kinds = new List<(string, string)>
        {
            ("home", ""),
            ("stories", "stories/"),
            ("story", await FirstLink("stories/", ".story-summary .summary-title a")),
            ("article", await FirstLink("archive/undated/", ".summary-title a")),
            ("topics", "topics/"),
            ("topic", await FirstLink("topics/", ".terms a")),
            ("tags", "tags/"),
            ("tag", await FirstLink("tags/", ".terms a")),
            ("sources", "sources/"),
            ("source", await FirstLink("sources/", ".terms a")),
            ("entities", "entities/"),
            ("entity", await FirstLink("entities/", ".terms a")),
            ("entity-type", await FirstLink("entities/", ".more a")),
            ("archive", "archive/"),
            ("archive-month", await FirstLink("archive/", ".terms a")),
            ("search", "search/"),
            ("not-found", "404.html"),
            ("standalone", await FirstLink("", ".site-pages a")),
        };
        await page.Context.CloseAsync();
        return kinds;
    }
}
