using Digest.Publish;

namespace Digest.Tests.Publish;

/// <summary>The site model leaves the articles' markdown out (pages show the rendered body), yet orders and compares stories by it.</summary>
public sealed class SiteModelMemoryTests
{
    internal static Article Report(string slug, string body) => new()
    {
        Title = $"Harbour report {slug}",
        Slug = slug,
        Story = "harbour",
        Date = new DateOnly(2024, 5, 10),
        Source = "Reuters",
        Body = body,
    };

    [Fact]
    public void Views_hold_no_markdown_and_the_most_complete_report_still_leads_its_story()
    {
        var site = SiteModel.Build(new SiteSettings(),
        [
            Report("a-short", "The harbour council met on Monday."),
            Report("b-long", "The harbour council met on Monday. It voted to dredge the channel before the summer ferries return."),
        ]);

        Assert.All(site.Articles, view => Assert.Equal("", view.Article.Body));
        Assert.Contains("dredge the channel", site.Articles.Single(v => v.Article.Slug == "b-long").BodyHtml, StringComparison.Ordinal);
        var story = Assert.Single(site.Stories);
        Assert.Equal(["b-long", "a-short"], story.Reports.Select(r => r.Article.Slug));
        Assert.All(story.Overlap, overlap => Assert.Equal("", overlap.Report.Body));
        Assert.Contains(story.Overlap[1].Passages, p => p.IsRepeated);
    }
}
