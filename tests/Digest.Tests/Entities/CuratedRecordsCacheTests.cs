using Digest.Cache;
using Digest.Entities;

namespace Digest.Tests.Entities;

/// <summary>The records an <c>entities.yml</c> is parsed into are kept in the build cache; read back, they are the parse itself.</summary>
public sealed class CuratedRecordsCacheTests : IDisposable
{
    private const string Curated = """
        Syrian Arab Army:
          type: organisation
          aliases: [SAA, Syrian army]
          description: The land force of the Syrian Armed Forces.
          link: https://en.wikipedia.org/wiki/Syrian_Arab_Army
        Deir Ezzor:
          type: place
          aliases: [Deir ez-Zor]
          demonyms: [Deiri]
          names: {fr: Deir ez-Zor (ville)}
        Ryan Dillon:
          type: person
        """;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "digest-curated-" + Guid.NewGuid().ToString("N")[..8]);

    private static List<string> Describe(EntityCatalog catalog) => catalog.Entities
        .Select(e => string.Join('|', e.Name, e.Type, e.Slug, e.Description, e.Link, string.Join(',', e.Aliases), string.Join(',', e.Demonyms), e.DemonymOf, e.Origin, e.ArticleCount, string.Join(',', e.Spellings)))
        .ToList();

    [Theory]
    [InlineData(null)]
    [InlineData("fr")]
    public void Records_read_back_from_the_cache_make_the_catalog_a_parse_makes(string? language)
    {
        var settings = new EntitySettings { Language = language };
        var fresh = Describe(EntityCatalog.Create(Curated, "input/entities.yml", new List<Diagnostic>(), settings));
        var store = CacheStore.Open(_folder, "entity-recognition", "v1");
        var filled = Describe(EntityCatalog.Create(Curated, "input/entities.yml", new List<Diagnostic>(), settings, store));
        store.Save();

        var reopened = CacheStore.Open(_folder, "entity-recognition", "v1");
        var problems = new List<Diagnostic>();
        var cached = Describe(EntityCatalog.Create(Curated, "input/entities.yml", problems, settings, reopened));

        Assert.Empty(problems);
        Assert.Equal(fresh, filled);
        Assert.Equal(fresh, cached);
        Assert.Contains(fresh, e => e.StartsWith("Syrian Arab Army|Organisation|", StringComparison.Ordinal) && e.Contains("SAA,Syrian army", StringComparison.Ordinal));
        Assert.Contains(fresh, e => e.StartsWith(language is null ? "Deir Ezzor|" : "Deir ez-Zor (ville)|", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_with_a_problem_is_parsed_every_time_so_its_warning_comes_every_build()
    {
        var store = CacheStore.Open(_folder, "entity-recognition", "v1");
        var text = Curated + "\nBad Record:\n  type: person\n  colour: red\n";
        foreach (var _ in new[] { 1, 2 })
        {
            var problems = new List<Diagnostic>();
            EntityCatalog.Create(text, "input/entities.yml", problems, cache: store);
            Assert.Contains(problems, p => p.Message.Contains("colour", StringComparison.Ordinal));
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
