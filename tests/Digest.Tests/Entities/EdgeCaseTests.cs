using Digest;
using Digest.Entities;
using Digest.Entities.Recognition;

namespace Digest.Tests.Entities;

public sealed class EdgeCaseTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("Only a title", "")]
    [InlineData("", "...")]
    [InlineData("Правда України", "Мережа Правди повідомляє.")]
    [InlineData("(SDF)", "( ) ' 's - -- U.S.-")]
    public void Odd_articles_give_no_names_and_no_exceptions(string title, string body)
    {
        var article = new Article { Title = title, Slug = "x", Story = "x", Body = body };
        var result = EntityStage.Run([article], EntityCatalog.Shipped);
        Assert.DoesNotContain(result[0].Entities, e => e.Any(c => c > '\u024f'));
    }

    [Fact]
    public void A_capitalised_run_hundreds_of_characters_long_is_no_name()
    {
        var code = "Q" + new string('x', 400);
        var article = new Article { Title = "Codes", Slug = "x", Story = "x", Body = $"The key {code} opened the box, Maria Lopez said in Madrid." };

        var entities = EntityStage.Run([article], EntityCatalog.Shipped)[0].Entities;

        Assert.DoesNotContain(entities, e => e.Length > EntityRecognizer.MaxNameLength);
        Assert.Contains("Maria Lopez", entities);
    }

    [Fact]
    public void The_built_in_gazetteer_knows_major_rivers_under_one_name()
    {
        var article = new Article
        {
            Title = "Troops cross the Euphrates",
            Slug = "x",
            Story = "x",
            Body = "Syrian troops crossed the Euphrates on Monday. The Euphrates River runs through Deir Ezzor.",
        };

        Assert.Contains("Euphrates", EntityStage.Run([article], EntityCatalog.Shipped)[0].Entities);
        Assert.DoesNotContain("Euphrates River", EntityStage.Run([article], EntityCatalog.Shipped)[0].Entities);
        Assert.Equal(EntityType.Place, EntityCatalog.Shipped.Get("Euphrates")!.Type);
    }

    [Fact]
    public void The_gazetteer_matcher_marks_the_longest_known_name()
    {
        var matcher = EntityCatalog.Shipped.Matcher;
        var codes = matcher.Match(["the", "United", "Nations", "Security", "Council", "met", "Syrian", "envoys"]);
        Assert.Equal(0u, codes[0]);
        Assert.True(codes[1] % 2 == 1); // first word of a match
        Assert.All(codes[2..5], c => Assert.True(c != 0 && c % 2 == 0));
        Assert.Equal(0u, codes[5]);
        Assert.NotEqual(0u, codes[6]);
    }

    [Fact]
    public void Particles_join_the_names_around_them()
    {
        // B-PER, O, B-PER as a tagger might leave "Osama bin Laden"; B-LOC, B-LOC for "Deir el-Zour".
        var tags = new[] { NerTags.Parse("B-PER"), NerTags.Outside, NerTags.Parse("B-PER") };
        TagRepairs.BridgeConnectors(["Osama", "bin", "Laden"], tags);
        Assert.Equal(["B-PER", "I-PER", "I-PER"], tags.Select(NerTags.Name));

        var place = new[] { NerTags.Parse("B-LOC"), NerTags.Parse("B-LOC") };
        TagRepairs.BridgeConnectors(["Deir", "el-Zour"], place);
        Assert.Equal(["B-LOC", "I-LOC"], place.Select(NerTags.Name));

        var airBase = new[] { NerTags.Parse("B-ORG"), NerTags.Parse("B-LOC") };
        TagRepairs.BridgeConnectors(["Al", "Udeid"], airBase);
        Assert.Equal(["B-ORG", "I-ORG"], airBase.Select(NerTags.Name));
    }

    [Fact]
    public void Many_articles_are_recognised_in_parallel_with_the_same_result_as_one_by_one()
    {
        var articles = Enumerable.Range(0, 40)
            .Select(i => new Article { Title = "Report " + i, Slug = "a" + i, Story = "s", Body = $"Officials in Damascus and Moscow met Talal Silo {i} times, Reuters said." })
            .ToList();
        var together = EntityStage.Run(articles, EntityCatalog.Shipped);
        var alone = articles.Select(a => EntityStage.Run([a], EntityCatalog.Shipped)[0]).ToList();
        Assert.Equal(alone.Select(a => a.Entities), together.Select(a => a.Entities));
    }
}
