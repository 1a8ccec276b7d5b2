using Digest.Check;
using Digest.Cli;
using Digest.Tests.Support;

namespace Digest.Tests.Check;

public sealed class SiteCheckerTests
{
    [Fact]
    public void The_seeds_site_has_no_problems()
    {
        using var project = new TempProject().WithRepositorySeeds();
        project.Build();

        Assert.Empty(SiteChecker.Check(project.Paths.Output, "/", project.Paths.Display));
    }

    [Fact]
    public void A_site_under_a_sub_path_checks_clean_against_that_path()
    {
        using var project = new TempProject().WithRepositorySeeds().WithInputFile("digest.yml", "base_url: https://example.org/digest/\n");
        project.Build();

        Assert.Empty(SiteChecker.Check(project.Paths.Output, "/digest/", project.Paths.Display));
        Assert.NotEmpty(SiteChecker.Check(project.Paths.Output, "/", project.Paths.Display));
    }

    [Fact]
    public void An_empty_sitemap_is_named_without_a_line_and_an_output_that_is_a_file_is_called_one()
    {
        using var project = new TempProject().WithRepositorySeeds();
        project.Build();
        File.WriteAllText(project.OutputFile("sitemap.xml"), "");

        var problem = Assert.Single(SiteChecker.Check(project.Paths.Output, "/", project.Paths.Display));
        Assert.Equal(("output/sitemap.xml", null, null), (problem.File, problem.Line, problem.Column));
        Assert.StartsWith("malformed XML", problem.Message, StringComparison.Ordinal);

        Directory.Delete(project.Paths.Output, recursive: true);
        File.WriteAllText(project.Paths.Output, "not a site");
        var file = Assert.Single(SiteChecker.Check(project.Paths.Output, "/", project.Paths.Display));
        Assert.Equal("is a file, not the site folder; move it away and run 'digest build'", file.Message);
    }

    [Theory]
    [InlineData("index.html", "<!DOCTYPE html><html><head><title>t</title></head><body><a href=\"/missing/\">x</a></body></html>", "broken link '/missing/'")]
    [InlineData("index.html", "<!DOCTYPE html><html><head><title>t</title></head><body><a href=\"/#nowhere\">x</a></body></html>", "no element with id 'nowhere'")]
    [InlineData("index.html", "<!DOCTYPE html><html><head><title>t</title></head><body><div></span></div></body></html>", "malformed HTML")]
    [InlineData("feed.xml", "<feed><entry></feed>", "malformed XML")]
    [InlineData("feed.json", "{\"items\": [}", "malformed JSON")]
    public void Each_kind_of_problem_is_reported_with_its_file(string file, string content, string message)
    {
        var root = Path.Combine(Path.GetTempPath(), "digest-check-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(root);
        try
        {
            File.WriteAllText(Path.Combine(root, "index.html"), "<!DOCTYPE html><html><head><title>t</title></head><body><p id=\"top\">ok</p></body></html>");
            File.WriteAllText(Path.Combine(root, file), content);

            var problems = SiteChecker.Check(root, "/", f => Path.GetRelativePath(root, f));

            var problem = Assert.Single(problems, p => p.Message.Contains(message, StringComparison.Ordinal));
            Assert.Equal(file, problem.File);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-16")]
    public void A_page_with_a_byte_order_mark_is_read_in_its_encoding(string encoding)
    {
        var root = Path.Combine(Path.GetTempPath(), "digest-check-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(root);
        try
        {
            // A theme's own page saved by an editor that writes a mark (Notepad's "UTF-8 with BOM", or UTF-16).
            File.WriteAllText(Path.Combine(root, "index.html"), "<!DOCTYPE html><html><head><title>Café</title></head><body><a href=\"#top\" id=\"top\">ok</a></body></html>",
                System.Text.Encoding.GetEncoding(encoding));

            Assert.Empty(SiteChecker.Check(root, "/", f => Path.GetRelativePath(root, f)));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Links_resolve_against_the_sites_files_folders_and_their_index_pages_only()
    {
        var parent = Path.Combine(Path.GetTempPath(), "digest-check-" + Guid.NewGuid().ToString("N")[..8]);
        var root = Path.Combine(parent, "site");
        Directory.CreateDirectory(Path.Combine(root, "a", "b"));
        try
        {
            // A file beside the site is not in it: served from the site folder, a link to it finds nothing.
            File.WriteAllText(Path.Combine(parent, "outside.html"), "<!DOCTYPE html><html><head><title>t</title></head><body></body></html>");
            File.WriteAllText(Path.Combine(root, "a", "b", "index.html"), "<!DOCTYPE html><html><head><title>t</title></head><body><p id=\"here\">b</p></body></html>");
            File.WriteAllText(Path.Combine(root, "index.html"), "<!DOCTYPE html><html><head><title>t</title></head><body>"
                + "<a href=\"/a/b/\">1</a><a href=\"/a/b\">2</a><a href=\"a/b/index.html#here\">3</a><a href=\"/a/./b/../b/\">4</a>"
                + "<a href=\"../outside.html\">5</a><a href=\"/a/\">6</a><a href=\"/a/b/index.html/\">7</a><a href=\"/a/b/#gone\">8</a></body></html>");

            var problems = SiteChecker.Check(root, "/", f => Path.GetRelativePath(root, f));

            Assert.Equal(
                ["broken link '../outside.html': no such file in the site", "broken link '/a/': no such file in the site",
                 "broken link '/a/b/index.html/': no such file in the site", "broken link '/a/b/#gone': a/b/index.html has no element with id 'gone'"],
                problems.Select(p => p.Message));
        }
        finally
        {
            Directory.Delete(parent, recursive: true);
        }
    }

    [Fact]
    public void Digest_check_exits_1_on_a_broken_site_and_0_on_a_good_one()
    {
        using var project = new TempProject().WithRepositorySeeds();
        project.Build();
        using var output = new StringWriter();
        using var error = new StringWriter();

        Assert.Equal(DigestCommand.Success, DigestCommand.Run(["check", "--root", project.Root], output, error));
        Directory.Delete(Path.Combine(project.Paths.Output, "tags"), recursive: true);
        Assert.Equal(DigestCommand.ContentErrors, DigestCommand.Run(["check", "--root", project.Root], output, error));
        Assert.Contains("broken link '/tags/'", error.ToString(), StringComparison.Ordinal);
    }
}
