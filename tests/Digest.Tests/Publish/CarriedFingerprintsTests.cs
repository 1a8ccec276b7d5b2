using Digest.Cache;
using Digest.Entities;
using Digest.Ingest.Attribution;
using Digest.Publish;
using Digest.Publish.Output;
using Digest.Publish.Pages;
using Digest.Tests.Support;

namespace Digest.Tests.Publish;

/// <summary>A page takes its previous fingerprint over only when that is the fingerprint its inputs give now.</summary>
public sealed class CarriedFingerprintsTests : IDisposable
{
    private const string Theme = "theme v1";
    private static readonly UInt128 Chrome = 42;
    private static readonly SiteSettings Settings = new() { PageSize = 2 };
    private readonly TempProject _project = new();

    // Two topics: the harbour one of three stories (two reports each) naming the mayor and the council, and a school one
    // of two stories naming the teacher.
    private static List<Article> Reports(string firstBody = "The harbour council met on Tuesday.", string firstTitle = "Harbour report 0") =>
    [
        .. Enumerable.Range(0, 6).Select(i => new Article
        {
            Title = i == 0 ? firstTitle : $"Harbour report {i}",
            Slug = $"harbour-{i}",
            Story = $"harbour-story-{i / 2}",
            Topic = "harbour",
            Date = new DateOnly(2024, 5, 10 + i),
            Source = "Reuters",
            Entities = ["Ana Lopez", "Harbour Council"],
            Body = i == 0 ? firstBody : $"The harbour council met for the {i}th time.",
        }),
        .. Enumerable.Range(0, 4).Select(i => new Article
        {
            Title = $"School report {i}",
            Slug = $"school-{i}",
            Story = $"school-story-{i / 2}",
            Topic = "school",
            Date = new DateOnly(2024, 6, 1 + i),
            Source = "AP",
            Entities = ["Ben Ortiz"],
            Body = $"The school board met for the {i}th time.",
        }),
    ];

    public void Dispose() => _project.Dispose();

    // A publish of the articles as far as fingerprints go: each page that can carry its fingerprint over takes it when
    // CarriedFingerprints says so, and is checked against the one made afresh; the fingerprints are kept for the next.
    // Returns the paths of the pages that took theirs over.
    private List<string> Publish(List<Article> articles)
    {
        using var cache = PublishCache.Open(_project.Paths);
        var site = SiteModel.Build(Settings, articles, EntityCatalog.Create(null, "", new List<Diagnostic>()), SourceCatalog.BuiltIn, cache: cache);
        var pages = SitePlanner.Plan(site).Where(CarriedFingerprints.Handles).ToList();
        var hasher = new ModelHasher();
        var carried = CarriedFingerprints.Open(cache.Lists, hasher, site, pages, Chrome, Theme);
        var kept = new List<string>();
        for (var i = 0; i < pages.Count; i++)
        {
            var fresh = hasher.Hash(Chrome, Theme, pages[i].GetType().Name, pages[i].FingerprintContent(), pages[i].SiteDependencies());
            if (carried.TryKept(i, pages[i], out var fingerprint))
            {
                Assert.Equal(fresh, fingerprint);
                kept.Add(pages[i].Path);
            }

            carried.Record(i, fresh);
        }

        carried.Save();
        cache.Save();
        return kept;
    }

    private static int Handled(List<Article> articles) =>
        SitePlanner.Plan(SiteModel.Build(Settings, articles)).Count(CarriedFingerprints.Handles);

    [Fact]
    public void The_first_publish_carries_nothing_over_and_the_next_with_nothing_changed_carries_every_page_over()
    {
        Assert.Empty(Publish(Reports()));

        var kept = Publish(Reports());

        Assert.Equal(Handled(Reports()), kept.Count);
        Assert.Contains(kept, p => p.StartsWith("entities/", StringComparison.Ordinal));
        Assert.Contains(kept, p => p.StartsWith("articles/", StringComparison.Ordinal));
        Assert.Contains(kept, p => p.StartsWith("stories/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_report_s_new_text_makes_again_the_pages_that_show_it_its_topic_s_story_pages_among_them()
    {
        Publish(Reports());

        var kept = Publish(Reports(firstBody: "The harbour council met on Thursday."));

        // Its own page, its story's, every story page of its topic (the topic lists the stories' reports), the pages of
        // the entities it names, and the pages that list it as related, are fingerprinted again.
        Assert.DoesNotContain("articles/harbour-0/", kept);
        Assert.DoesNotContain(kept, p => p.StartsWith("stories/harbour-story-", StringComparison.Ordinal));
        Assert.DoesNotContain(kept, p => p.StartsWith("entities/ana-lopez/", StringComparison.Ordinal));
        // The other topic's pages are as they were.
        Assert.Contains("articles/school-0/", kept);
        Assert.Contains(kept, p => p.StartsWith("stories/school-story-", StringComparison.Ordinal));
        Assert.Contains(kept, p => p.StartsWith("entities/ben-ortiz/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_report_naming_someone_new_makes_again_only_the_pages_whose_lists_or_reports_it_changes()
    {
        Publish(Reports());
        var named = Reports();
        // A name of one report gets no page (two are needed), but the report's lists change: its own page, its story's,
        // the teacher's pages, and those of the reports that list it as related.
        named[6] = named[6] with { Entities = ["Ben Ortiz", "Cara Diaz"] };

        var kept = Publish(named);

        Assert.DoesNotContain("articles/school-0/", kept);
        Assert.DoesNotContain(kept, p => p.StartsWith("entities/ben-ortiz/", StringComparison.Ordinal));
        // The harbour's pages are as they were: they take their fingerprints over.
        Assert.Contains("articles/harbour-0/", kept);
        Assert.Contains(kept, p => p.StartsWith("entities/ana-lopez/", StringComparison.Ordinal));
        Assert.Contains(kept, p => p.StartsWith("stories/harbour-story-", StringComparison.Ordinal));
    }

    [Fact]
    public void A_report_that_drops_a_name_changes_the_companions_every_page_of_its_other_entities_shows()
    {
        Publish(Reports());
        var dropped = Reports();
        // The newest harbour report no longer names the council: the mayor's pages (three, two reports a page) show one
        // report fewer with the council. Her older pages show the same reports as before, but not the same companions.
        dropped[5] = dropped[5] with { Entities = ["Ana Lopez"] };

        var kept = Publish(dropped);

        Assert.DoesNotContain(kept, p => p.StartsWith("entities/ana-lopez/", StringComparison.Ordinal));
        Assert.Contains(kept, p => p.StartsWith("entities/ben-ortiz/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_report_that_leaves_another_s_related_reports_makes_that_page_again()
    {
        // A school report and the newest harbour report share a tag: each lists the other as related.
        List<Article> Tagged(bool shared) =>
        [
            .. Reports().Select(a => a.Slug == "school-0" || (shared && a.Slug == "harbour-5") ? a with { Tags = ["ports"] } : a),
        ];
        Publish(Tagged(shared: true));

        // The harbour report drops the tag: the school report, as it was, lists only school reports, as they were.
        var kept = Publish(Tagged(shared: false));

        Assert.DoesNotContain("articles/school-0/", kept);
        Assert.Contains("articles/school-2/", kept);
    }

    [Fact]
    public void A_new_entity_changes_the_lists_every_page_is_made_of_and_nothing_is_carried_over()
    {
        Publish(Reports());
        var renamed = Reports();
        renamed[0] = renamed[0] with { Entities = ["Ana Lopez", "Harbour Council", "Port Authority"] };
        renamed[1] = renamed[1] with { Entities = ["Ana Lopez", "Harbour Council", "Port Authority"] };

        // A new entity with a page: the entity index's lists and the entity pages are new.
        Assert.Empty(Publish(renamed));
    }
}
