using AngleSharp.Html.Parser;
using Digest.Tests.Support;

namespace Digest.Tests.Publish;

public sealed class StoryPageTests
{
    private static readonly HtmlParser Parser = new();

    private static string Article(string slug, string source, string? date, string story, string? duplicateOf = null, string topic = "deir-ezzor") =>
        $"---\ntitle: Report {slug}\nslug: {slug}\n{(date is null ? "" : $"date: {date}\n")}source: {source}\nstory: {story}\ntopic: {topic}\n" +
        $"{(duplicateOf is null ? "" : $"duplicate_of: {duplicateOf}\n")}---\n\nText of {slug}.\n";

    private static TempProject Site() => new TempProject()
        .WithInputFile("articles/canon.md", Article("canon", "AP", "2017-09-18", "canon"))
        .WithInputFile("articles/later.md", Article("later", "Reuters", "2017-09-19", "canon"))
        .WithInputFile("articles/copy.md", Article("copy", "Yahoo News", "2017-09-18", "canon", duplicateOf: "canon"))
        .WithInputFile("articles/other.md", Article("other", "BBC", "2017-09-01", "other"));

    [Fact]
    public void Home_lists_each_story_once_newest_first_with_all_its_sources()
    {
        using var project = Site();
        project.Publish();

        var home = Parser.ParseDocument(project.ReadOutput(""));
        Assert.Equal(["Report canon", "Report other"], home.QuerySelectorAll(".story-summary .summary-title a").Select(a => a.TextContent));
        Assert.Equal(["AP", "Reuters", "Yahoo News"], home.QuerySelector(".story-summary .reports")!.QuerySelectorAll("a").Select(a => a.TextContent));
        Assert.Equal("3 reports: AP, Reuters, Yahoo News · latest 19 September 2017", home.QuerySelector(".story-summary .reports")!.TextContent);
    }

    [Fact]
    public void A_story_in_a_list_gives_the_date_of_its_newest_report_only_when_it_is_not_the_canonical_one()
    {
        using var project = Site()
            .WithInputFile("articles/same-day.md", Article("same-day", "CNN", "2017-09-01", "other"));
        project.Publish();

        var lists = Parser.ParseDocument(project.ReadOutput("")).QuerySelectorAll(".story-summary .reports");
        Assert.Equal("2017-09-19", lists[0].QuerySelector(".latest time")!.GetAttribute("datetime"));
        Assert.Null(lists[1].QuerySelector(".latest"));
    }

    [Fact]
    public void A_story_page_gives_the_dates_its_reports_span()
    {
        using var project = Site();
        project.Publish();

        var parser = new AngleSharp.Html.Parser.HtmlParser();
        var meta = parser.ParseDocument(project.ReadOutput("stories/canon/")).QuerySelector("main > .meta")!;
        Assert.Equal(["2017-09-18", "2017-09-19"], meta.QuerySelectorAll("time").Select(t => t.GetAttribute("datetime")));
        Assert.EndsWith("18 September 2017 to 19 September 2017", System.Text.RegularExpressions.Regex.Replace(meta.TextContent, @"\s+", " ").Trim(), StringComparison.Ordinal);
        Assert.Equal(["2017-09-01"], parser.ParseDocument(project.ReadOutput("stories/other/")).QuerySelectorAll("main > .meta time").Select(t => t.GetAttribute("datetime")));
    }

    [Fact]
    public void A_source_with_several_reports_is_named_once_in_a_story_list_with_their_number()
    {
        using var project = Site()
            .WithInputFile("articles/again.md", Article("again", "AP", "2017-09-20", "canon"))
            .WithInputFile("articles/more.md", Article("more", "AP", "2017-09-21", "canon"));
        project.Publish();

        var reports = Parser.ParseDocument(project.ReadOutput("")).QuerySelector(".story-summary .reports")!;
        Assert.Equal("5 reports: AP (3), Reuters, Yahoo News · latest 21 September 2017", reports.TextContent);
        Assert.Equal("/articles/canon/", reports.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void Reports_of_no_known_source_are_named_so_and_listed_after_the_publishers()
    {
        using var project = Site()
            .WithInputFile("articles/first.md", Article("first", "Unknown", "2017-09-17", "canon"))
            .WithInputFile("articles/second.md", Article("second", "Unknown", "2017-09-20", "canon"))
            .WithInputFile("articles/bare.md", Article("bare", "Unknown", null, "bare"));
        project.Publish();

        var home = Parser.ParseDocument(project.ReadOutput(""));
        Assert.Equal("Report first", home.QuerySelector(".story-summary .summary-title")!.TextContent);
        // Lists leave it out of the line under a headline (it would repeat on every entry); the article's page names it.
        Assert.Equal("17 September 2017", home.QuerySelector(".story-summary .meta")!.TextContent.Trim());
        Assert.Equal("Source unknown", Parser.ParseDocument(project.ReadOutput("articles/first/")).QuerySelector(".meta .source")!.TextContent);
        Assert.Equal("5 reports: AP, Reuters, Yahoo News, Source unknown (2) · latest 20 September 2017", home.QuerySelector(".story-summary .reports")!.TextContent);
        var sources = Parser.ParseDocument(project.ReadOutput("sources/"));
        var undated = Parser.ParseDocument(project.ReadOutput("archive/undated/")).QuerySelector(".summary")!;
        Assert.Equal(("Report bare", null), (undated.QuerySelector(".summary-title")!.TextContent, undated.QuerySelector(".meta")));
        Assert.Equal(["AP", "BBC", "Reuters", "Yahoo News", "Source unknown"], sources.QuerySelectorAll(".terms a").Select(a => a.TextContent));
        Assert.Equal("Source unknown", Parser.ParseDocument(project.ReadOutput("sources/unknown/")).QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void Story_page_shows_reports_canonical_first_and_the_copies_sources()
    {
        using var project = Site();
        project.Publish();

        var story = Parser.ParseDocument(project.ReadOutput("stories/canon/"));
        Assert.Equal(["Report canon", "Report later"], story.QuerySelectorAll(".report .summary-title a").Select(a => a.TextContent));
        Assert.Contains("Yahoo News", story.QuerySelector(".copies")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/articles/canon/", project.RedirectTarget("articles/copy/")); // a copy gets no page of its own
        Assert.Empty(SiteLinks.Broken(project.Paths.Output));
    }

    [Fact]
    public void Article_page_links_the_other_reports_and_names_who_republished_it()
    {
        using var project = Site();
        project.Publish();

        var canon = Parser.ParseDocument(project.ReadOutput("articles/canon/"));
        Assert.Equal("/articles/later/", canon.QuerySelector(".also a")!.GetAttribute("href"));
        Assert.Contains("Yahoo News", canon.QuerySelector("#republished")!.ParentElement!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(11, 10, false)]
    [InlineData(12, 10, true)]
    public void An_article_page_lists_ten_of_its_storys_other_reports_and_links_the_story_page_for_the_rest(int reports, int listed, bool linked)
    {
        using var project = new TempProject();
        for (var i = 1; i <= reports; i++)
        {
            project.WithInputFile($"articles/r{i:00}.md", Article($"r{i:00}", $"Source {i:00}", $"2017-09-{i:00}", "big"));
        }

        project.Publish();

        var others = Parser.ParseDocument(project.ReadOutput("articles/r05/")).QuerySelector("#also-reported")!.ParentElement!.QuerySelectorAll("li");
        var reportLinks = others.Where(li => !li.ClassList.Contains("more")).Select(li => li.QuerySelector("a")!.GetAttribute("href")).ToList();
        Assert.Equal(listed, reportLinks.Count);
        Assert.DoesNotContain("/articles/r05/", reportLinks);
        var more = others.SingleOrDefault(li => li.ClassList.Contains("more"));
        Assert.Equal(linked, more is not null);
        if (more is not null)
        {
            Assert.Equal($"All {reports} reports of the story", more.TextContent);
            Assert.Equal("/stories/big/", more.QuerySelector("a")!.GetAttribute("href"));
        }
    }

    [Fact]
    public void Topic_page_is_a_timeline_of_its_stories_oldest_first()
    {
        using var project = Site();
        project.Publish();

        var topic = Parser.ParseDocument(project.ReadOutput("topics/deir-ezzor/"));
        Assert.Equal(["Report other", "Report canon"], topic.QuerySelectorAll(".timeline .summary-title a").Select(a => a.TextContent));
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("topic_min_stories: 1\n", true)]
    public void A_topic_of_one_story_gets_no_page_unless_the_settings_ask(string? settings, bool shown)
    {
        using var project = Site().WithInputFile("articles/alone.md", Article("alone", "AFP", "2017-09-05", "alone", topic: "alone"));
        if (settings is not null)
        {
            project.WithInputFile("digest.yml", settings);
        }

        project.Publish();

        var index = Parser.ParseDocument(project.ReadOutput("topics/"));
        Assert.Equal(shown ? ["Report canon", "Report alone"] : ["Report canon"], index.QuerySelectorAll(".terms a").Select(a => a.TextContent));
        Assert.Equal(shown, File.Exists(project.OutputFile("topics/alone/")));
        var story = Parser.ParseDocument(project.ReadOutput("stories/alone/"));
        Assert.Equal(shown, story.QuerySelector(".kicker")!.TextContent.Contains("Topic:", StringComparison.Ordinal));
        Assert.Contains("Topic:", Parser.ParseDocument(project.ReadOutput("stories/other/")).QuerySelector(".kicker")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(SiteLinks.Broken(project.Paths.Output));
    }

    [Fact]
    public void The_topic_index_lists_topics_most_recently_active_first_a_hundred_a_page_with_each_ones_latest_date()
    {
        // 120 topics of one story each (topic_min_stories: 1): topic 119 is the newest.
        var project = new TempProject().WithInputFile("digest.yml", "title: T\ntopic_min_stories: 1\n");
        for (var i = 0; i < 120; i++)
        {
            var date = new DateOnly(2017, 1, 1).AddDays(i).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            project.WithInputFile($"articles/r{i}.md", Article($"r{i}", "AP", date, $"s{i}", topic: $"t{i}"));
        }

        using (project)
        {
            project.Publish();

            var first = Parser.ParseDocument(project.ReadOutput("topics/"));
            var names = first.QuerySelectorAll(".terms a").Select(a => a.TextContent).ToList();
            Assert.Equal(100, names.Count);
            Assert.Equal(["Report r119", "Report r118"], names.Take(2));
            Assert.Equal("1 story · latest 30 April 2017", System.Text.RegularExpressions.Regex.Replace(first.QuerySelector(".terms .count")!.TextContent, @"\s+", " ").Trim());
            Assert.Equal("2017-04-30", first.QuerySelector(".terms time")!.GetAttribute("datetime"));
            Assert.Equal("/topics/page/2/", first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href"));
            Assert.Contains("Page 1 of 2", first.QuerySelector(".pager")!.TextContent, StringComparison.Ordinal);

            var second = Parser.ParseDocument(project.ReadOutput("topics/page/2/"));
            Assert.Equal(Enumerable.Range(0, 20).Reverse().Select(i => $"Report r{i}"), second.QuerySelectorAll(".terms a").Select(a => a.TextContent));
            Assert.Equal("/topics/", second.QuerySelector(".pager a[rel=prev]")!.GetAttribute("href"));
            Assert.Contains("/topics/page/2/", File.ReadAllText(project.OutputFile("sitemap.xml")), StringComparison.Ordinal);
            Assert.Empty(SiteLinks.Broken(project.Paths.Output));
        }
    }

    [Fact]
    public void A_bad_topic_min_stories_is_an_error_at_its_line_and_the_default_is_kept()
    {
        using var project = Site()
            .WithInputFile("articles/alone.md", Article("alone", "AFP", "2017-09-05", "alone", topic: "alone"))
            .WithInputFile("digest.yml", "title: T\ntopic_min_stories: none\n");
        var result = project.Publish();

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((Severity.Error, "input/digest.yml", 2, 20), (error.Severity, error.File, error.Line!.Value, error.Column!.Value));
        Assert.Contains("topic_min_stories 'none' must be a whole number", error.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(project.OutputFile("topics/deir-ezzor/")));
        Assert.False(File.Exists(project.OutputFile("topics/alone/")));
    }

    [Fact]
    public void Archive_has_a_page_per_month_and_lists_undated_articles_last()
    {
        using var project = Site().WithInputFile("articles/undated.md", Article("undated", "AFP", null, "undated"));
        project.Publish();

        var archive = Parser.ParseDocument(project.ReadOutput("archive/"));
        Assert.Equal(["September 2017", "Undated"], archive.QuerySelectorAll(".terms a").Select(a => a.TextContent));
        var month = Parser.ParseDocument(project.ReadOutput("archive/2017/09/"));
        Assert.Equal(["Report later", "Report canon", "Report other"], month.QuerySelectorAll(".summary-title a").Select(a => a.TextContent));
        Assert.True(File.Exists(project.OutputFile("archive/undated/")));
    }

    [Fact]
    public void Long_lists_are_paginated_with_the_configured_page_size()
    {
        using var project = new TempProject().WithInputFile("digest.yml", "page_size: 2\n");
        for (var i = 1; i <= 5; i++)
        {
            project.WithInputFile($"articles/a{i}.md", Article($"a{i}", "AP", $"2017-09-0{i}", $"a{i}"));
        }

        project.Publish();

        Assert.True(File.Exists(project.OutputFile("page/3/")));
        Assert.False(File.Exists(project.OutputFile("page/4/")));
        Assert.True(File.Exists(project.OutputFile("sources/ap/page/3/")));
        var second = Parser.ParseDocument(project.ReadOutput("page/2/"));
        Assert.Equal(["Report a3", "Report a2"], second.QuerySelectorAll(".summary-title a").Select(a => a.TextContent));
        Assert.Equal("/page/3/", second.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.Empty(SiteLinks.Broken(project.Paths.Output));
    }
}
