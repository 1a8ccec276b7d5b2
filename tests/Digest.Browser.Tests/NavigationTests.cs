using Microsoft.Playwright;

namespace Digest.Browser.Tests;

[Collection(SharedSite.Name)]
public sealed class NavigationTests(SiteFixture site)
{
    [Fact]
    public async Task A_reader_walks_from_home_to_story_article_tag_entity_and_source_and_back()
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

        var tagLink = page.Locator("a[rel=tag]").First;
        var tag = await tagLink.InnerTextAsync();
        await tagLink.ClickAsync();
        Assert.Contains("/tags/", page.Url, StringComparison.Ordinal);
        Assert.Equal(tag, await page.Locator("h1").InnerTextAsync());
        Assert.Equal(1, await page.Locator($".summary-title a:text-is(\"{Quote(reportTitle)}\")").CountAsync());
        await page.GoBackAsync();

        var entityLink = page.Locator(".body a[href*='/entities/']").First;
        var entity = await entityLink.GetAttributeAsync("href");
        await entityLink.ClickAsync();
        Assert.Contains("/entities/", page.Url, StringComparison.Ordinal);
        Assert.True(await page.Locator($".summary-title a:text-is(\"{Quote(reportTitle)}\")").CountAsync() == 1,
            $"the entity page {entity} lists the article whose body linked it");
        await page.GoBackAsync();

        var sourceLink = page.Locator("article.article .meta a.source");
        var source = await sourceLink.InnerTextAsync();
        await sourceLink.ClickAsync();
        Assert.Contains("/sources/", page.Url, StringComparison.Ordinal);
        Assert.Equal(source, await page.Locator("h1").InnerTextAsync());
        Assert.True(await page.Locator($".summary-title a:text-is(\"{Quote(reportTitle)}\")").CountAsync() == 1,
            "the source page lists the article we came from");

        await page.GoBackAsync();
        Assert.Equal(reportTitle, await page.Locator("h1").InnerTextAsync());
        await page.Locator(".site-title").ClickAsync();
        Assert.Equal(site.Url, page.Url);
    }

    [Fact]
    public async Task An_earlier_address_takes_the_reader_to_the_article_with_its_summary_and_update()
    {
        var page = await site.NewPageAsync();

        await page.GotoAsync(site.Url + SiteFixture.AliasPath.TrimStart('/'));
        // The address is polled, not awaited as a navigation event: the page's refresh can go before a waiter for the
        // event is set up, which a loaded machine makes likely (it timed out once in CI while builds ran beside it).
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/articles/"));

        Assert.Equal("The maintainer's summary of the report.", await page.Locator(".standfirst").InnerTextAsync());
        Assert.Equal("Updated 2 October 2017", await page.Locator(".meta .updated").InnerTextAsync());
        await page.Locator(".site-title").ClickAsync();
        Assert.Equal(1, await page.Locator(".top-stories .summary-title a").CountAsync());
    }

    private static string Quote(string text) => text.Replace("\"", "\\\"", StringComparison.Ordinal);

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
    public async Task Search_marks_the_words_it_matched_in_titles_and_excerpts()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url + "search/?q=syria");

        await page.Locator("#search-results li").First.WaitForAsync();
        var marks = await page.Locator("#search-results mark").AllInnerTextsAsync();
        Assert.NotEmpty(marks);
        Assert.All(marks, m => Assert.StartsWith("syria", m.ToLowerInvariant(), StringComparison.Ordinal));
        Assert.Contains("Syria", marks); // "Syrian" is marked as far as the query goes
        // Marked, a title reads as before: the same text as the article's heading.
        var title = page.Locator("#search-results .summary-title a").First;
        var text = await title.InnerTextAsync();
        await title.ClickAsync();
        Assert.Equal(text, await page.Locator("h1").InnerTextAsync());
    }

    [Fact]
    public async Task Search_for_an_entity_lists_the_reports_that_name_it_and_opens_one()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url + "search/?q=ryan+dillon");

        await page.Locator("#search-results li").First.WaitForAsync();
        Assert.True(await page.Locator("#search-results li").CountAsync() >= 3, "three seeds quote Col. Ryan Dillon");
        await page.Locator("#search-results .summary-title a").First.ClickAsync();
        Assert.Contains("Dillon", await page.Locator(".body").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_shows_fifty_results_at_a_time_with_a_button_for_more_and_writes_dates_as_the_pages_do()
    {
        var page = await site.NewPageAsync();
        // The index files of 120 matching reports, as the index writer makes them, in place of the seeds' five.
        var articles = Enumerable.Range(1, 120).Select(i => new Digest.Article
        {
            Title = $"Harbour report {i}", Slug = $"harbour-{i}", Story = $"harbour-{i}", Source = "AP", Date = new DateOnly(2017, 9, (i % 28) + 1), Body = "Text.\n",
        });
        await SiteFixture.RouteSearchIndexAsync(page, articles);
        await page.GotoAsync(site.Url + "search/?q=harbour");

        var results = page.Locator("#search-results li");
        var more = page.Locator("#search-more");
        await Assertions.Expect(results).ToHaveCountAsync(50);
        await Assertions.Expect(page.Locator("#search-status")).ToHaveTextAsync("120 articles match “harbour”.");
        var newest = results.First.Locator(".meta time");
        Assert.Equal("2017-09-28", await newest.GetAttributeAsync("datetime"));
        Assert.Equal("28 September 2017", await newest.InnerTextAsync());

        await Assertions.Expect(more).ToHaveTextAsync("Show 50 more");
        await more.ClickAsync();
        await Assertions.Expect(results).ToHaveCountAsync(100);
        await Assertions.Expect(results.Nth(50).Locator(".summary-title a")).ToBeFocusedAsync();
        await Assertions.Expect(more).ToHaveTextAsync("Show the last 20");
        await more.ClickAsync();
        await Assertions.Expect(results).ToHaveCountAsync(120);
        await Assertions.Expect(more).ToBeHiddenAsync();

        await page.Locator("#search-input").FillAsync("harbour report 7");
        await Assertions.Expect(more).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync("“harbour report 7”"); // its shards are in

        // One letter alone fetches nothing and waits for the next: the first key typed would open a whole letter of the index.
        var fetched = 0;
        page.Request += (_, request) => fetched += request.Url.Contains("/search/words/h", StringComparison.Ordinal) ? 1 : 0;
        await page.Locator("#search-input").FillAsync("h");
        await Assertions.Expect(page.Locator("#search-status")).ToHaveTextAsync("Type one more letter to search.");
        await Assertions.Expect(results).ToHaveCountAsync(0);
        Assert.Equal(0, fetched);
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
