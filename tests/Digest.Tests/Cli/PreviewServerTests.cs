using Digest.Preview;
using Digest.Tests.Support;

namespace Digest.Tests.Cli;

public sealed class PreviewServerTests
{
    [Fact]
    public async Task Serves_pretty_urls_under_the_base_path_with_a_404_page_and_live_reload()
    {
        using var project = new TempProject().WithRepositorySeeds().WithInputFile("digest.yml", "base_url: https://example.org/digest/\n");
        project.Build();
        var version = 7;
        await using var server = await PreviewServer.StartAsync(project.Paths.Output, "/digest/", 0, () => version);
        using var http = new HttpClient();

        Assert.EndsWith("/digest/", server.Url, StringComparison.Ordinal);
        var home = await http.GetStringAsync(new Uri(server.Url));
        Assert.Contains("<h1 class=\"visually-hidden\">", home, StringComparison.Ordinal);
        Assert.Contains(PreviewServer.VersionPath, home, StringComparison.Ordinal);
        Assert.DoesNotContain(PreviewServer.VersionPath, File.ReadAllText(project.OutputFile("")), StringComparison.Ordinal);

        var missing = await http.GetAsync(new Uri(server.Url + "no/such/page/"));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Page not found", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var origin = new Uri(server.Url).GetLeftPart(UriPartial.Authority);
        Assert.Equal("7", await http.GetStringAsync(new Uri(origin + PreviewServer.VersionPath)));
        version = 8;
        Assert.Equal("8", await http.GetStringAsync(new Uri(origin + PreviewServer.VersionPath)));
        Assert.Equal("text/css", (await http.GetAsync(new Uri(server.Url + "assets/site.css"))).Content.Headers.ContentType?.MediaType);

        // Served under its base path alone, as its host serves it: a link that forgets the path is a 404 here too, and
        // the host's root leads to the site.
        var outside = await http.GetAsync(new Uri(origin + "/assets/site.css"));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, outside.StatusCode);
        Assert.Contains("Page not found", await outside.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var noRedirects = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var root = await noRedirects.GetAsync(new Uri(origin + "/"));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, root.StatusCode);
        Assert.Equal("/digest/", root.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("index.html/")]
    [InlineData("feed.xml/")]
    [InlineData("assets/site.css/")]
    public async Task A_files_path_with_a_slash_after_it_is_a_404_not_a_server_error(string path)
    {
        using var project = new TempProject().WithRepositorySeeds();
        project.Build();
        await using var server = await PreviewServer.StartAsync(project.Paths.Output, "/", 0, () => 1);
        using var http = new HttpClient();

        var response = await http.GetAsync(new Uri(server.Url + path));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serves_the_static_files_of_the_site_as_a_host_would_hidden_ones_and_those_of_unknown_types_too()
    {
        using var project = new TempProject().WithRepositorySeeds();
        Directory.CreateDirectory(Path.Combine(project.Paths.Static, ".well-known"));
        File.WriteAllText(Path.Combine(project.Paths.Static, ".well-known", "security.txt"), "Contact: mailto:desk@news.example\n");
        File.WriteAllText(Path.Combine(project.Paths.Static, "_redirects"), "/old /news 301\n");
        project.Build();
        await using var server = await PreviewServer.StartAsync(project.Paths.Output, "/", 0);
        using var http = new HttpClient();

        Assert.Equal("Contact: mailto:desk@news.example\n", await http.GetStringAsync(new Uri(server.Url + ".well-known/security.txt")));
        var redirects = await http.GetAsync(new Uri(server.Url + "_redirects"));
        Assert.Equal(System.Net.HttpStatusCode.OK, redirects.StatusCode);
        Assert.Equal("/old /news 301\n", await redirects.Content.ReadAsStringAsync());
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await http.GetAsync(new Uri(server.Url + ".well-known/none.txt"))).StatusCode);
    }

    [Fact]
    public async Task Pages_show_the_last_build_s_problems_escaped_while_there_are_any()
    {
        using var project = new TempProject().WithRepositorySeeds();
        project.Build();
        IReadOnlyList<string> problems = ["input/articles/x.md:2:8: error: <script>alert(1)</script> is not a date"];
        await using var server = await PreviewServer.StartAsync(project.Paths.Output, "/", 0, () => 1, () => problems);
        using var http = new HttpClient();

        var page = await http.GetStringAsync(new Uri(server.Url));
        Assert.Contains($"id=\"{PreviewServer.ProblemsPanelId}\"", page, StringComparison.Ordinal);
        Assert.Contains("Not all of your changes show here: 1 problem", page, StringComparison.Ordinal);
        Assert.Contains("input/articles/x.md:2:8: error: &lt;script&gt;alert(1)&lt;/script&gt; is not a date", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", page, StringComparison.Ordinal);
        Assert.DoesNotContain(PreviewServer.ProblemsPanelId, File.ReadAllText(project.OutputFile("")), StringComparison.Ordinal);

        problems = [.. Enumerable.Range(1, 60).Select(i => $"input/articles/a{i}.md: error: broken")];
        page = await http.GetStringAsync(new Uri(server.Url + "stories/"));
        Assert.Contains("Not all of your changes show here: 60 problems", page, StringComparison.Ordinal);
        Assert.Contains("a50.md", page, StringComparison.Ordinal);
        Assert.DoesNotContain("a51.md", page, StringComparison.Ordinal);
        Assert.Contains("and 10 more", page, StringComparison.Ordinal);

        // The 404 page too (a page the broken file took out of the site), with the reload script, and still a 404.
        var gone = await http.GetAsync(new Uri(server.Url + "articles/harbour-notes/"));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, gone.StatusCode);
        var notFound = await gone.Content.ReadAsStringAsync();
        Assert.Contains("Page not found", notFound, StringComparison.Ordinal);
        Assert.Contains("Not all of your changes show here: 60 problems", notFound, StringComparison.Ordinal);
        Assert.Contains(PreviewServer.VersionPath, notFound, StringComparison.Ordinal);

        problems = [];
        Assert.DoesNotContain(PreviewServer.ProblemsPanelId, await http.GetStringAsync(new Uri(server.Url)), StringComparison.Ordinal);
    }
}
