using Digest.Entities;

namespace Digest.Tests.Entities;

public sealed class NounCapitalsTests
{
    private static readonly EntityCatalog Catalog = EntityCatalog.Create(null, "none", []);

    private const string Body =
        "Die Digitalisierung im Bereich Healthcare bietet viele Vorteile, sagte der Minister von Google im Iran. Aktuelle Praxisbeispiele zeigen den Zugriff auf die Daten.";

    private static List<string> Names(string language) =>
        EntityResolver.Local(new Article { Title = "Die Akte", Slug = "a", Story = "a", Language = language, Body = Body }, Catalog).Select(e => e.Name).ToList();

    [Fact]
    public void A_german_text_keeps_only_the_names_the_catalog_knows()
    {
        var names = Names("de");
        Assert.Contains("Google", names);
        Assert.All(names, n => Assert.NotNull(Catalog.Find(n)));
    }

    [Fact]
    public void The_same_text_read_as_english_gives_the_taggers_names() =>
        Assert.Contains(Names("en"), n => Catalog.Find(n) is null);
}
