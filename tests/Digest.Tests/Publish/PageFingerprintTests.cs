using Digest.Publish;
using Digest.Publish.Output;
using Digest.Publish.Pages;

namespace Digest.Tests.Publish;

/// <summary>What an incremental publish compares: a page's fingerprint changes with what the page shows, not with the rest of its lists.</summary>
public sealed class PageFingerprintTests
{
    private static readonly SiteSettings TwoPerPage = new() { PageSize = 2 };

    // Five reports under one tag and one source, newest first: the oldest is alone on the third page.
    private static List<Article> Reports(string oldestBody) =>
    [
        .. Enumerable.Range(0, 5).Select(i => new Article
        {
            Title = $"Harbour report {i}",
            Slug = $"harbour-report-{i}",
            Story = $"harbour-report-{i}",
            Date = new DateOnly(2024, 5, 10 - i),
            Source = "Reuters",
            Tags = ["harbour"],
            Body = i == 4 ? oldestBody : $"The harbour council met for the {i}th time.",
        }),
    ];

    private static Dictionary<string, UInt128> Fingerprints(IEnumerable<Article> articles)
    {
        var hasher = new ModelHasher();
        return SitePlanner.Plan(SiteModel.Build(TwoPerPage, articles))
            .ToDictionary(p => p.Path, p => hasher.Hash(p.GetType().Name, p.FingerprintContent(), p.SiteDependencies()), StringComparer.Ordinal);
    }

    [Fact]
    public void Editing_one_report_changes_only_the_term_pages_that_list_it()
    {
        var before = Fingerprints(Reports("The harbour council first met in May."));
        var after = Fingerprints(Reports("The harbour council first met in May, after a long winter."));

        var tagPages = before.Keys.Where(p => p.StartsWith("tags/harbour/", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(3, tagPages.Count);
        Assert.Equal(before[tagPages[0]], after[tagPages[0]]);
        Assert.Equal(before[tagPages[1]], after[tagPages[1]]);
        Assert.NotEqual(before[tagPages[2]], after[tagPages[2]]);
        Assert.Equal(before["tags/"], after["tags/"]);
        Assert.NotEqual(before["articles/harbour-report-4/"], after["articles/harbour-report-4/"]);
    }

    [Fact]
    public void A_new_report_in_a_term_changes_its_count_on_every_page_of_the_term()
    {
        var before = Fingerprints(Reports("The harbour council first met in May."));
        var more = Reports("The harbour council first met in May.");
        more.Add(more[4] with { Title = "Harbour report 5", Slug = "harbour-report-5", Story = "harbour-report-5", Date = new DateOnly(2024, 4, 1) });
        var after = Fingerprints(more);

        Assert.NotEqual(before["tags/harbour/"], after["tags/harbour/"]);
        Assert.NotEqual(before["tags/"], after["tags/"]);
    }

    [Fact]
    public void The_entity_index_changes_with_an_entity_s_count_not_with_a_report_s_text()
    {
        static List<Article> Naming(string oldestBody, int reports) =>
            [.. Reports(oldestBody).Take(reports).Select(a => a with { Entities = ["Harbour Council"] })];
        var before = Fingerprints(Naming("The harbour council first met in May.", 5));
        var edited = Fingerprints(Naming("The harbour council first met in May, after a long winter.", 5));
        var fewer = Fingerprints(Naming("The harbour council first met in May.", 4));

        Assert.Equal(before["entities/"], edited["entities/"]);
        Assert.NotEqual(before["entities/"], fewer["entities/"]);
    }
}
