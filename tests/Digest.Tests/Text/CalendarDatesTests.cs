using Digest.Content;
using Digest.Text;

namespace Digest.Tests.Text;

public sealed class CalendarDatesTests
{
    [Theory]
    [InlineData("2017-09-20", "2017-09-20")]
    [InlineData("2017-09-20T23:30:00-05:00", "2017-09-20")]
    [InlineData("2017-09-20T01:00:00+14:00", "2017-09-20")]
    [InlineData("2017-09-20T10:30:00.123Z", "2017-09-20")]
    [InlineData("2017-09-20 10:00", "2017-09-20")]
    [InlineData("2017-09-20T10:00", "2017-09-20")]
    [InlineData(" 2016-02-29 ", "2016-02-29")]
    public void A_date_or_a_date_and_time_gives_the_day_as_written_whatever_its_offset(string text, string day)
    {
        Assert.True(CalendarDates.TryParse(text, out var parsed));
        Assert.Equal(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), parsed);
    }

    [Theory]
    [InlineData("2017-02-30")]
    [InlineData("2017-13-45")]
    [InlineData("2017-09-20 25:00")]
    [InlineData("20 September 2017")]
    [InlineData("2017-9-20")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_no_date(string? text) => Assert.False(CalendarDates.TryParse(text, out _));

    [Fact]
    public void Front_matter_written_by_another_tool_keeps_its_day()
    {
        var diagnostics = new List<Diagnostic>();

        var article = ArticleFile.Read("---\ntitle: Late report\nslug: late-report\ndate: 2017-09-20T23:30:00-05:00\nupdated: 2017-09-21 08:00\n---\n\nText.\n", "input/articles/late-report.md", diagnostics);

        Assert.Empty(diagnostics);
        Assert.Equal(new DateOnly(2017, 9, 20), article?.Date);
        Assert.Equal(new DateOnly(2017, 9, 21), article?.Updated);
    }
}
