using Digest.Ingest.Attribution;

namespace Digest.Tests.Ingest.Attribution;

public sealed class AttributionRulesTests
{
    [Theory]
    [InlineData("LISBON (AP) — The city council voted.", "LISBON", "AP")]
    [InlineData("PORTO, PORTUGAL (9:15 A.M.) – Officials said.", "PORTO, PORTUGAL", null)]
    [InlineData("(CNN) -- A bridge closed on Friday.", null, "CNN")]
    [InlineData("WASHINGTON (Reuters) - Lawmakers agreed.", "WASHINGTON", "Reuters")]
    [InlineData("LONDON, Aug 30 (Reuters) - Shares rose.", "LONDON", "Reuters")]
    public void Datelines_give_place_and_credit(string paragraph, string? place, string? credit)
    {
        Assert.True(Datelines.TryParse(paragraph, out var p, out var c));
        Assert.Equal(place, p);
        Assert.Equal(credit, c);
    }

    [Theory]
    [InlineData("The city council voted on Tuesday.")]
    [InlineData("US-led forces moved north - officials said.")]
    public void Ordinary_sentences_have_no_dateline(string paragraph) => Assert.False(Datelines.TryParse(paragraph, out _, out _));

    [Theory]
    [InlineData("LONDON 1996-08-30", "LONDON")]
    [InlineData("NEW YORK 1996-08-30", "NEW YORK")]
    [InlineData("NAIROBI, Aug. 30, 1996", "NAIROBI")]
    [InlineData("PORT-AU-PRINCE, HAITI 2010-01-13", "PORT-AU-PRINCE, HAITI")]
    [InlineData("WIGAN , England 1996-08-31", "WIGAN, England")]
    [InlineData("BEIRUT, Lebanon, Aug. 30, 1996", "BEIRUT, Lebanon")]
    [InlineData("NAIROBI, Aug 30, 1996", "NAIROBI")]
    public void A_place_and_a_date_on_a_line_of_their_own_are_a_dateline(string line, string place)
    {
        Assert.True(Datelines.TryParseStamp(line, out var found));
        Assert.Equal(place, found);
    }

    [Theory]
    [InlineData("UPDATED 2019-11-20")]
    [InlineData("THURSDAY, SEPTEMBER 21, 2017")]
    [InlineData("LONDON")]
    [InlineData("LONDON 1996-08-30 and more words")]
    [InlineData("London 1996-08-30")]
    [InlineData("LONDON 2017-13-45")]
    public void Labels_weekdays_and_lines_that_are_not_only_a_date_are_no_stamp(string line) => Assert.False(Datelines.TryParseStamp(line, out _));

    [Theory]
    [InlineData("By Jane Example", "Jane Example")]
    [InlineData("By Jane Example and John Sample, Example News", "Jane Example and John Sample")]
    [InlineData("BY JANE EXAMPLE", "JANE EXAMPLE")]
    [InlineData("Jane Example, Ap Auto Writer", "Jane Example")]
    [InlineData("Jane Example, Associated Press Writer", "Jane Example")]
    public void Bylines_give_the_names(string line, string expected)
    {
        Assert.True(Bylines.TryParse(line, out var byline));
        Assert.Equal(expected, byline);
    }

    [Theory]
    [InlineData("Jane Example | Example Advance Media for example.com", "Jane Example")]
    [InlineData("Jane Example. Example International", "Jane Example")]
    [InlineData("Jane Q. Example, example.com", "Jane Q. Example")]
    [InlineData("Jane Example, Example Gazette", "Jane Example")]
    [InlineData("Jane Example, Other Outlet", "Jane Example, Other Outlet")]
    [InlineData("Harry S. Truman", "Harry S. Truman")]
    [InlineData("Jane Example, John Example and Ann Example", "Jane Example, John Example and Ann Example")]
    [InlineData("admin", null)]
    [InlineData("jdadmin", null)]
    [InlineData("Editorial", null)]
    public void A_page_author_field_gives_the_writers_names(string author, string? expected) =>
        Assert.Equal(expected, Bylines.FromPageAuthor(author, "Example Gazette"));

    [Theory]
    [InlineData("By the end of the week the bridge had closed.")]
    [InlineData("by far the largest")]
    [InlineData("Jane Example, AP")]
    [InlineData("Paris, Reuters said, was calm")]
    public void Sentences_starting_with_by_are_not_bylines(string line) => Assert.False(Bylines.TryParse(line, out _));

    [Theory]
    [InlineData("дата публікації: 21-09-2017", 2017, 9, 21)]
    [InlineData("Published: Sept. 21, 2017 10:15 am", 2017, 9, 21)]
    [InlineData("Thursday 21 September 2017", 2017, 9, 21)]
    [InlineData("2017-09-21T08:00:00Z", 2017, 9, 21)]
    [InlineData("09/21/2017", 2017, 9, 21)]
    [InlineData("21.09.2017", 2017, 9, 21)]
    public void Explicit_dates_are_read(string line, int year, int month, int day)
    {
        Assert.True(Dates.IsDateLine(line, out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("The meeting took place on Thursday.")]
    [InlineData("On September 5 the siege was broken.")]
    [InlineData("31-02-2017")]
    public void No_date_is_invented(string text) => Assert.Null(Dates.Find(text));

    [Theory]
    [InlineData("The council said on Tuesday that the bridge will close for repairs and that traffic will be diverted.", "en")]
    [InlineData("Міська рада у вівторок проголосувала за закриття старого мосту на ремонт.", "uk")]
    [InlineData("Городской совет во вторник проголосовал за закрытие старого моста на ремонт.", "ru")]
    [InlineData("Der Stadtrat hat am Dienstag beschlossen, die alte Brücke für die Reparatur zu schließen, und der Verkehr wird umgeleitet.", "de")]
    [InlineData("Le conseil municipal a voté mardi la fermeture du vieux pont pour des réparations et la circulation sera déviée.", "fr")]
    public void Language_is_detected(string text, string expected) => Assert.Equal(expected, LanguageDetector.Detect([text]));
}
