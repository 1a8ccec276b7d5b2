using Digest.Content;
using Digest.Tests.Support;

namespace Digest.Tests.Publish;

/// <summary>Pages a maintainer writes beside the news (<c>input/pages/</c>): published, linked from every footer, checked.</summary>
public sealed class SitePagesTests
{
    private static TempProject Project() => new TempProject()
        .WithSeed("bridge.txt", "Lisbon bridge closes for repairs\n\nThe April 25 bridge in Lisbon will close for six weeks of repairs from Monday, " +
            "the city's transport office said. Commuters are asked to use the ferries across the Tagus.\n");

    [Fact]
    public void A_page_is_published_at_its_name_and_every_page_links_the_pages_lightest_first()
    {
        using var project = Project()
            .WithInputFile("pages/about.md", "---\ntitle: About us\nsummary: Who curates this.\nweight: 2\n---\n\nWe read the news.\n\n<script>alert(1)</script> and [a link](javascript:alert(1)).\n")
            .WithInputFile("pages/contact.md", "---\ntitle: Contact\nweight: -1\n---\n\nWrite to us.\n")
            .WithInputFile("pages/imprint.md", "---\ntitle: Imprint\n---\n\nPublisher: us.\n");
        Assert.Empty(project.Build());

        var about = project.ReadOutput("about/");
        Assert.Contains("<h1>About us</h1>", about, StringComparison.Ordinal);
        Assert.Contains("<p>We read the news.</p>", about, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", about, StringComparison.Ordinal); // text, never markup
        Assert.DoesNotContain("href=\"javascript:", about, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"description\" content=\"Who curates this.\" />", about, StringComparison.Ordinal);
        Assert.Contains("<title>About us — Digest</title>", about, StringComparison.Ordinal);
        foreach (var page in new[] { "", "stories/", "about/", "404.html" })
        {
            Assert.Contains("<ul><li><a href=\"/contact/\">Contact</a></li><li><a href=\"/imprint/\">Imprint</a></li><li><a href=\"/about/\">About us</a></li></ul>",
                project.ReadOutput(page), StringComparison.Ordinal);
        }

        Assert.Contains("<loc>/about/</loc>", project.ReadOutput("sitemap.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_with_footer_false_is_published_unlinked_and_a_crowded_footer_is_warned_of()
    {
        var project = Project()
            .WithInputFile("pages/about.md", "---\ntitle: About us\n---\n\nWe read the news.\n")
            .WithInputFile("pages/archive-2019.md", "---\ntitle: The 2019 archive\nfooter: False\n---\n\nOld news.\n")
            .WithInputFile("pages/odd.md", "---\ntitle: Odd\nfooter: nope\n---\n\nText.\n");
        using (project)
        {
            var diagnostics = project.Build();

            Assert.Contains("footer 'nope' must be true or false", Assert.Single(diagnostics, d => d.File == "input/pages/odd.md").ToString(), StringComparison.Ordinal);
            Assert.Contains("<h1>The 2019 archive</h1>", project.ReadOutput("archive-2019/"), StringComparison.Ordinal);
            Assert.Contains("<loc>/archive-2019/</loc>", project.ReadOutput("sitemap.xml"), StringComparison.Ordinal);
            foreach (var page in new[] { "", "about/", "archive-2019/" })
            {
                Assert.Contains("<ul><li><a href=\"/about/\">About us</a></li><li><a href=\"/odd/\">Odd</a></li></ul>", project.ReadOutput(page), StringComparison.Ordinal);
            }

            Assert.DoesNotContain(diagnostics, d => d.File == "input/pages/");

            // Taken out of the footer on the next build, every page's footer follows (the pages' fingerprints hold the footer).
            project.WithInputFile("pages/about.md", "---\ntitle: About us\nfooter: false\n---\n\nWe read the news.\n");
            project.Build();
            foreach (var page in new[] { "", "about/", "archive-2019/", "stories/" })
            {
                Assert.Contains("<ul><li><a href=\"/odd/\">Odd</a></li></ul>", project.ReadOutput(page), StringComparison.Ordinal);
            }
        }

        using var crowded = Project();
        for (var i = 0; i <= SitePages.ManyFooterLinks; i++)
        {
            crowded.WithInputFile($"pages/page-{i}.md", $"---\ntitle: Page {i}\n{(i == 0 ? "footer: false\n" : "")}---\n\nText.\n");
        }

        Assert.DoesNotContain(crowded.Build(), d => d.File == "input/pages/"); // one of 21 is out of the footer: 20 links
        crowded.WithInputFile("pages/one-more.md", "---\ntitle: One more\n---\n\nText.\n");
        var warning = Assert.Single(crowded.Build(), d => d.File == "input/pages/");
        Assert.Contains("links all 21 of these pages: give those that need no link there 'footer: false'", warning.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_cannot_be_a_page_is_an_error_naming_it_and_the_others_publish()
    {
        using var project = Project()
            .WithInputFile("pages/about.md", "---\ntitle: About\nweight: heavy\ncolour: red\n---\n\nText.\n")
            .WithInputFile("pages/About.md", "---\ntitle: About again\n---\n\nText.\n")
            .WithInputFile("pages/stories.md", "---\ntitle: Our stories\n---\n\nText.\n")
            .WithInputFile("pages/untitled.md", "---\nsummary: No title.\n---\n\nText.\n")
            .WithInputFile("pages/plain.md", "No front matter.\n")
            .WithInputFile("pages/logo.png", "not markdown")
            .WithInputFile("pages/team/jo.md", "---\ntitle: Jo\n---\n\nText.\n");

        var diagnostics = project.Build();

        string Problem(string file) => Assert.Single(diagnostics, d => d.File == "input/pages/" + file).ToString();
        Assert.Contains("input/pages/About.md is already published at /about/: rename one", Problem("about.md"), StringComparison.Ordinal); // "About.md" came first
        Assert.Contains("/stories/ is where the site keeps its own stories", Problem("stories.md"), StringComparison.Ordinal);
        Assert.Contains("a page needs a 'title'", Problem("untitled.md"), StringComparison.Ordinal);
        Assert.Contains("no YAML front matter", Problem("plain.md"), StringComparison.Ordinal);
        Assert.Contains("not a page", Problem("logo.png"), StringComparison.Ordinal);
        Assert.Contains("warning: a folder in input/pages/, whose pages are its own files (input/pages/NAME.md); what it holds is not read", Problem("team"), StringComparison.Ordinal);
        Assert.Contains("<h1>About again</h1>", project.ReadOutput("about/"), StringComparison.Ordinal);
        Assert.DoesNotContain("Our stories", project.ReadOutput("stories/"), StringComparison.Ordinal); // the site's own page stands

        var diagnosticsOfOne = new List<Diagnostic>();
        Assert.NotNull(SitePages.Read("---\ntitle: About\nweight: heavy\ncolour: red\n---\n\nText.\n", "about", "input/pages/about.md", diagnosticsOfOne));
        Assert.Equal([(3, Severity.Error), (4, Severity.Warning)], diagnosticsOfOne.Select(d => (d.Line ?? 0, d.Severity)));

        // A character no page can carry: a warning at it, and the page without it.
        diagnosticsOfOne.Clear();
        var page = SitePages.Read("---\ntitle: About\n---\n\nText\u0001.\n", "about", "input/pages/about.md", diagnosticsOfOne);
        Assert.Equal("<p>Text.</p>\n", page!.Html);
        Assert.Equal((5, 5), (diagnosticsOfOne.Single().Line, diagnosticsOfOne.Single().Column));
    }
}
