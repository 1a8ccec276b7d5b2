using Digest;
using Digest.Entities;

namespace Digest.Tests.Entities;

public sealed class SiteEntitiesTests
{
    private static Article Article(string slug, string body, params string[] entities) =>
        new() { Title = "Report " + slug, Slug = slug, Story = slug, Body = body, Entities = entities };

    private static readonly string Curated = """
        Ryan Dillon:
          type: person
          description: Coalition spokesman.
        """;

    private static EntityCatalog Catalog(int minArticles = 2) =>
        EntityCatalog.Create(Curated, "input/entities.yml", [], new EntitySettings { MinArticles = minArticles });

    private static readonly Article[] Articles =
    [
        Article("a", "Col. Ryan Dillon met Talal Silo in Raqqa. Dillon said so.", "Ryan Dillon", "Talal Silo", "Raqqa"),
        Article("b", "Talal Silo spoke in Raqqa.", "Talal Silo", "Raqqa"),
        Article("c", "Fighting in Raqa and Syria.", "Raqqa", "Syria"),
    ];

    [Fact]
    public void A_name_is_a_site_entity_when_curated_or_named_by_enough_articles()
    {
        var catalog = Catalog().WithArticles(Articles);
        Assert.Equal(["Raqqa", "Ryan Dillon", "Talal Silo"], catalog.SiteEntities().Select(e => e.Name));
        Assert.Equal(["Raqqa"], Catalog(3).WithArticles(Articles).SiteEntities().Select(e => e.Name).Where(n => n != "Ryan Dillon"));
        Assert.True(catalog.IsSiteEntity("Ryan Dillon"));
        Assert.False(catalog.IsSiteEntity("Syria"));
    }

    [Fact]
    public void Copies_do_not_count_so_a_name_only_copies_use_gets_no_page()
    {
        // The copy is shown on report "a": its names would give pages listing no report, or a page to a name one
        // report uses twice over.
        Article[] articles =
        [
            Article("a", "Talal Silo spoke in Raqqa.", "Talal Silo", "Raqqa"),
            Article("b", "Raqqa fell.", "Raqqa"),
            Article("a-2", "Silo spoke in Raqqa, said Dillon.", "Silo", "Raqqa", "Talal Silo") with { DuplicateOf = "a", Story = "a" },
            Article("a-3", "Silo spoke in Raqqa.", "Silo") with { DuplicateOf = "a", Story = "a" },
        ];

        var catalog = Catalog().WithArticles(articles);
        Assert.Equal(["Raqqa"], catalog.SiteEntities().Where(e => e.Origin == EntityOrigin.Observed).Select(e => e.Name));
        Assert.Equal((2, 1), (catalog.Get("Raqqa")!.ArticleCount, catalog.Get("Talal Silo")!.ArticleCount));
        Assert.Null(catalog.Get("Silo"));
        Assert.DoesNotContain(catalog.Candidates(), c => c.Name == "Silo");
    }

    [Fact]
    public void Counts_and_spellings_come_from_the_articles()
    {
        var raqqa = Catalog().WithArticles(Articles).Get("Raqqa");
        Assert.NotNull(raqqa);
        Assert.Equal(3, raqqa.ArticleCount);
        Assert.Equal(EntityOrigin.Observed, raqqa.Origin);
        Assert.Equal(EntityType.Place, raqqa.Type);
        Assert.Equal(["Raqqa", "Raqa"], raqqa.Spellings);
    }

    [Fact]
    public void Candidates_are_the_uncurated_names_with_counts_and_spellings()
    {
        var candidates = Catalog().WithArticles(Articles).Candidates();
        Assert.Equal(["Raqqa", "Talal Silo"], candidates.Select(c => c.Name));
        Assert.Equal([("Raqqa", 2), ("Raqa", 1)], candidates[0].Spellings);
        Assert.Equal(2, candidates[1].ArticleCount);
    }

    [Fact]
    public void Surface_forms_give_each_entity_as_the_article_writes_it_longest_first()
    {
        var forms = Catalog().SurfaceForms(Articles[0]);
        Assert.Equal(["Ryan Dillon", "Talal Silo", "Raqqa"], forms.Select(f => f.Name));
        Assert.Equal(["Ryan Dillon", "Dillon"], forms[0].Surfaces);
    }

    [Fact]
    public void Entities_named_together_are_ranked_by_shared_articles()
    {
        var site = Digest.Publish.SiteModel.Build(new Digest.Publish.SiteSettings(), Articles, Catalog(), Digest.Ingest.Attribution.SourceCatalog.BuiltIn);
        Assert.Equal([("Raqqa", 2), ("Ryan Dillon", 1)], site.Entities["Talal Silo"].Companions.Select(x => (x.Entity.Name, x.Count)));
        Assert.Equal([("Talal Silo", 2), ("Ryan Dillon", 1)], site.Entities["Raqqa"].Companions.Select(x => (x.Entity.Name, x.Count)));
        Assert.False(site.Entities.ContainsKey("Syria"));
    }

    [Fact]
    public void A_name_a_report_lists_twice_counts_once_in_its_pages_and_companions()
    {
        Article[] twice = [.. Articles.Select(a => a.Slug == "b" ? a with { Entities = ["Talal Silo", "Raqqa", "Talal Silo", "Raqqa"] } : a)];
        var site = Digest.Publish.SiteModel.Build(new Digest.Publish.SiteSettings(), twice, Catalog(), Digest.Ingest.Attribution.SourceCatalog.BuiltIn);
        Assert.Equal([("Raqqa", 2), ("Ryan Dillon", 1)], site.Entities["Talal Silo"].Companions.Select(x => (x.Entity.Name, x.Count)));
        Assert.Equal(["a", "b"], site.Entities["Talal Silo"].Articles.Select(a => a.Article.Slug).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Slugs_are_unique()
    {
        var catalog = Catalog().WithArticles(Articles);
        Assert.Equal(catalog.Entities.Count, catalog.Entities.Select(e => e.Slug).Distinct().Count());
    }

    [Fact]
    public void Slugs_of_a_large_catalog_are_made_unique_in_the_catalogs_order()
    {
        // Over a thousand names, three of which share one slug: the first in the catalog's order (observed names
        // ordinally) keeps it, the others get -2 and -3 in that order.
        var names = Enumerable.Range(0, 1500).Select(i => $"Person {i:D4}").Concat(["ca-va", "Ca Va", "ca va"]).ToList();
        var articles = names.Select((name, i) => new Article { Title = $"Report {i}", Slug = $"report-{i}", Story = $"report-{i}", Entities = [name] }).ToList();
        var catalog = EntityCatalog.Create(null, "", new List<Diagnostic>()).WithArticles(articles);
        var slugOf = catalog.Entities.ToDictionary(e => e.Name, e => e.Slug);
        Assert.Equal(catalog.Entities.Count, slugOf.Values.Distinct().Count());
        Assert.Equal(("ca-va", "ca-va-2", "ca-va-3"), (slugOf["Ca Va"], slugOf["ca va"], slugOf["ca-va"]));
        Assert.Equal("person-0042", slugOf["Person 0042"]);
    }

    [Fact]
    public void No_entity_takes_the_slug_of_a_list_of_names_by_type()
    {
        // "All People" (a magazine's column, say) would have the address of the list of all people: it takes the next free one.
        string[] names = ["All People", "All Places", "Ryan Dillon"];
        var articles = names.Select((name, i) => new Article { Title = $"Report {i}", Slug = $"report-{i}", Story = $"report-{i}", Entities = [name] }).ToList();
        var slugOf = EntityCatalog.Create(null, "", new List<Diagnostic>()).WithArticles(articles).Entities.ToDictionary(e => e.Name, e => e.Slug);
        Assert.Equal(("all-people-2", "all-places-2", "ryan-dillon"), (slugOf["All People"], slugOf["All Places"], slugOf["Ryan Dillon"]));
    }
}
