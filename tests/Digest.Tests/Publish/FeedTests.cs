using System.Text.Json;
using System.Xml.Linq;
using Digest.Tests.Support;

namespace Digest.Tests.Publish;

public sealed class FeedTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static TempProject Site() => new TempProject()
        .WithInputFile("digest.yml", "title: Test & <Digest>\nbase_url: https://example.org/news/\n")
        .WithInputFile("articles/a.md", "---\ntitle: A <script>alert(1)</script> & co\nslug: a\ndate: 2017-09-14\nsource: CNN\ntags: [syria]\nstory: a\n---\n\nBody *with* <b>markup</b> & ampersand.\n")
        .WithInputFile("articles/b.md", "---\ntitle: Undated\nslug: b\nsource: CNN\ntags: [syria]\nstory: b\n---\n\nOther body.\n");

    [Fact]
    public void Atom_feeds_parse_and_carry_escaped_titles_absolute_ids_and_rfc3339_dates()
    {
        using var project = Site();
        project.Publish();

        foreach (var path in new[] { "feed.xml", "tags/syria/feed.xml", "sources/cnn/feed.xml" })
        {
            var feed = XDocument.Load(project.OutputFile(path)).Root!;
            Assert.Equal(Atom + "feed", feed.Name);
            var entries = feed.Elements(Atom + "entry").ToList();
            Assert.Equal(2, entries.Count);
            Assert.Equal("A <script>alert(1)</script> & co", entries[0].Element(Atom + "title")!.Value);
            Assert.Equal("https://example.org/news/articles/a/", entries[0].Element(Atom + "id")!.Value);
            Assert.Equal("2017-09-14T00:00:00Z", entries[0].Element(Atom + "updated")!.Value);
            Assert.Equal("2017-09-14T00:00:00Z", feed.Element(Atom + "updated")!.Value);
            if (path == "feed.xml")
            {
                Assert.Contains("&lt;b&gt;markup&lt;/b&gt;", entries[0].Element(Atom + "content")!.Value, StringComparison.Ordinal);
            }
            else
            {
                Assert.Null(entries[0].Element(Atom + "content"));
            }

            Assert.Equal($"https://example.org/news/{path}", feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);
        }
    }

    [Fact]
    public void Rss_and_json_feeds_are_valid_to_their_formats()
    {
        using var project = Site();
        project.Publish();

        var rss = XDocument.Load(project.OutputFile("rss.xml")).Root!;
        Assert.Equal("2.0", rss.Attribute("version")!.Value);
        var item = rss.Element("channel")!.Elements("item").First();
        Assert.Equal("Thu, 14 Sep 2017 00:00:00 +0000", item.Element("pubDate")!.Value);
        Assert.Equal("https://example.org/news/articles/a/", item.Element("link")!.Value);

        using var json = JsonDocument.Parse(File.ReadAllBytes(project.OutputFile("feed.json")));
        var root = json.RootElement;
        Assert.Equal("https://jsonfeed.org/version/1.1", root.GetProperty("version").GetString());
        Assert.Equal("Test & <Digest>", root.GetProperty("title").GetString());
        var first = root.GetProperty("items")[0];
        Assert.Equal("2017-09-14T00:00:00Z", first.GetProperty("date_published").GetString());
        Assert.Equal("A <script>alert(1)</script> & co", first.GetProperty("title").GetString());
    }

    [Fact]
    public void Pages_advertise_their_feeds()
    {
        using var project = Site();
        project.Publish();

        var parser = new AngleSharp.Html.Parser.HtmlParser();
        var tagPage = parser.ParseDocument(project.ReadOutput("tags/syria/"));
        Assert.Equal(["/news/tags/syria/feed.xml"], tagPage.QuerySelectorAll("link[rel=alternate]").Select(l => l.GetAttribute("href")));
        var follow = tagPage.QuerySelector("footer .page-feeds")!;
        Assert.Equal("Follow Syria: Atom", follow.TextContent.Trim()); // the tag "syria" names a known place
        Assert.Equal("/news/tags/syria/feed.xml", follow.QuerySelector("a")!.GetAttribute("href"));
        Assert.Null(parser.ParseDocument(project.ReadOutput("articles/a/")).QuerySelector("footer .page-feeds"));
        Assert.Equal("application/atom+xml", tagPage.QuerySelector("link[rel=alternate]")!.GetAttribute("type"));
        var home = parser.ParseDocument(project.ReadOutput(""));
        Assert.Equal(["/news/feed.xml", "/news/rss.xml", "/news/feed.json"], home.QuerySelectorAll("link[rel=alternate]").Select(l => l.GetAttribute("href")));
        Assert.Equal("application/feed+json", home.QuerySelector("link[rel=alternate][href='/news/feed.json']")!.GetAttribute("type"));
    }

    [Fact]
    public void A_topic_has_a_feed_of_its_newest_reports_without_copies_and_its_page_and_entity_pages_name_theirs()
    {
        static string Article(string slug, string date, string story, string extra = "") =>
            $"---\ntitle: Report {slug}\nslug: {slug}\ndate: {date}\nsource: CNN\nstory: {story}\ntopic: offensive\nentities: [Ryan Dillon]\n{extra}---\n\nBody {slug}.\n";
        using var project = new TempProject()
            .WithInputFile("digest.yml", "title: Desk\nbase_url: https://example.org/\n")
            .WithInputFile("entities.yml", "Ryan Dillon:\n  type: person\n")
            .WithInputFile("articles/first.md", Article("first", "2017-09-10", "first"))
            .WithInputFile("articles/second.md", Article("second", "2017-09-14", "second"))
            .WithInputFile("articles/copy.md", Article("copy", "2017-09-15", "second", "duplicate_of: second\n"))
            .WithInputFile("articles/other.md", Article("other", "2017-09-16", "other").Replace("topic: offensive", "topic: elsewhere", StringComparison.Ordinal));
        project.Publish();

        var feed = XDocument.Load(project.OutputFile("topics/offensive/feed.xml")).Root!;
        Assert.Equal(["Report second", "Report first"], feed.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value));
        Assert.Equal("Report second — Desk", feed.Element(Atom + "title")!.Value); // a topic is titled by its most reported story
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        var topicLink = parser.ParseDocument(project.ReadOutput("topics/offensive/")).QuerySelector("link[rel=alternate]")!;
        Assert.Equal("/topics/offensive/feed.xml", topicLink.GetAttribute("href"));
        Assert.Equal(feed.Element(Atom + "title")!.Value + " (Atom)", topicLink.GetAttribute("title"));
        var entityLink = parser.ParseDocument(project.ReadOutput("entities/ryan-dillon/")).QuerySelector("link[rel=alternate]")!;
        Assert.Equal("Ryan Dillon — Desk (Atom)", entityLink.GetAttribute("title"));
    }

    private static readonly string[] Written = ["feed.xml", "rss.xml", "feed.json", "tags/syria/feed.xml", "sources/cnn/feed.xml"];
    private static readonly string[] NotWritten = ["tags/syria/rss.xml", "tags/syria/feed.json", "sources/cnn/rss.xml", "sources/cnn/feed.json"];

    // The site's feed comes in three formats; a tag's, source's or entity's in Atom alone unless term_feeds says more.
    [Fact]
    public void Term_feeds_are_atom_only_by_default()
    {
        using var project = Site();
        project.Publish();

        Assert.All(Written, path => Assert.True(File.Exists(project.OutputFile(path)), path));
        Assert.All(NotWritten, path => Assert.False(File.Exists(project.OutputFile(path)), path));
    }

    [Fact]
    public void An_entry_names_its_articles_first_tags_as_categories_in_every_format_and_the_page_lists_them_all()
    {
        var tags = Enumerable.Range(1, 30).Select(i => $"tag{i:00}").ToList();
        using var project = new TempProject()
            .WithInputFile("digest.yml", "base_url: https://example.org/news/\nterm_feeds: [atom, rss, json]\n")
            .WithInputFile("articles/a.md", $"---\ntitle: A\nslug: a\ndate: 2017-09-14\nsource: CNN\ntags: [{string.Join(", ", tags)}]\nstory: a\n---\n\nBody.\n");
        project.Publish();
        var first = tags.Take(Digest.Publish.Feeds.FeedChannel.MaxItemTags).ToList();
        Assert.Equal(20, first.Count);

        foreach (var folder in new[] { "", "tags/tag30/" })
        {
            var atom = XDocument.Load(project.OutputFile(folder + "feed.xml")).Root!.Element(Atom + "entry")!;
            Assert.Equal(first, atom.Elements(Atom + "category").Select(c => c.Attribute("term")!.Value));
            var rss = XDocument.Load(project.OutputFile(folder + "rss.xml")).Root!.Element("channel")!.Element("item")!;
            Assert.Equal(first, rss.Elements("category").Select(c => c.Value));
            using var json = JsonDocument.Parse(File.ReadAllBytes(project.OutputFile(folder + "feed.json")));
            Assert.Equal(first, json.RootElement.GetProperty("items")[0].GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        }

        var page = project.ReadOutput("articles/a/");
        Assert.All(tags, tag => Assert.Contains($"/tags/{tag}/", page, StringComparison.Ordinal));
    }

    [Fact]
    public void Term_feeds_come_in_the_formats_the_settings_name_in_one_order()
    {
        using var project = new TempProject()
            .WithInputFile("digest.yml", "base_url: https://example.org/news/\nterm_feeds: [json, atom, rss]\n")
            .WithInputFile("articles/a.md", "---\ntitle: A\nslug: a\ndate: 2017-09-14\nsource: CNN\ntags: [syria]\nstory: a\n---\n\nBody.\n");
        var result = project.Publish();

        Assert.Empty(result.Diagnostics);
        Assert.Equal("2.0", XDocument.Load(project.OutputFile("tags/syria/rss.xml")).Root!.Attribute("version")!.Value);
        using var json = JsonDocument.Parse(File.ReadAllBytes(project.OutputFile("sources/cnn/feed.json")));
        Assert.Equal("https://example.org/news/sources/cnn/feed.json", json.RootElement.GetProperty("feed_url").GetString());
        var tagPage = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(project.ReadOutput("tags/syria/"));
        Assert.Equal(["/news/tags/syria/feed.xml", "/news/tags/syria/rss.xml", "/news/tags/syria/feed.json"],
            tagPage.QuerySelectorAll("link[rel=alternate]").Select(l => l.GetAttribute("href")));
    }

    [Fact]
    public void An_empty_list_of_term_feeds_writes_none_and_pages_advertise_none()
    {
        using var project = new TempProject()
            .WithInputFile("digest.yml", "term_feeds: []\n")
            .WithInputFile("articles/a.md", "---\ntitle: A\nslug: a\ndate: 2017-09-14\nsource: CNN\ntags: [syria]\nstory: a\n---\n\nBody.\n");
        project.Publish();

        Assert.Empty(Directory.EnumerateFiles(project.OutputFile("tags"), "*.xml", SearchOption.AllDirectories));
        Assert.Empty(Directory.EnumerateFiles(project.OutputFile("sources"), "feed.*", SearchOption.AllDirectories));
        Assert.True(File.Exists(project.OutputFile("feed.xml")));
        var tagPage = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(project.ReadOutput("tags/syria/"));
        Assert.Empty(tagPage.QuerySelectorAll("link[rel=alternate]"));
    }

    [Theory]
    [InlineData("term_feeds: [atom, mp3]\n", 1, 20, "'mp3' is not a feed format")]
    [InlineData("title: T\nterm_feeds:\n  nested: rss\n", 3, 3, "must be a list of feed formats")]
    public void A_bad_term_feeds_setting_is_an_error_at_its_line_and_the_default_is_kept(string yaml, int line, int column, string message)
    {
        using var project = new TempProject()
            .WithInputFile("digest.yml", yaml)
            .WithInputFile("articles/a.md", "---\ntitle: A\nslug: a\ndate: 2017-09-14\nsource: CNN\ntags: [syria]\nstory: a\n---\n\nBody.\n");
        var result = project.Publish();

        var error = Assert.Single(result.Diagnostics, d => d.Message.Contains(message, StringComparison.Ordinal));
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal("input/digest.yml", error.File);
        Assert.Equal((line, column), (error.Line!.Value, error.Column!.Value));
        Assert.True(File.Exists(project.OutputFile("tags/syria/feed.xml")));
        Assert.False(File.Exists(project.OutputFile("tags/syria/rss.xml")));
    }

    [Fact]
    public void A_site_of_more_pages_than_one_sitemap_may_list_gets_an_index_of_sitemaps()
    {
        var site = Digest.Publish.SiteModel.Build(new Digest.Publish.SiteSettings { BaseUrl = "https://example.org/news/" }, []);
        var entries = Enumerable.Range(0, Digest.Publish.SitemapWriter.MaxUrls + 1).Select(i => ($"articles/a{i}/", (DateOnly?)null)).ToList();

        var parts = Digest.Publish.SitemapWriter.Parts(entries);

        Assert.Equal([Digest.Publish.SitemapWriter.MaxUrls, 1], parts.Select(p => p.Count));
        var index = XDocument.Parse(System.Text.Encoding.UTF8.GetString(Digest.Publish.SitemapWriter.Index(site, parts.Count))).Root!;
        Assert.Equal(Sitemap + "sitemapindex", index.Name);
        Assert.Equal(["https://example.org/news/sitemap-1.xml", "https://example.org/news/sitemap-2.xml"],
            index.Elements(Sitemap + "sitemap").Select(s => s.Element(Sitemap + "loc")!.Value));
        var last = XDocument.Parse(System.Text.Encoding.UTF8.GetString(Digest.Publish.SitemapWriter.Sitemap(site, parts[1]))).Root!;
        Assert.Equal(["https://example.org/news/articles/a50000/"], last.Elements(Sitemap + "url").Select(u => u.Element(Sitemap + "loc")!.Value));
        Assert.Single(Digest.Publish.SitemapWriter.Parts(entries[..Digest.Publish.SitemapWriter.MaxUrls]));
    }

    [Fact]
    public void A_sitemap_parts_key_moves_with_any_entrys_path_or_date_and_only_then()
    {
        List<(string Path, DateOnly? LastModified)> part = [("articles/a/", new DateOnly(2024, 3, 1)), ("articles/b/", null)];
        var key = Digest.Publish.SitemapWriter.KeyOf(part);

        Assert.Equal(key, Digest.Publish.SitemapWriter.KeyOf([.. part]));
        Assert.NotEqual(key, Digest.Publish.SitemapWriter.KeyOf([part[0], ("articles/c/", null)]));
        Assert.NotEqual(key, Digest.Publish.SitemapWriter.KeyOf([("articles/a/", new DateOnly(2024, 3, 2)), part[1]]));
        Assert.NotEqual(key, Digest.Publish.SitemapWriter.KeyOf([part[0], ("articles/b/", new DateOnly(2024, 3, 1))]));
        Assert.NotEqual(key, Digest.Publish.SitemapWriter.KeyOf([part[1], part[0]]));
        Assert.NotEqual(key, Digest.Publish.SitemapWriter.KeyOf([part[0]]));
    }

    [Fact]
    public void Sitemap_lists_every_page_with_absolute_urls_and_robots_names_it()
    {
        using var project = Site();
        project.Publish();

        var locs = XDocument.Load(project.OutputFile("sitemap.xml")).Root!.Elements(Sitemap + "url").Select(u => u.Element(Sitemap + "loc")!.Value).ToList();
        Assert.Contains("https://example.org/news/", locs);
        Assert.Contains("https://example.org/news/articles/a/", locs);
        Assert.All(locs, l => Assert.True(File.Exists(project.OutputFile(l["https://example.org/news/".Length..])), l));
        Assert.DoesNotContain(locs, l => l.EndsWith("404.html", StringComparison.Ordinal));
        Assert.Contains("Sitemap: https://example.org/news/sitemap.xml", project.ReadOutput("robots.txt"), StringComparison.Ordinal);
    }

    [Fact]
    public void Search_index_holds_every_article_with_its_words()
    {
        using var project = Site();
        project.Publish();

        using var manifest = JsonDocument.Parse(File.ReadAllBytes(project.OutputFile("search/index.json")));
        using var docs = JsonDocument.Parse(File.ReadAllBytes(project.OutputFile("search/docs/0.json")));
        Assert.Equal(2, manifest.RootElement.GetProperty("docs").GetInt32());
        Assert.Equal(2, docs.RootElement.GetArrayLength());
        Assert.Equal("/news/articles/a/", docs.RootElement[1][1].GetString()); // the newest, numbered last
        Assert.Contains("ampersand", SearchWordsOf(project, 1));
        Assert.Contains("cnn", SearchWordsOf(project, 1));
    }

    // The words the search index's shards list for the article of that number (oldest first), in ordinal order.
    private static List<string> SearchWordsOf(TempProject project, int article)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(project.OutputFile("search/index.json")));
        var words = new List<string>();
        foreach (var shard in manifest.RootElement.GetProperty("shards").EnumerateArray())
        {
            using var file = JsonDocument.Parse(File.ReadAllBytes(project.OutputFile($"search/words/{shard.GetString()}.json")));
            words.AddRange(file.RootElement.EnumerateObject()
                .Where(word => word.Value.EnumerateArray().Where((_, i) => i % 2 == 0).Any(id => id.GetInt32() == article))
                .Select(word => word.Name));
        }

        return [.. words.Order(StringComparer.Ordinal)];
    }

    // Publishes one article z of the given title and body; returns the search index's words of it, in ordinal order.
    private static string PublishedKeywords(TempProject project, string title, string body)
    {
        project.WithInputFile("articles/z.md", $"---\ntitle: {title}\nslug: z\nsource: BBC\nstory: z\n---\n\n{body}\n");
        project.Publish();
        return string.Join(' ', SearchWordsOf(project, 0));
    }

    [Fact]
    public void Search_keywords_are_distinct_lowercase_words()
    {
        using var project = new TempProject().WithInputFile("digest.yml", "title: T\nbase_url: https://example.org/\n");
        Assert.Equal(
            "2017 again and b2 bbc bombers city in of talks zürich",
            PublishedKeywords(project, "Zürich talks", "Talks in ZÜRICH, a city of 2017 and B2-bombers; talks again."));
    }

    [Fact]
    public void Search_keywords_come_from_the_bodys_text_not_its_markup_and_follow_an_edit()
    {
        using var project = new TempProject().WithInputFile("digest.yml", "title: T\nbase_url: https://example.org/\n");
        Assert.Equal("bbc geneva in met talks today", PublishedKeywords(project, "Talks", "Met in [Geneva](https://example.com/geneva-page) **today**."));
        Assert.Equal("bbc bern in met talks tomorrow", PublishedKeywords(project, "Talks", "Met in Bern *tomorrow*."));
    }

    [Fact]
    public void Article_pages_carry_news_article_json_ld_and_social_meta()
    {
        using var project = Site();
        project.Publish();

        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(project.ReadOutput("articles/a/"));
        using var ld = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("NewsArticle", ld.RootElement.GetProperty("@type").GetString());
        Assert.Equal("A <script>alert(1)</script> & co", ld.RootElement.GetProperty("headline").GetString());
        Assert.Equal("2017-09-14", ld.RootElement.GetProperty("datePublished").GetString());
        Assert.Equal("https://example.org/news/articles/a/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("article", page.QuerySelector("meta[property='og:type']")!.GetAttribute("content"));
        Assert.NotNull(page.QuerySelector("meta[name='twitter:card']"));
        Assert.Equal("2017-09-14", page.QuerySelector("meta[property='article:published_time']")!.GetAttribute("content"));
    }

    [Fact]
    public void An_undated_article_page_carries_no_empty_published_time()
    {
        using var project = Site().WithInputFile("articles/u.md", "---\ntitle: Undated\nslug: u\nstory: u\n---\n\nNo date.\n");
        project.Publish();

        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(project.ReadOutput("articles/u/"));
        Assert.Null(page.QuerySelector("meta[property='article:published_time']"));
    }

    [Fact]
    public void Feeds_and_structured_data_credit_a_known_source_and_name_no_unknown_one()
    {
        using var project = Site()
            .WithInputFile("articles/c.md", "---\ntitle: Unattributed\nslug: c\ndate: 2017-09-13\nsource: Unknown\nstory: c\n---\n\nThird body.\n");
        project.Publish();

        var entries = XDocument.Load(project.OutputFile("feed.xml")).Root!.Elements(Atom + "entry").ToList();
        Assert.Equal("CNN", entries.Single(e => e.Element(Atom + "title")!.Value == "A <script>alert(1)</script> & co").Element(Atom + "author")!.Element(Atom + "name")!.Value);
        Assert.Null(entries.Single(e => e.Element(Atom + "title")!.Value == "Unattributed").Element(Atom + "author"));
        var items = XDocument.Load(project.OutputFile("rss.xml")).Root!.Element("channel")!.Elements("item").ToList();
        var cnn = items.Single(i => i.Element("title")!.Value == "Undated").Element("source")!;
        Assert.Equal(("CNN", "https://www.cnn.com/"), (cnn.Value, cnn.Attribute("url")!.Value));
        Assert.Null(items.Single(i => i.Element("title")!.Value == "Unattributed").Element("source"));
        using var json = JsonDocument.Parse(File.ReadAllText(project.OutputFile("feed.json")));
        var unattributed = json.RootElement.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("title").GetString() == "Unattributed");
        Assert.False(unattributed.TryGetProperty("authors", out _));
        string Publisher(string slug)
        {
            var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(project.ReadOutput($"articles/{slug}/"));
            using var ld = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
            return ld.RootElement.TryGetProperty("publisher", out var publisher) ? publisher.GetProperty("name").GetString()! : "none";
        }

        Assert.Equal(("CNN", "none"), (Publisher("a"), Publisher("c")));
    }
}
