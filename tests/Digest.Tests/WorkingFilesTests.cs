namespace Digest.Tests;

public sealed class WorkingFilesTests
{
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "project", "input", "static");

    private static string At(string relative) => Path.Combine(Folder, relative.Replace('/', Path.DirectorySeparatorChar));

    [Theory]
    [InlineData(".well-known/security.txt")]
    [InlineData(".well-known/apple-app-site-association")]
    [InlineData(".htaccess")]
    [InlineData("_redirects")]
    [InlineData("media/logo.svg")]
    [InlineData("notes.swp")]
    [InlineData(".sw")]
    public void Files_for_the_web_are_published_from_the_static_folder_hidden_ones_too(string relative)
    {
        Assert.False(WorkingFiles.BelowPublished(Folder, At(relative)));
    }

    [Theory]
    [InlineData("#_redirects#")]
    [InlineData(".#_redirects")]
    [InlineData("_redirects~")]
    [InlineData("._redirects.swp")]
    [InlineData("media/.logo.svg.swo")]
    [InlineData(".DS_Store")]
    [InlineData(".gitkeep")]
    [InlineData(".git/HEAD")]
    [InlineData(".svn/entries")]
    [InlineData(".hg/store/data")]
    public void Editors_and_version_controls_files_are_not_published(string relative)
    {
        Assert.True(WorkingFiles.BelowPublished(Folder, At(relative)));
    }

    [Fact]
    public void Only_below_the_static_folder_are_hidden_files_read()
    {
        var paths = ProjectPaths.Resolve(Path.Combine(Path.GetTempPath(), "project"));

        Assert.False(WorkingFiles.Ignored(paths, paths.Input, Path.Combine(paths.Static, ".well-known", "security.txt")));
        Assert.True(WorkingFiles.Ignored(paths, paths.Input, Path.Combine(paths.Static, ".well-known", ".security.txt.swp")));
        Assert.True(WorkingFiles.Ignored(paths, paths.Input, Path.Combine(paths.Articles, ".draft.md")));
        Assert.True(WorkingFiles.Ignored(paths, paths.Seeds, Path.Combine(paths.Seeds, ".well-known", "x.txt")));
        Assert.False(WorkingFiles.Ignored(paths, paths.Seeds, Path.Combine(paths.Seeds, "harbour.txt")));
    }
}
