using Digest.Publish;
using Digest.Publish.Pages;
using Digest.Tests.Support;

namespace Digest.Tests.Publish;

public sealed class AtomicOutputTests
{
    [Fact]
    public void A_publish_that_fails_midway_leaves_the_previous_site_exactly_as_it_was()
    {
        using var project = new TempProject().WithRepositorySeeds();
        project.Build();
        var before = Directory.GetFiles(project.Paths.Output, "*", SearchOption.AllDirectories)
            .ToDictionary(f => f, File.ReadAllBytes);
        File.AppendAllText(Path.Combine(project.Paths.Seeds, "000_7ff31fa913e47ace.txt"), "\nA new last paragraph.\n");
        project.Ingest();

        Assert.Throws<InvalidOperationException>(() => Publisher.Run(project.Paths, new FailingRenderer(failAfter: 3)));

        var after = Directory.GetFiles(project.Paths.Output, "*", SearchOption.AllDirectories);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Order(StringComparer.Ordinal));
        Assert.All(after, f => Assert.Equal(before[f], File.ReadAllBytes(f)));
        Assert.Equal([project.Paths.Output], Directory.GetDirectories(project.Root).Where(d => Path.GetFileName(d).StartsWith("output", StringComparison.Ordinal)));
    }

    private sealed class FailingRenderer(int failAfter) : IPageRenderer
    {
        private int _rendered;

        public IReadOnlyList<ThemeAsset> Assets => [];

        public string Render(Page page) =>
            ++_rendered > failAfter ? throw new InvalidOperationException("disk full") : "<!DOCTYPE html><title>x</title>";
    }
}
