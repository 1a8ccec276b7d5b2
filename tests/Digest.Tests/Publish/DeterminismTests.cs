using Digest.Tests.Support;

namespace Digest.Tests.Publish;

public sealed class DeterminismTests
{
    [Fact]
    public void Two_builds_of_the_same_seeds_give_byte_identical_markdown_and_site()
    {
        using var first = new TempProject().WithRepositorySeeds();
        using var second = new TempProject().WithRepositorySeeds();

        first.Build();
        second.Build();

        AssertSameTree(first.Paths.Articles, second.Paths.Articles);
        AssertSameTree(first.Paths.Output, second.Paths.Output);
    }

    [Fact]
    public void Rebuilding_in_place_changes_no_byte()
    {
        using var project = new TempProject().WithRepositorySeeds();
        project.Build();
        var before = Snapshot(project.Paths.Output);
        var articlesBefore = Snapshot(project.Paths.Articles);

        project.Build();

        Assert.Equal(before, Snapshot(project.Paths.Output));
        Assert.Equal(articlesBefore, Snapshot(project.Paths.Articles));
    }

    private static void AssertSameTree(string a, string b)
    {
        var left = Snapshot(a);
        var right = Snapshot(b);
        Assert.NotEmpty(left);
        Assert.Equal(left.Keys, right.Keys);
        foreach (var (path, hash) in left)
        {
            Assert.True(hash == right[path], $"{path} differs between the two builds");
        }
    }

    private static SortedDictionary<string, string> Snapshot(string root) =>
        new(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))),
            StringComparer.Ordinal);
}
