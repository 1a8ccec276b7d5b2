using AngleSharp.Html.Parser;
using Digest.Publish.Pages;
using Digest.Tests.Support;

namespace Digest.Tests.Publish;

public sealed class EntityPageTests
{
    private static readonly HtmlParser Parser = new();

    private static string Article(string slug, string date, string entities, string body, string story) =>
        $"---\ntitle: Report {slug}\nslug: {slug}\ndate: {date}\nsource: AP\nentities: [{entities}]\nstory: {story}\n---\n\n{body}\n";

    private static TempProject Site() => new TempProject()
        .WithInputFile("entities.yml", "Zorbania Relief Corps:\n  type: organisation\n  aliases: [ZRC]\n  description: A relief agency in Zorbania.\n")
        .WithInputFile("articles/a.md", Article("a", "2017-09-10", "Zorbania Relief Corps, Ryan Dillon, Syria",
            "Col. Ryan Dillon said the Zorbania Relief Corps reached Syria. Later Ryan Dillon spoke again.", "s1"))
        .WithInputFile("articles/b.md", Article("b", "2017-09-12", "Ryan Dillon, Syria", "Ryan Dillon briefed reporters on Syria.", "s2"))
        .WithInputFile("articles/c.md", Article("c", "2017-09-13", "Lonely Name", "Lonely Name appears once.", "s3"));

    [Fact]
    public void The_first_mention_of_each_site_entity_in_a_body_links_to_its_page()
    {
        using var project = Site();
        project.Publish();

        var body = Parser.ParseDocument(project.ReadOutput("articles/a/")).QuerySelector(".body")!;
        var links = body.QuerySelectorAll("a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Contains(("Ryan Dillon", "/entities/ryan-dillon/"), links);
        Assert.Contains(("Zorbania Relief Corps", "/entities/zorbania-relief-corps/"), links);
        Assert.Single(links, l => l.TextContent == "Ryan Dillon");
        Assert.Contains("Later Ryan Dillon spoke again.", body.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dateline_cleaned_out_of_the_body_is_shown_with_the_source_and_links_its_place()
    {
        using var project = Site()
            .WithInputFile("articles/d.md", "---\ntitle: Report d\nslug: d\ndate: 2017-09-14\nsource: AP\ndateline: SYRIA\nentities: [Syria]\nstory: s4\n---\n\nTalks resumed.\n")
            .WithInputFile("articles/e.md", "---\ntitle: Report e\nslug: e\ndate: 2017-09-15\nsource: AP\ndateline: BEIRUT\nstory: s5\n---\n\nBEIRUT (AP) — Talks ended.\n");
        project.Publish();

        var meta = Parser.ParseDocument(project.ReadOutput("articles/d/")).QuerySelector("header .meta")!;
        var dateline = meta.QuerySelector(".dateline")!;
        Assert.Equal(("Syria", "/entities/syria/"), (dateline.TextContent, dateline.GetAttribute("href")));
        // A body that opens with its dateline is not told it twice.
        var page = Parser.ParseDocument(project.ReadOutput("articles/e/"));
        Assert.Empty(page.QuerySelectorAll(".dateline"));
        Assert.Contains("\"dateline\":\"Beirut\"", page.QuerySelector("script[type='application/ld+json']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_demonyms_page_links_its_place_when_the_place_has_a_page()
    {
        using var project = Site()
            .WithInputFile("articles/d.md", Article("d", "2017-09-14", "Syrian, Ryan Dillon", "Syrian officials met Ryan Dillon.", "s4"))
            .WithInputFile("articles/e.md", Article("e", "2017-09-15", "Syrian", "Syrian troops moved.", "s5"));
        project.Publish();

        var lede = Parser.ParseDocument(project.ReadOutput("entities/syrian/")).QuerySelector(".lede")!;
        Assert.Equal("Of Syria: its people, language or culture.", lede.TextContent);
        Assert.Equal("/entities/syria/", lede.QuerySelector("a")!.GetAttribute("href"));
        Assert.Empty(SiteLinks.Broken(project.Paths.Output));
    }

    [Fact]
    public void Only_curated_names_or_names_in_two_articles_get_pages()
    {
        using var project = Site();
        project.Publish();

        Assert.True(File.Exists(project.OutputFile("entities/zorbania-relief-corps/")), "curated, named once");
        Assert.True(File.Exists(project.OutputFile("entities/ryan-dillon/")), "named by two articles");
        Assert.False(File.Exists(project.OutputFile("entities/lonely-name/")), "one-off noise gets no page");
        Assert.Empty(Parser.ParseDocument(project.ReadOutput("articles/c/")).QuerySelectorAll(".body a"));
        Assert.Empty(SiteLinks.Broken(project.Paths.Output));
    }

    [Fact]
    public void Entity_index_groups_by_type_with_counts_and_the_page_shows_description_stories_and_companions()
    {
        using var project = Site();
        project.Publish();

        var index = Parser.ParseDocument(project.ReadOutput("entities/"));
        var headings = index.QuerySelectorAll("main h2").Select(h => h.TextContent).ToList();
        Assert.Contains(headings, h => h.StartsWith("People", StringComparison.Ordinal));
        Assert.Contains(headings, h => h.StartsWith("Organisations", StringComparison.Ordinal));
        Assert.Contains("2 articles", index.QuerySelector("a[href='/entities/ryan-dillon/']")!.ParentElement!.TextContent, StringComparison.Ordinal);

        var page = Parser.ParseDocument(project.ReadOutput("entities/zorbania-relief-corps/"));
        Assert.Equal("A relief agency in Zorbania.", page.QuerySelector(".lede")!.TextContent);
        Assert.Equal(["Report a"], page.QuerySelectorAll("#entity-stories ~ ul a").Select(a => a.TextContent));
        Assert.Contains("Ryan Dillon", page.QuerySelector("#entity-companions")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Equal("(1 report)", page.QuerySelector("#entity-companions ~ ul a[href='/entities/ryan-dillon/'] .visually-hidden")!.TextContent);
        Assert.Equal("(2 reports)", Parser.ParseDocument(project.ReadOutput("entities/ryan-dillon/"))
            .QuerySelector("#entity-companions ~ ul a[href='/entities/syria/'] .visually-hidden")!.TextContent);
        Assert.True(File.Exists(project.OutputFile("entities/ryan-dillon/feed.xml")));
    }

    [Fact]
    public void The_entity_index_lists_the_most_reported_of_a_long_type_and_links_its_whole_list_A_to_Z()
    {
        // 210 curated people, each named by one report, and "Ryan Dillon" by two; two places.
        var people = Enumerable.Range(0, 209).Select(i => $"Person {i:D3}").Concat(["émile Zola"]).ToList();
        var project = new TempProject()
            .WithInputFile("entities.yml", string.Concat(people.Append("Ryan Dillon").Select(p => $"{p}:\n  type: person\n")));
        for (var a = 0; a < 21; a++)
        {
            var named = string.Join(", ", people.Skip(a * 10).Take(10).Append("Ryan Dillon").Append("Syria"));
            project.WithInputFile($"articles/r{a}.md", Article($"r{a}", "2017-09-10", named, "Ryan Dillon spoke in Syria.", $"s{a}"));
        }

        using (project)
        {
            project.Publish();

            var index = Parser.ParseDocument(project.ReadOutput("entities/"));
            var section = index.QuerySelector("section[aria-labelledby='type-Person']")!;
            Assert.Equal("People (211)", section.QuerySelector("h2")!.TextContent);
            var listed = section.QuerySelectorAll(".terms a").Select(a => a.TextContent).ToList();
            Assert.Equal(EntityIndexPage.ShownPerType, listed.Count);
            Assert.Equal("Ryan Dillon", listed[0]);
            var all = section.QuerySelector(".more a")!;
            Assert.Equal(("All 211 people", "/entities/all-people/"), (all.TextContent, all.GetAttribute("href")));
            // A type the index lists whole has no list of its own.
            Assert.Null(index.QuerySelector("section[aria-labelledby='type-Place'] .more"));
            Assert.False(File.Exists(project.OutputFile("entities/all-places/index.html")));

            // The whole list, A to Z, 200 names a page, then the rest.
            var first = Parser.ParseDocument(project.ReadOutput("entities/all-people/"));
            Assert.Equal("People, A to Z", first.QuerySelector("h1")!.TextContent);
            var names = first.QuerySelectorAll("main .terms a").Select(a => a.TextContent).ToList();
            Assert.Equal(EntityTypePage.NamesPerPage, names.Count);
            // A reader looks "émile Zola" up under E: accents and case do not count in the order, nor in the letters.
            Assert.Equal(["émile Zola", "Person 000"], names.Take(2));
            Assert.Equal(names.Skip(1).Order(StringComparer.OrdinalIgnoreCase), names.Skip(1));
            Assert.Equal(("/entities/person-000/", "1 article"), (first.QuerySelectorAll("main .terms a")[1].GetAttribute("href"),
                first.QuerySelectorAll("main .terms .count")[1].TextContent));
            Assert.Equal("Next →", first.QuerySelector(".pager a[rel='next']")!.TextContent);
            var second = Parser.ParseDocument(project.ReadOutput("entities/all-people/page/2/"));
            var rest = second.QuerySelectorAll("main .terms a").Select(a => a.TextContent).ToList();
            Assert.Equal([.. Enumerable.Range(199, 10).Select(i => $"Person {i}"), "Ryan Dillon"], rest);
            Assert.Equal("← Previous", second.QuerySelector(".pager a[rel='prev']")!.TextContent);
            // Each first letter links the page and anchor of its first name, from every page of the list.
            string[] initials = ["E /entities/all-people/#initial-E", "P /entities/all-people/#initial-P", "R /entities/all-people/page/2/#initial-R"];
            Assert.Equal(initials, first.QuerySelectorAll("nav.initials a").Select(a => $"{a.TextContent} {a.GetAttribute("href")}"));
            Assert.Equal(initials, second.QuerySelectorAll("nav.initials a").Select(a => $"{a.TextContent} {a.GetAttribute("href")}"));
            Assert.Equal(["initial-E", "initial-P"], first.QuerySelectorAll("main .terms li[id]").Select(li => li.Id));
            Assert.Equal(["initial-R"], second.QuerySelectorAll("main .terms li[id]").Select(li => li.Id));
            Assert.Contains("/entities/all-people/page/2/", File.ReadAllText(project.OutputFile("sitemap.xml")), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Related_articles_share_entities_and_leave_out_the_same_story()
    {
        using var project = Site();
        project.Publish();

        var related = Parser.ParseDocument(project.ReadOutput("articles/b/")).QuerySelector("#related")!.ParentElement!;
        Assert.Equal(["Report a"], related.QuerySelectorAll("li > a").Select(a => a.TextContent));
    }
}
