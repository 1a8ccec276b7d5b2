namespace Digest.Entities.Recognition;

/// <summary>
/// An acronym in parentheses defines the name before it: in "the Syrian Arab Army (SAA)" the words
/// whose initials spell SAA are one name, however the tagger cut them ("Syrian" + "Arab Army").
/// </summary>
internal static class AcronymExtents
{
    private static readonly HashSet<string> Skippable = new(StringComparer.OrdinalIgnoreCase) { "of", "the", "and", "for", "de", "al", "el", "&" };

    /// <summary>Replaces the mentions before each "(ACRONYM)" by the one name the acronym spells, where one does.</summary>
    public static void Apply(string text, List<Token> tokens, List<Mention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(mentions);
        for (var m = 0; m < mentions.Count; m++)
        {
            var acronym = mentions[m];
            var letters = new string(acronym.Text.Where(char.IsUpper).ToArray());
            if (!IsAcronym(acronym.Text, letters))
            {
                continue;
            }

            var index = Tokenizer.IndexAt(tokens, acronym.Start);
            if (index < 2 || tokens[index - 1].Text != "(")
            {
                continue;
            }

            var start = Spelled(tokens, index - 1, letters);
            if (start < 0)
            {
                continue;
            }

            var from = tokens[start].Start;
            var to = tokens[index - 2].End;
            var overlapping = mentions.Where(x => x.Start < to && x.End > from).ToList();
            var type = overlapping.Count > 0 ? overlapping[^1].Type : acronym.Type;
            var name = new Mention(text[from..to], type, from, to, acronym.InHeadline);
            mentions.RemoveAll(overlapping.Contains);
            var at = mentions.FindIndex(x => x.Start > from);
            mentions.Insert(at < 0 ? mentions.Count : at, name);
            m = mentions.IndexOf(acronym);
        }
    }

    private static bool IsAcronym(string text, string letters) =>
        letters.Length is >= 2 and <= 6 && text.All(c => char.IsUpper(c) || c == '.');

    // The first token of the capitalised words just before the parenthesis whose initials spell the
    // letters (particles may sit between them), or -1.
    private static int Spelled(List<Token> tokens, int paren, string letters)
    {
        var k = letters.Length - 1;
        var i = paren - 1;
        while (i >= 0 && k >= 0)
        {
            var word = tokens[i].Text;
            if (Skippable.Contains(word) && k < letters.Length - 1)
            {
                i--;
                continue;
            }

            if (word.Length == 0 || !char.IsUpper(word[0]) || word[0] != letters[k])
            {
                return -1;
            }

            k--;
            i--;
        }

        return k < 0 ? i + 1 : -1;
    }
}
