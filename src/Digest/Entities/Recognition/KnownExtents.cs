namespace Digest.Entities.Recognition;

/// <summary>
/// The gazetteer as a cue for extents: a name the tagger cut short ("Islamic" of "Islamic State")
/// grows over the capitalised words next to it when the longer name is one the catalog knows. It never grows
/// over a "The" before it: the catalog's keys leave "the" out, so "The World Health Organization" opening a
/// sentence is known as well as the name, and the article is the sentence's. For the same reason an article of another
/// language that opens a span is left out when the rest is a known name and the whole is not ("Les États-Unis ont …",
/// "L'Allemagne", "Die USA"): "Los Angeles" and "La Paz" keep theirs, as "Angeles" and "Paz" are not known names.
/// </summary>
internal static class KnownExtents
{
    private const int MaxExtra = 3;

    /// <summary>Grows each mention to the longest known name around it (up to three more words each side).</summary>
    public static void Apply(string text, List<Token> tokens, List<Mention> mentions, Func<string, bool> isKnown)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(isKnown);
        for (var m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m] = WithoutArticle(mentions[m], isKnown);
            var first = Tokenizer.IndexAt(tokens, mention.Start);
            var last = Tokenizer.IndexEndingAt(tokens, mention.End);
            if (first < 0 || last < 0)
            {
                continue;
            }

            var best = (First: first, Last: last);
            for (var left = 0; left <= MaxExtra; left++)
            {
                for (var right = left == 0 ? 1 : 0; right <= MaxExtra; right++)
                {
                    var a = first - left;
                    var b = last + right;
                    if (a < 0 || b >= tokens.Count || !Capitalised(tokens, a, first) || !Capitalised(tokens, last + 1, b + 1)
                        || !char.IsUpper(tokens[a].Text[0]) || !char.IsUpper(tokens[b].Text[0])
                        || tokens[a].Line != tokens[b].Line || b - a <= best.Last - best.First
                        || (left > 0 && tokens[a].Text == "The"))
                    {
                        continue;
                    }

                    if (isKnown(text[tokens[a].Start..tokens[b].End]))
                    {
                        best = (a, b);
                    }
                }
            }

            if (best != (first, last))
            {
                var from = tokens[best.First].Start;
                var to = tokens[best.Last].End;
                mentions.RemoveAll(x => x != mention && x.Start < to && x.End > from);
                m = mentions.IndexOf(mention);
                mentions[m] = mention with { Text = text[from..to], Start = from, End = to };
            }
        }
    }

    // "Les États-Unis" → "États-Unis", "L'Allemagne" → "Allemagne", when only the rest is known.
    private static Mention WithoutArticle(Mention mention, Func<string, bool> isKnown)
    {
        var text = mention.Text;
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        var elided = text.Length > 3 && text[1] is '\'' or '\u2019' && text[0] is 'L' or 'D' && char.IsUpper(text[2]);
        var cut = space > 0 && Articles.Contains(text[..space]) ? space + 1 : elided ? 2 : 0;
        if (cut == 0 || isKnown(text) || !isKnown(text[cut..]))
        {
            return mention;
        }

        return mention with { Text = text[cut..], Start = mention.Start + cut };
    }

    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal)
    {
        "Le", "La", "Les", "El", "Los", "Las", "Il", "Lo", "Gli", "Der", "Die", "Das", "De", "Het", "Os", "As",
    };

    // Capitalised words or lower-case connectors ("Ministry of Defense"); the extension's outer words
    // must be capitalised (the key ignores "the", so "the European Commission" would also be known).
    private static bool Capitalised(List<Token> tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var word = tokens[i].Text;
            if (word.Length == 0 || !(char.IsUpper(word[0]) || Connectors.Contains(word)))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "the", "and", "for", "de", "al", "el", "bin" };
}
