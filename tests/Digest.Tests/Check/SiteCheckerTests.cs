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
