using Digest.Content;
using Digest.Ingest;

namespace Digest.Tests.Entities;

public sealed class EntityIngestTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "digest-entities-" + Guid.NewGuid().ToString("N")[..8]);

    public EntityIngestTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "seeds"));
        Directory.CreateDirectory(Path.Combine(_root, "input"));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public void Ingest_writes_canonical_entity_names_once_each_in_order_of_first_mention()
    {
        File.WriteAllText(Path.Combine(_root, "input", "entities.yml"), """
            Syrian Democratic Forces:
              type: organisation
              aliases: [SDF]
            """);
        File.WriteAllText(Path.Combine(_root, "seeds", "one.txt"), """
            Coalition says SDF holds the line

            U.S. Army Col. Ryan Dillon said on Thursday that the SDF held its positions near Deir el-Zour. Dillon said ISIS fighters had fled toward Iraq.
            """);

        var result = Ingester.Run(ProjectPaths.Resolve(_root));

        Assert.Empty(result.Diagnostics);
        var article = Assert.Single(result.Articles);
        // The U.S. of "U.S. Army" is the army's, not a mention of the country on its own.
        Assert.Equal(["Syrian Democratic Forces", "Ryan Dillon", "Deir el-Zour", "Islamic State", "Iraq"], article.Entities.Where(e => e is not ("U.S. Army" or "United States")));
        var markdown = File.ReadAllText(Path.Combine(_root, "input", "articles", article.Slug + ".md"));
        Assert.Contains("entities: [Syrian Democratic Forces,", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_place_of_a_dateline_line_is_a_place_of_the_article()
    {
        // "ROME" alone on a line is a date stamp to cleaning: it leaves the body, and its place must not be lost.
        File.WriteAllText(Path.Combine(_root, "seeds", "one.txt"), """
            Bridge to close for repairs

            NEW YORK, NY 2019-11-19

            The city council voted on Tuesday to close the old bridge for a year of repairs.
            """);
        File.WriteAllText(Path.Combine(_root, "seeds", "two.txt"), """
            Bridge to reopen

            BEIRUT (AP) — The old bridge over the river reopened on Friday, officials in Beirut said.
            """);

        var result = Ingester.Run(ProjectPaths.Resolve(_root));

        var byDateline = result.Articles.ToDictionary(a => a.Dateline!);
        Assert.Equal("NEW YORK, NY", byDateline["NEW YORK, NY"].Dateline);
        Assert.DoesNotContain("NEW YORK", byDateline["NEW YORK, NY"].Body, StringComparison.Ordinal);
        Assert.Equal(["New York"], byDateline["NEW YORK, NY"].Entities);
        // A dateline in the text is read there, once.
        Assert.Equal("Beirut", byDateline["BEIRUT"].Entities[0]);
        Assert.Single(byDateline["BEIRUT"].Entities, e => e.Contains("eirut", StringComparison.OrdinalIgnoreCase));
        var catalog = Digest.Entities.EntityCatalog.Load(ProjectPaths.Resolve(_root), []).WithArticles(result.Articles);
        Assert.Equal(Digest.Entities.EntityType.Place, catalog.Get("New York")!.Type);
    }

    [Fact]
    public void A_broken_curated_file_is_a_diagnostic_and_ingest_still_runs()
    {
        File.WriteAllText(Path.Combine(_root, "input", "entities.yml"), "Raqqa: [oops\n");
        File.WriteAllText(Path.Combine(_root, "seeds", "one.txt"), "Title\n\nThe United Nations met in Geneva.\n");

        var result = Ingester.Run(ProjectPaths.Resolve(_root));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.StartsWith("input/entities.yml:", diagnostic.ToString(), StringComparison.Ordinal);
        Assert.Contains("United Nations", Assert.Single(result.Articles).Entities);
    }
}
