using Digest.Entities.Normalisation;

namespace Digest.Publish;

/// <summary>
/// How the site lists names A to Z (tags, sources, people, places, organisations): by the letters a reader looks them up
/// under, so "Émile Zola" comes among the E's and "Łódź" among the L's, not after Z as in ordinal order. Accented Latin
/// letters count as their base letter (<see cref="LatinLetters"/>), case does not count, and names equal so far keep
/// ordinal order. A culture's collation would follow the machine's ICU version, and the same site must come out byte
/// for byte on every machine.
/// </summary>
public static class NameOrder
{
    /// <summary>The key a name sorts by: lower case, accents off.</summary>
    public static string Key(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return string.Create(name.Length, name, static (into, from) =>
        {
            for (var i = 0; i < from.Length; i++)
            {
                into[i] = LatinLetters.Fold(char.ToLowerInvariant(from[i]));
            }
        });
    }

    /// <summary>The letter a name is listed under: its first, accents off, in upper case; "#" for a name that starts with anything else.</summary>
    public static string InitialOf(string name) =>
        !string.IsNullOrEmpty(name) && char.IsLetter(name[0]) ? char.ToUpperInvariant(LatinLetters.Fold(name[0])).ToString() : "#";

    /// <summary><paramref name="items"/> A to Z by <paramref name="name"/>, ties in ordinal order of the name.</summary>
    public static IOrderedEnumerable<T> AToZ<T>(this IEnumerable<T> items, Func<T, string> name) =>
        items.OrderBy(i => Key(name(i)), StringComparer.Ordinal).ThenBy(name, StringComparer.Ordinal);

    /// <summary><paramref name="items"/>, ordered so far, then A to Z by <paramref name="name"/>.</summary>
    public static IOrderedEnumerable<T> ThenAToZ<T>(this IOrderedEnumerable<T> items, Func<T, string> name)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items.ThenBy(i => Key(name(i)), StringComparer.Ordinal).ThenBy(name, StringComparer.Ordinal);
    }
}
