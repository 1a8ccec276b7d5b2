namespace Digest.Entities.Recognition;

/// <summary>
/// Languages that capitalise every noun (German): the tagger, which learnt English, reads their nouns as names
/// ("Vorteile", "Zugriff", "Aktuelle Praxisbeispiele", "Die Digitalisierung", even as people). In such a text only the
/// names the catalog knows (its gazetteer and <c>input/entities.yml</c>) are kept: a German digest needs a German model.
/// </summary>
internal static class NounCapitals
{
    private static readonly HashSet<string> Languages = new(StringComparer.Ordinal) { "de", "lb" };

    /// <summary>True for a language (ISO 639-1 code) that capitalises its nouns.</summary>
    public static bool Capitalises(string language) => Languages.Contains(language);

    /// <summary>The mentions worth keeping in a text of such a language.</summary>
    public static List<Mention> Keep(List<Mention> mentions, EntityCatalog catalog) =>
        mentions.Where(m => catalog.Find(m.Text) is not null).ToList();
}
