using Digest.Publish;

namespace Digest.Tests.Publish;

public sealed class ArticleOrderTests
{
    private static Article Article(string title, string slug, DateOnly? date = null) =>
        new() { Title = title, Slug = slug, Story = slug, Body = "Text.", Date = date };

    [Fact]
    public void Newest_come_first_and_undated_last()
    {
        var older = Article("Older", "older", new DateOnly(2017, 9, 1));
        var newer = Article("Newer", "newer", new DateOnly(2017, 9, 2));
        var undated = Article("Aardvark", "aardvark");

        Assert.Equal(["newer", "older", "aardvark"], new[] { undated, older, newer }.Order(ArticleOrder.NewestFirst).Select(a => a.Slug));
    }

    [Fact]
    public void Titles_of_a_day_go_as_a_reader_looks_them_up_quotes_and_capitals_aside()
    {
        var titles = new[] { "'Blog' picked as word of the year", "Zebra crossing opens", "apple harvest up", "$1m payoff for boss", "Apple harvest up", "Cab fares rise", "\u201CChristmas song formula\u201D unveiled" };
        var day = new DateOnly(2017, 9, 1);
        var ordered = titles.Select((t, i) => Article(t, "s" + i, day)).Order(ArticleOrder.NewestFirst).Select(a => a.Title);

        Assert.Equal(
            ["$1m payoff for boss", "Apple harvest up", "apple harvest up", "'Blog' picked as word of the year", "Cab fares rise", "\u201CChristmas song formula\u201D unveiled", "Zebra crossing opens"],
            ordered);
    }

    [Fact]
    public void Titles_of_symbols_alone_and_equal_titles_still_have_one_order()
    {
        var a = Article("!!!", "b");
        var b = Article("???", "a");
        var c = Article("Same", "y");
        var d = Article("Same", "x");

        Assert.Equal(["b", "a", "x", "y"], new[] { d, c, b, a }.Order(ArticleOrder.NewestFirst).Select(x => x.Slug));
        Assert.True(ArticleOrder.Titles.Compare("'Blog'", "Blog") > 0);
    }

    [Fact]
    public void Sorted_gives_the_order_of_the_comparer_with_equal_articles_as_given()
    {
        var random = new Random(7);
        string[] titles = ["Same", "same", "'Quoted'", "Zebra", "apple", "!!!", "Apple"];
        var articles = Enumerable.Range(0, 400).Select(i => Article(
            titles[random.Next(titles.Length)],
            "s" + random.Next(40),
            random.Next(5) == 0 ? null : new DateOnly(2001, 1, 1).AddDays(random.Next(-3, 4) * 700 + random.Next(3)))).ToList();

        var sorted = ArticleOrder.Sorted(articles);

        Assert.Equal(articles.Order(ArticleOrder.NewestFirst), sorted, ReferenceEqualityComparer.Instance);
        Assert.NotEqual(articles, sorted, ReferenceEqualityComparer.Instance);
    }
}
