using Digest.Content;

namespace Digest.Tests.Content;

public sealed class ArticleCodingTests
{
    [Fact]
    public void Every_property_of_an_article_survives_the_cache_coding()
    {
        var article = new Article
        {
            Title = "T", Slug = "s", Date = new DateOnly(2017, 9, 21), Source = "Reuters", Byline = "B", Dateline = "BEIRUT",
            Url = "https://example.org/a", Summary = "In short.", Language = "fr", Tags = ["a", "b"], Entities = ["Deir Ezzor"], Story = "st", Topic = "to",
            DuplicateOf = "d", Aliases = ["old/one/"], Updated = new DateOnly(2017, 9, 22), Canonical = true, Draft = true, Featured = true, Seed = "000.txt", Body = "Body\n\nMore é ✓",
        };

        var read = ArticleCoding.Read(ArticleCoding.Write(article));

        // Compared property by property (lists by items), so a property added to Article but not to the
        // coding fails here as long as the test sets it.
        foreach (var property in typeof(Article).GetProperties())
        {
            var expected = property.GetValue(article);
            var actual = property.GetValue(read);
            if (expected is IEnumerable<string> items)
            {
                Assert.Equal(items, (IEnumerable<string>)actual!);
            }
            else
            {
                Assert.Equal(expected, actual);
            }

            Assert.NotEqual(property.PropertyType.IsValueType ? Activator.CreateInstance(property.PropertyType) : null, expected);
        }
    }

    [Fact]
    public void Absent_values_stay_absent()
    {
        var article = new Article { Title = "T", Slug = "", Story = "" };

        var read = ArticleCoding.Read(ArticleCoding.Write(article));

        Assert.Null(read.Date);
        Assert.Null(read.Byline);
        Assert.Null(read.Topic);
        Assert.Empty(read.Tags);
        Assert.Equal("", read.Slug);
    }
}
