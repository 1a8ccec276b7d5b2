namespace Digest.Entities.Normalisation;

/// <summary>
/// Accented Latin letters to their base letter (ü → u, ş → s). Written out because the build runs
/// with invariant globalization, where string.Normalize does not decompose accents.
/// </summary>
internal static class LatinLetters
{
    private static readonly Dictionary<char, char> Base = Build(
        ("ÀÁÂÃÄÅàáâãäåĀāĂăĄą", 'a'), ("ÇçĆćĈĉĊċČč", 'c'), ("ĎďĐđ", 'd'), ("ÈÉÊËèéêëĒēĔĕĖėĘęĚě", 'e'),
        ("ĞğĠġĢģ", 'g'), ("ÌÍÎÏìíîïĪīİı", 'i'), ("ŁłĽľĹĺ", 'l'), ("ÑñŃńŇň", 'n'), ("ÒÓÔÕÖØòóôõöøŌōŐő", 'o'),
        ("ŘřŔŕ", 'r'), ("ŚśŞşŠšŜŝ", 's'), ("ŢţŤť", 't'), ("ÙÚÛÜùúûüŪūŮůŰű", 'u'), ("Ýýÿ", 'y'), ("ŹźŻżŽž", 'z'));

    /// <summary>The base letter, lower case, of an accented Latin letter; the letter itself otherwise.</summary>
    public static char Fold(char c) => Base.TryGetValue(c, out var b) ? b : c;

    private static Dictionary<char, char> Build(params (string Letters, char Base)[] groups)
    {
        var map = new Dictionary<char, char>();
        foreach (var (letters, b) in groups)
        {
            foreach (var c in letters)
            {
                map[c] = b;
            }
        }

        return map;
    }
}
