using AngleSharp.Html.Parser;
using Digest.Tests.Support;

namespace Digest.Tests.Publish;

/// <summary>Each tag and source has a page of its own, whatever symbols its name holds.</summary>
public sealed class TermPageTests
{
    private static TempProject Site() => new TempProject()
        .WithInputFile("digest.yml", "title: Test\n")
        .WithInputFile("articles/a.md", "---\ntitle: Compiler gets faster\nslug: a\ndate: 2019-11-20\nsource: Code & Co\ntags: [C++]\nstory: a\n---\n\nThe compiler is faster.\n")
        .WithInputFile("articles/b.md", "---\ntitle: Language ships records\nslug: b\ndate: 2019-11-21\nsource: Code Co\ntags: [C#]\nstory: b\n---\n\nThe language has records.\n")
        .WithInputFile("articles/c.md", "---\ntitle: Another compiler release\nslug: c\ndate: 2019-11-22\nsource: Code & Co\ntags: [c++]\nstory: c\n---\n\nAnother release.\n");

    // "heading: the articles it lists".
    private static string TermPage(TempProject project, string sitePath)
    {
        var page = new HtmlParser().ParseDocument(project.ReadOutput(sitePath));
        var articles = page.QuerySelectorAll("main article a[href^='/articles/']").Select(a => a.GetAttribute("href")!).Distinct().Order(StringComparer.Ordinal);
        return $"{page.QuerySelector("main h1")!.TextContent.Trim()}: {string.Join(' ', articles)}";
    }

    [Fact]
    public void Tags_and_sources_whose_names_differ_by_a_symbol_get_pages_of_their_own()
    {
        using var project = Site();
        project.Publish();

        Assert.Equal("C++: /articles/a/ /articles/c/", TermPage(project, "tags/c-plus-plus/"));
        Assert.Equal("C#: /articles/b/", TermPage(project, "tags/c-sharp/"));
        Assert.Equal("Code & Co: /articles/a/ /articles/c/", TermPage(project, "sources/code-and-co/"));
        Assert.Equal("Code Co: /articles/b/", TermPage(project, "sources/code-co/"));
        Assert.False(Directory.Exists(Path.Combine(project.Paths.Output, "tags", "c")));
    }
}
