using Digest.Entities;
using Digest.Entities.Normalisation;

namespace Digest.Tests.Entities;

public sealed class EntityCatalogMergeTests
{
    private static readonly string[] Words = ["Deir", "ez-Zor", "Ezzor", "Syrian", "Army", "SAA", "Raqqa", "raqqa", "Democratic", "Forces", "SDF", "Town"];

    // The merge as first written, which looked through every record for each curated one: the reference the indexed
    // merge must give the same records as, in the same order.
    private static List<Entity> Reference(IReadOnlyList<Entity> shipped, IReadOnlyList<Entity> curated)
    {
        var result = shipped.ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in curated)
        {
            if (!seen.Add(NameKey.Of(entry.Name)))
            {
                continue;
            }

            var name = NameKey.Of(entry.Name);
            var aliasKeys = entry.Aliases.Select(NameKey.Of).ToHashSet(StringComparer.Ordinal);
            var replaced = result
                .Where(e => e.Origin == EntityOrigin.Gazetteer && (aliasKeys.Contains(NameKey.Of(e.Name)) || e.Aliases.Prepend(e.Name).Any(a => NameKey.Of(a) == name)))
                .ToList();
            var aliases = entry.Aliases
                .Concat(replaced.SelectMany(r => r.Aliases.Prepend(r.Name)))
                .Where(a => a != entry.Name)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            result.RemoveAll(replaced.Contains);
            var demonyms = entry.Demonyms.Concat(replaced.SelectMany(r => r.Demonyms)).Distinct(StringComparer.Ordinal).ToList();
            result.Add(entry with { Aliases = aliases, Demonyms = demonyms, Link = entry.Link ?? replaced.FirstOrDefault()?.Link, Description = entry.Description ?? replaced.FirstOrDefault()?.Description });
        }

        return result;
    }

    private static string Name(Random random) => string.Join(' ', Enumerable.Range(0, random.Next(1, 3)).Select(_ => Words[random.Next(Words.Length)]));

    private static List<Entity> Records(Random random, int count, EntityOrigin origin) => Enumerable.Range(0, count).Select(i => new Entity
    {
        Name = Name(random),
        Type = (EntityType)random.Next(3),
        Origin = origin,
        Aliases = Enumerable.Range(0, random.Next(4)).Select(_ => Name(random)).ToList(),
        Demonyms = random.Next(4) == 0 ? [Words[random.Next(Words.Length)]] : [],
        Link = random.Next(2) == 0 ? $"https://example.org/{i}" : null,
        Description = random.Next(2) == 0 ? $"Record {i}." : null,
    }).ToList();

    private static string Shown(Entity e) =>
        $"{e.Name}|{e.Type}|{e.Origin}|{string.Join(",", e.Aliases)}|{string.Join(",", e.Demonyms)}|{e.Link}|{e.Description}";

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void The_indexed_merge_gives_the_records_of_the_merge_as_first_written(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 200; round++)
        {
            var shipped = Records(random, random.Next(0, 40), EntityOrigin.Gazetteer);
            var curated = Records(random, random.Next(0, 30), EntityOrigin.Curated);

            Assert.Equal(Reference(shipped, curated).Select(Shown), EntityCatalog.Merge(shipped, curated).Select(Shown));
        }
    }
}
