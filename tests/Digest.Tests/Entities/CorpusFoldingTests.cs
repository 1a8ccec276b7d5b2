using Digest;
using Digest.Entities;

namespace Digest.Tests.Entities;

public sealed class CorpusFoldingTests
{
    private static Article Article(string slug, string title, string body) =>
        new() { Title = title, Slug = slug, Story = slug, Body = body };

    // Reports a, b, c … of one event, one body each, folded with no curated file: only the principled key can fold them.
    private static List<Article> FoldedCityReports(params string[] bodies) =>
        EntityStage.Run([.. bodies.Select((body, i) => Article(((char)('a' + i)).ToString(), "Fighting near the city", body))], EntityCatalog.Create(null, "none", []));

    [Fact]
    public void Transliterations_across_articles_fold_to_the_spelling_most_articles_use()
    {
        var result = FoldedCityReports(
            "Troops reached Deir Ezzor on Monday, officials in Damascus said.",
            "Troops reached Deir Ezzor on Tuesday, officials in Damascus said.",
            "Troops reached Deir el-Zour on Tuesday, officials in Damascus said.",
            "Troops reached Dier Ezzor on Tuesday, officials in Damascus said.");

        Assert.All(result, a => Assert.Contains("Deir Ezzor", a.Entities));
        Assert.All(result, a => Assert.DoesNotContain(a.Entities, e => e.StartsWith("Dier", StringComparison.Ordinal) || e.Contains("Zour", StringComparison.Ordinal)));
    }

    [Fact]
    public void Between_spellings_of_as_many_articles_the_one_mentioned_more_names_the_entity()
    {
        var result = FoldedCityReports(
            "Troops reached Deir Ezzor on Monday, officials in Damascus said.",
            "Troops reached Deir Ezzor on Tuesday, officials in Damascus said.",
            "Troops reached Dier Ezzor on Tuesday. Officials in Damascus said Dier Ezzor was calm.",
            "Troops reached Dier Ezzor on Monday. Officials in Damascus said Dier Ezzor was calm.");

        Assert.All(result, a => Assert.Contains("Dier Ezzor", a.Entities));
        Assert.All(result, a => Assert.DoesNotContain("Deir Ezzor", a.Entities));
    }

    [Fact]
    public void A_name_spelt_out_names_the_entity_rather_than_its_initial()
    {
        var catalog = EntityCatalog.Create(null, "none", []);
        var articles = new[]
        {
            Article("a", "Scores", "Derbyshire 471 ( J. Adams 123 ; T. Moody 6-82 ) ."),
            Article("b", "Scores", "Worcestershire 238 ( T. Moody 60 ) ."),
            Article("c", "Derbyshire lead", "Australian Tom Moody took six for 82 but Derbyshire reached 471."),
        };

        var result = EntityStage.Run(articles, catalog);

        Assert.All(result, a => Assert.Contains("Tom Moody", a.Entities));
        Assert.All(result, a => Assert.DoesNotContain("T. Moody", a.Entities));
    }

    [Fact]
    public void An_abbreviation_is_no_initial_and_the_spelling_most_articles_use_still_names_the_entity()
    {
        var catalog = EntityCatalog.Create(null, "none", []);
        var articles = new[]
        {
            Article("a", "Army news", "The U.S. Army said on Monday that the base was safe."),
            Article("b", "Army news", "The U.S. Army said on Tuesday that the base was safe."),
            Article("c", "Army news", "The US Army said on Wednesday that the base was safe."),
        };

        var result = EntityStage.Run(articles, catalog);

        Assert.All(result, a => Assert.Contains("U.S. Army", a.Entities));
    }

    [Fact]
    public void The_result_does_not_depend_on_the_order_of_the_articles()
    {
        var catalog = EntityCatalog.Create(null, "none", []);
        var articles = new[]
        {
            Article("a", "Raqa offensive", "Kurdish fighters of the Syrian Democratic Forces (SDF) entered Raqa, the SDF said."),
            Article("b", "Raqqa offensive", "The SDF pushed into Raqqa on Sunday, said Talal Silo, an SDF spokesman."),
            Article("c", "Raqqa offensive", "Talal Silo said the battle for Raqqa was nearly over."),
        };

        var forward = EntityStage.Run(articles, catalog).ToDictionary(a => a.Slug, a => a.Entities);
        var backward = EntityStage.Run(articles.Reverse().ToList(), catalog).ToDictionary(a => a.Slug, a => a.Entities);

        foreach (var slug in forward.Keys)
        {
            Assert.Equal(forward[slug], backward[slug]);
        }

        Assert.Contains("Raqqa", forward["a"]);
        Assert.DoesNotContain("Raqa", forward["a"]);
    }
}
