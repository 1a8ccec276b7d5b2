using Digest.Entities;
using Digest.Ingest.Attribution;
using Digest.Tagging;
using Digest.Tests.Support;

namespace Digest.Tests.Content;

/// <summary>Tests of what a process keeps between loads: run alone, so that no other test loads a catalog in between.</summary>
[CollectionDefinition(nameof(ProcessWideMemory), DisableParallelization = true)]
public sealed class ProcessWideMemory;

[Collection(nameof(ProcessWideMemory))]
public sealed class LastParsedTests
{
    [Fact]
    public void A_curated_file_loaded_again_unchanged_gives_the_same_catalog_and_problems_and_once_changed_is_read_anew()
    {
        using var project = new TempProject()
            .WithInputFile("entities.yml", "Kept Person:\n  type: person\n  colour: red\n")
            .WithInputFile("sources.yml", "- name: Kept Paper\n  colour: red\n")
            .WithInputFile("tags.yml", "kept: [word]\nbad: 3\n");
        var first = new List<Diagnostic>();
        var second = new List<Diagnostic>();

        var (entities, sources, tags) = (EntityCatalog.Load(project.Paths, first), SourceCatalog.Load(project.Paths, first), TagRules.Load(project.Paths, first));
        Assert.Same(entities, EntityCatalog.Load(project.Paths, second));
        Assert.Same(sources, SourceCatalog.Load(project.Paths, second));
        Assert.Same(tags, TagRules.Load(project.Paths, second));
        Assert.Equal(3, first.Count);
        Assert.Equal(first, second);

        project.WithInputFile("entities.yml", "Changed Person:\n  type: person\n")
            .WithInputFile("sources.yml", "- name: Changed Paper\n")
            .WithInputFile("tags.yml", "changed: [word]\n");
        var third = new List<Diagnostic>();
        var changedEntities = EntityCatalog.Load(project.Paths, third);
        Assert.NotSame(entities, changedEntities);
        Assert.NotNull(changedEntities.Get("Changed Person"));
        Assert.Null(changedEntities.Get("Kept Person"));
        Assert.Equal("Changed Paper", SourceCatalog.Load(project.Paths, third).Find("Changed Paper")?.Name);
        Assert.Equal(["changed"], TagRules.Load(project.Paths, third).TagsOf(new Article { Title = "T", Slug = "t", Story = "t", Body = "" }, new HashSet<string>(["word"], StringComparer.Ordinal)));
        Assert.Empty(third);
    }
}
