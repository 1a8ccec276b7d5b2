using Digest.Content;
using Digest.Ingest.Html;

namespace Digest.Tests.Ingest.Html;

public sealed class HtmlSeedTests
{
    private const string Page =
        """
        <!doctype html>
        <html lang="en"><head>
          <title>Bridge to close for repairs | Example Gazette</title>
          <meta property="og:title" content="Bridge to close for repairs">
          <meta property="og:site_name" content="Example Gazette">
          <meta property="article:published_time" content="2019-11-20T08:15:00Z">
          <meta name="author" content="Jane Example">
          <link rel="canonical" href="https://gazette.example/news/bridge">
          <script>var tracking = "Share this article with everyone";</script>
        </head><body>
          <header class="site-header"><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
          <div class="share-bar"><a href="https://facebook.example/share">Share on Facebook</a></div>
          <main><article class="story-body">
            <h1>Bridge to close for repairs</h1>
            <p class="byline">By Jane Example</p>
            <p>LISBON — The city council voted on Tuesday to close the old bridge for repairs, a decision that will divert traffic through the town centre for at least six months.</p>
            <p>Engineers said the cracks found in the main span last spring had grown faster than expected, and that <a href="https://gazette.example/report">the full report</a> would be published.</p>
            <h2>What happens next</h2>
            <ul><li>Buses will use the ring road.</li><li>Cyclists keep a lane on the rail bridge.</li></ul>
            <blockquote><p>It is the right call, however painful it is for commuters.</p></blockquote>
            <p>The mayor said she understood the frustration of people who cross the river every day, but that <a href="javascript:alert(1)">safety</a> had to come first *today*.</p>
          </article></main>
          <aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Storm floods coastal towns</a></li><li><a href="/b">Team wins cup</a></li></ul></aside>
          <div class="comments"><p>I have driven over that bridge every day for twenty years and never noticed anything wrong with it at all.</p></div>
          <footer>© 2019 Example Gazette. All rights reserved.</footer>
        </body></html>
        """;

    // The body of the test page with one piece of it replaced.
    private static string BodyWith(string piece, string replacement) =>
        HtmlSeed.Extract(Page.Replace(piece, replacement, StringComparison.Ordinal)).Body;

    [Fact]
    public void Extracts_title_and_metadata_from_the_page()
    {
        var extracted = HtmlSeed.Extract(Page);
        Assert.Equal("Bridge to close for repairs", extracted.Title);
        Assert.Equal("Example Gazette", extracted.Page.SiteName);
        Assert.Equal(new DateOnly(2019, 11, 20), extracted.Page.Date);
        Assert.Equal("Jane Example", extracted.Page.Byline);
        Assert.Equal("https://gazette.example/news/bridge", extracted.Page.Url);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("/news/bridge")]
    public void A_canonical_link_that_is_not_a_web_address_is_not_the_report_s_address(string href)
    {
        var extracted = HtmlSeed.Extract(Page.Replace("https://gazette.example/news/bridge", href, StringComparison.Ordinal));

        Assert.Null(extracted.Page.Url);
    }

    [Fact]
    public void Body_keeps_paragraphs_headings_lists_quotes_and_safe_links_only()
    {
        var body = HtmlSeed.Extract(Page).Body;
        Assert.StartsWith("LISBON — The city council voted", body, StringComparison.Ordinal);
        Assert.Contains("## What happens next", body, StringComparison.Ordinal);
        Assert.Contains("- Buses will use the ring road.", body, StringComparison.Ordinal);
        Assert.Contains("> It is the right call", body, StringComparison.Ordinal);
        Assert.Contains("[the full report](<https://gazette.example/report>)", body, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript", body, StringComparison.Ordinal);
        Assert.Contains("\\*today\\*", body, StringComparison.Ordinal);
        foreach (var furniture in new[] { "Home", "Share on Facebook", "Storm floods", "twenty years", "All rights reserved", "By Jane Example", "tracking" })
        {
            Assert.DoesNotContain(furniture, body, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("<link rel=\"canonical\" href=\"https://www.leprogres.fr/lyon/2024/bridge.html\">", "https://www.leprogres.fr/lyon/2024/")]
    [InlineData("", "https://www.leprogres.fr/lyon/2024/")]
    public void Relative_links_resolve_against_the_pages_base_href_as_in_a_browser(string canonical, string expectedBase)
    {
        var html = $"<html><head><title>Lyon closes bridge</title>{canonical}<base href=\"https://www.leprogres.fr/lyon/2024/\"></head><body><article>"
            + "<h1>Lyon closes old bridge to cars</h1><p>The city council of Lyon voted on Tuesday to close the old bridge over the Rhone to cars, after engineers "
            + "found cracks in two of its piers. See <a href=\"plans.html\">the plans</a>, <a href=\"//cdn.leprogres.fr/map.pdf\">the map</a> and "
            + "<a href=\"/archive/\">the archive</a>.</p></article></body></html>";

        var body = HtmlSeed.Extract(html).Body;

        Assert.Contains($"[the plans](<{expectedBase}plans.html>)", body, StringComparison.Ordinal);
        Assert.Contains("[the map](<https://cdn.leprogres.fr/map.pdf>)", body, StringComparison.Ordinal);
        Assert.Contains("[the archive](<https://www.leprogres.fr/archive/>)", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Rendered_body_injects_no_markup()
    {
        var html = SafeMarkdown.ToHtml(BodyWith("the full report", "<b>x</b> &lt;script&gt;alert(1)&lt;/script&gt;"));
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.Contains("<em>", SafeMarkdown.ToHtml("*a*"), StringComparison.Ordinal);
        Assert.DoesNotContain("<em>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_cut_into_chunks_around_an_advertisement_is_kept_whole()
    {
        const string Chunk = "<div class=\"row\"><div class=\"body-chunk\">{0}</div><div class=\"rail\"><a href=\"/ad\">Advertisement</a></div></div>";
        var first = string.Concat(Enumerable.Range(1, 6).Select(i => $"<p>Paragraph {i} of the first part, about the bridge, the council, the engineers, and the river that runs below it.</p>"));
        var second = string.Concat(Enumerable.Range(1, 3).Select(i => $"<p>Closing paragraph {i}, after the advertisement, about the buses, the cyclists, and the shops in town.</p>"));
        var page = $"<html><head><title>Bridge</title></head><body><nav><a href=\"/\">Home</a></nav><div class=\"chunks\">{string.Format(System.Globalization.CultureInfo.InvariantCulture, Chunk, first)}<div class=\"ad\">Advertisement</div>{string.Format(System.Globalization.CultureInfo.InvariantCulture, Chunk, second)}</div></body></html>";
        var body = HtmlSeed.Extract(page).Body;
        Assert.Contains("Paragraph 1 of the first part", body, StringComparison.Ordinal);
        Assert.Contains("Closing paragraph 3, after the advertisement", body, StringComparison.Ordinal);
        Assert.True(body.IndexOf("Paragraph 6", StringComparison.Ordinal) < body.IndexOf("Closing paragraph 1", StringComparison.Ordinal));
        Assert.DoesNotContain("Home", body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_caption_with_its_photo_credit_in_the_article_is_not_kept()
    {
        var body = BodyWith("<h2>What happens next</h2>", "<p>Commuters cross the old bridge on Tuesday morning (Photo: Jane Example/Example Press)</p><h2>What happens next</h2>");
        Assert.DoesNotContain("Commuters cross", body, StringComparison.Ordinal);
        Assert.Contains("## What happens next", body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_post_the_article_quotes_is_kept_as_one_quote_despite_its_social_wrapper()
    {
        const string Embed = "<div class=\"social-media-embed\"><blockquote class=\"twitter-tweet\"><p>Yes, the bridge is really closing for six months.</p>— Jane Example (@jane) <a href=\"https://twitter.example/jane/status/1\">November 18, 2019</a></blockquote></div>";
        var body = BodyWith("<h2>What happens next</h2>", Embed + "<h2>What happens next</h2>");
        Assert.Contains("> Yes, the bridge is really closing for six months.\n>\n> — Jane Example (@jane)", body, StringComparison.Ordinal);
    }

    [Fact]
    public void The_date_stamp_under_the_byline_is_the_page_header()
    {
        var body = BodyWith("<p class=\"byline\">By Jane Example</p>", "<p class=\"byline\">By Jane Example</p><p>Updated 1:39 am EST, Wednesday, November 20, 2019</p>");
        Assert.StartsWith("LISBON", body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_standfirst_in_a_heading_is_a_paragraph_and_the_date_stamp_under_it_goes()
    {
        const string Standfirst = "The old bridge will close for six months from January, the council has decided, after engineers found cracks.";
        var body = BodyWith("<p class=\"byline\">By Jane Example</p>", $"<h2>{Standfirst}</h2><p>PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019</p>");
        Assert.StartsWith(Standfirst + "\n\nLISBON", body, StringComparison.Ordinal);
        Assert.Contains("## What happens next", body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_space_at_the_end_of_a_link_text_stays_between_the_words()
    {
        var body = BodyWith("that <a href=\"https://gazette.example/report\">the full report</a> would", "that <a href=\"https://gazette.example/report\">the full report </a>would");
        Assert.Contains("[the full report](<https://gazette.example/report>) would be published", body, StringComparison.Ordinal);
        var both = BodyWith("that <a href=\"https://gazette.example/report\">the full report</a> would", "that <a href=\"https://gazette.example/report\">the full report </a> would");
        Assert.Contains("[the full report](<https://gazette.example/report>) would be published", both, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_side_by_side_keep_the_space_the_page_has_between_them_and_no_other()
    {
        const string Links = "<a href=\"https://e.example/1\">one</a> <a href=\"https://e.example/2\">two</a><a href=\"https://e.example/3\">three</a> <!-- x --><a href=\"https://e.example/4\">four</a>";
        var body = BodyWith("that <a href=\"https://gazette.example/report\">the full report</a> would", "that " + Links + " would");
        Assert.Contains("that [one](<https://e.example/1>) [two](<https://e.example/2>)[three](<https://e.example/3>) [four](<https://e.example/4>) would be published", body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_note_about_the_writer_after_the_article_is_not_kept()
    {
        var body = BodyWith("</article>", "<p>Jane Example is a reporter for the Example Gazette.</p></article>");
        Assert.EndsWith("had to come first \\*today\\*.", body, StringComparison.Ordinal);
    }

    [Fact]
    public void The_headline_repeated_further_down_the_body_and_a_gallery_counter_are_not_kept()
    {
        var body = BodyWith("<h2>What happens next</h2>", "<p>Bridge to close for repairs</p><p>1 / 23</p><h2>What happens next</h2>");
        Assert.DoesNotContain("Bridge to close for repairs", body, StringComparison.Ordinal);
        Assert.DoesNotContain("1 / 23", body, StringComparison.Ordinal);
    }

    [Fact]
    public void The_structured_datas_author_wins_over_a_meta_author_that_is_the_publisher()
    {
        const string JsonLd = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Bridge to close for repairs\",\"author\":[{\"@type\":\"Person\",\"name\":\"Jane Example\"}]}</script>";
        var page = Page.Replace("<meta name=\"author\" content=\"Jane Example\">", "<meta name=\"author\" content=\"Example Media Group\">" + JsonLd, StringComparison.Ordinal);
        Assert.Equal("Jane Example", HtmlSeed.Extract(page).Page.Byline);
    }

    [Fact]
    public void A_card_shown_when_a_link_is_pointed_at_is_left_out_of_the_sentence_it_sits_in()
    {
        const string Card = "<a href=\"/people/jane-doe\">Jane Doe</a><span class=\"card\"><img src=\"/jane.jpg\"><a href=\"/people/jane-doe\">Jane Doe</a>"
            + "<a href=\"/news/1\">Council delays the budget vote again</a> <a href=\"/news/2\">Mayor opens the new library</a> <a href=\"/people/jane-doe\">MORE</a></span>";

        var body = BodyWith("that <a href=\"https://gazette.example/report\">the full report</a> would", "that " + Card + " would");

        Assert.Contains("and that [Jane Doe](<https://gazette.example/people/jane-doe>) would be published", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Council delays", body, StringComparison.Ordinal);
    }

    [Theory]
    // A list of links to other reports, however long the paragraph.
    [InlineData("<p><a href=\"/news/1\">Council delays the budget vote again after a long night of talks</a> [INSIGHT]<br>"
        + "<a href=\"/news/2\">Mayor opens the new library on the old market square</a> [VIDEO]<br><a href=\"/news/3\">Ferry timetable changes</a> [LATEST]</p>",
        "the full report")]
    // A read-more card between the paragraphs.
    [InlineData("<a class=\"read-more-big\" href=\"/news/9\"><span>Also on Example Gazette</span><span>Council delays the budget vote again after a long night of talks in the town hall</span></a>",
        "Buses will use the ring road")]
    public void Links_to_other_reports_between_the_paragraphs_are_left_out(string piece, string kept)
    {
        var body = BodyWith("<h2>What happens next</h2>", piece + "<h2>What happens next</h2>");

        Assert.DoesNotContain("Council delays", body, StringComparison.Ordinal);
        Assert.Contains(kept, body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<a href=\"/people/jane-doe\">Jane Doe</a><span> told <a href=\"/people/jane-doe\">her</a> colleagues</span>", "told")]
    [InlineData("<a href=\"/people/jane-doe\">Jane Doe</a><span><a href=\"/news/1\">and the council</a></span>", "and the council")]
    public void Text_after_a_link_that_is_prose_or_links_elsewhere_stays(string piece, string kept) =>
        Assert.Contains(kept, BodyWith("<a href=\"https://gazette.example/report\">the full report</a>", piece), StringComparison.Ordinal);

    [Fact]
    public void A_page_without_a_body_gives_an_empty_article_not_an_exception() =>
        Assert.Equal("", HtmlSeed.Extract("<html><head><title>Only a title</title></head></html>").Body);

    // The test page with its article wrapped in markup repeated count times.
    private static string Wrapped(string open, string close, int count) =>
        Page.Replace("<main>", string.Concat(Enumerable.Repeat(open, count)) + "<main>", StringComparison.Ordinal)
            .Replace("</main>", "</main>" + string.Concat(Enumerable.Repeat(close, count)), StringComparison.Ordinal);

    [Theory]
    [InlineData("<div>", "</div>")]
    [InlineData("<section><div>", "")]
    [InlineData("<b><i>", "</i></b>")]
    [InlineData("<div/>", "")]
    [InlineData("<ul><li>", "")]
    public void A_page_nested_thousands_deep_is_refused(string open, string close)
    {
        var refused = Assert.Throws<Digest.Ingest.UnreadableSeedException>(() => HtmlSeed.Extract(Wrapped(open, close, 2_500)));
        Assert.StartsWith("the page nests its elements more than 2,000 deep", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<div>", "</div>", 1_900)]
    [InlineData("<p>", "", 5_000)]
    [InlineData("<li>", "", 5_000)]
    [InlineData("<table><tr><td>", "</table>", 1_900)]
    [InlineData("<br><img src=a.png><hr>", "", 5_000)]
    [InlineData("<span>", "", 1_900)]
    [InlineData("<svg><path d=\"M0 0\"/><circle r=\"1\"/></svg>", "", 5_000)]
    public void A_deep_or_sloppy_page_a_browser_reads_is_read(string open, string close, int count)
    {
        var body = HtmlSeed.Extract(Wrapped(open, close, count)).Body;

        Assert.Contains("The city council voted on Tuesday", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Quotes_in_quotes_are_written_at_most_eight_deep()
    {
        var body = HtmlSeed.Extract(Wrapped("<blockquote>", "</blockquote>", 300)).Body;

        var deepest = body.Split('\n').Max(line => (line.Length - line.TrimStart('>', ' ').Length) / 2);
        Assert.Equal(8, deepest);
        Assert.False(SafeMarkdown.NestsTooDeep(body));
        Assert.Contains("> > > > > > > > LISBON", body, StringComparison.Ordinal);
    }

    private const string RedirectPage =
        """
        <!doctype html>
        <html><head><title>Redirecting...</title>
          <link rel="canonical" href="https://gazette.example/news/bridge-old">
          <meta http-equiv="Refresh" content="0; URL='/news/bridge'">
        </head><body><p>Redirecting to <a href="/news/bridge">the new address</a>. Click the link if you are not redirected.</p></body></html>
        """;

    [Fact]
    public void A_page_that_only_redirects_is_refused_naming_where_it_leads()
    {
        var refused = Assert.Throws<Digest.Ingest.UnreadableSeedException>(() => HtmlSeed.Extract(RedirectPage));

        Assert.StartsWith("the page only sends its reader on to https://gazette.example/news/bridge (a <meta http-equiv=\"refresh\">)", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("300")]
    [InlineData("60; url=https://gazette.example/news/bridge")]
    [InlineData("0; url=https://gazette.example/news/other")]
    public void An_article_that_refreshes_itself_or_moves_on_after_its_text_is_read(string content)
    {
        // A live page reloads itself; an article may send its reader on after a while: the page holds its story either way.
        var extracted = HtmlSeed.Extract(Page.Replace("<link rel", $"<meta http-equiv=\"refresh\" content=\"{content}\"><link rel", StringComparison.Ordinal));

        Assert.Equal("Bridge to close for repairs", extracted.Title);
        Assert.Contains("The city council voted on Tuesday", extracted.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void After_a_refused_page_the_next_page_is_read_as_before()
    {
        var before = HtmlSeed.Extract(Page);
        Assert.Throws<Digest.Ingest.UnreadableSeedException>(() => HtmlSeed.Extract(Wrapped("<div>", "", 2_500)));

        var after = HtmlSeed.Extract(Page);
        Assert.Equal((before.Title, before.Body, before.Page), (after.Title, after.Body, after.Page));
        Assert.Equal(before.Paragraphs, after.Paragraphs);
        Assert.Equal(before.RawLines, after.RawLines);
    }
}
