using Digest.Ingest.Attribution;

namespace Digest.Tests.Ingest.Attribution;

public sealed class AttributorTests
{
    private static readonly Article Draft = new() { Title = "Bridge to close", Slug = "", Story = "" };

    private static Article Attribute(string[] paragraphs, string[]? raw = null, PageMetadata? page = null, Article? draft = null) =>
        Attributor.Attribute(draft ?? Draft, raw ?? paragraphs, paragraphs, page ?? PageMetadata.None, SourceCatalog.BuiltIn);

    [Fact]
    public void Dateline_credit_names_the_source_and_the_place()
    {
        var article = Attribute(["LISBON (AP) — The city council voted on Tuesday to close the old bridge."]);
        Assert.Equal("Associated Press", article.Source);
        Assert.Equal("LISBON", article.Dateline);
    }

    [Fact]
    public void A_dateline_on_a_line_of_its_own_above_the_text_gives_the_place()
    {
        var article = Attribute(["The city council voted on Tuesday to close the old bridge."], ["LISBON 2019-11-19", "The city council voted on Tuesday to close the old bridge."]);
        Assert.Equal("LISBON", article.Dateline);
        Assert.Equal(new DateOnly(2019, 11, 19), article.Date);
    }

    [Fact]
    public void A_dateline_below_a_wires_name_line_gives_the_place()
    {
        string[] paragraphs = ["Jane Example", "The city council voted on Tuesday to close the old bridge.", "Work starts in May."];
        var article = Attribute(paragraphs, ["Jane Example", "NEW YORK 2019-11-19", .. paragraphs[1..]]);
        Assert.Equal("NEW YORK", article.Dateline);
        Assert.Null(Attribute(paragraphs, [.. paragraphs, "NEW YORK 2019-11-19"]).Dateline);
    }

    [Fact]
    public void Copyright_credit_in_the_footer_names_the_source()
    {
        var article = Attribute(["The city council voted on Tuesday to close the old bridge."], ["By Jane Example", "The city council voted on Tuesday to close the old bridge.", "™ & © 2019 Cable News Network, Inc. All rights reserved."]);
        Assert.Equal("CNN", article.Source);
        Assert.Equal("Jane Example", article.Byline);
    }

    [Fact]
    public void A_wire_quoted_in_the_text_is_not_the_source()
    {
        var article = Attribute(["The city council voted on Tuesday to close the old bridge, Reuters reports."]);
        Assert.Equal(Sources.Unknown, article.Source);
        Assert.Null(article.Date);
    }

    [Fact]
    public void A_labelled_date_line_gives_the_date_and_relative_dates_give_none()
    {
        Assert.Equal(new DateOnly(2017, 9, 21), Attribute(["The council voted on Thursday."], ["The council voted on Thursday.", "дата публікації: 21-09-2017"]).Date);
        Assert.Null(Attribute(["The council voted on Thursday."]).Date);
    }

    [Fact]
    public void Page_metadata_wins_and_a_known_site_suffix_leaves_the_title()
    {
        var page = new PageMetadata(SiteName: "Example Gazette", Url: "https://gazette.example/a", Date: new DateOnly(2019, 11, 20), Byline: "Jane Example");
        var article = Attribute(["(CNN) -- The council voted."], page: page, draft: Draft with { Title = "Bridge to close - WSJ" });
        Assert.Equal("Example Gazette", article.Source);
        Assert.Equal(new DateOnly(2019, 11, 20), article.Date);
        Assert.Equal("Jane Example", article.Byline);
        Assert.Equal("https://gazette.example/a", article.Url);
        Assert.Equal("Bridge to close", article.Title);
    }

    [Fact]
    public void A_known_site_after_the_title_names_the_source() =>
        Assert.Equal("The Wall Street Journal", Attribute(["The council voted."], draft: Draft with { Title = "Bridge to close - WSJ" }).Source);

    [Fact]
    public void The_page_site_name_after_the_title_is_dropped_and_an_address_as_site_name_gives_the_host()
    {
        var page = new PageMetadata(SiteName: "https://www.gazette.example");
        var article = Attribute(["The council voted."], page: page, draft: Draft with { Title = "Bridge to close - The Gazette-Example" });
        Assert.Equal("gazette.example", article.Source);
        Assert.Equal("Bridge to close", article.Title);
    }

    [Theory]
    [InlineData("gazette", "https://www.gazette.example/news/a", "gazette.example")]
    [InlineData("Example Gazette | The city's favourite paper", "https://www.gazette.example/news/a", "Example Gazette")]
    [InlineData("gazette", "https://other.example/a", "gazette")]
    public void A_site_name_that_is_its_addresss_slug_gives_the_address_and_a_tagline_is_left_out(string site, string url, string source) =>
        Assert.Equal(source, Attribute(["The council voted."], page: new PageMetadata(SiteName: site, Url: url)).Source);

    [Fact]
    public void A_meta_author_written_as_a_byline_gives_the_names() =>
        Assert.Equal("Jane Example", Attribute(["The council voted."], page: new PageMetadata(Byline: "By Jane Example, Gazette Writer")).Byline);
}
