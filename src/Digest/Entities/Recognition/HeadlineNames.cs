namespace Digest.Entities.Recognition;

/// <summary>
/// Headlines capitalise every word, so the tagger's guesses there are weak ("DEIR" | "EZZOR"). The
/// body's names are better evidence: a headline is read for the names the body uses (longest first,
/// case-insensitively), and the tagger's headline names are kept only where none of those is.
/// </summary>
internal static class HeadlineNames
{
    private const int MaxWords = 8;

    /// <summary>The mentions with the headlines' ones replaced as above, in text order.</summary>
    public static List<Mention> Apply(string text, List<Token> tokens, List<(int Start, int End)> sentences, bool[] headline, List<Mention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        if (!headline.Any(h => h))
        {
            return mentions;
        }

        var known = new Dictionary<string, EntityType>(StringComparer.Ordinal);
        foreach (var m in mentions.Where(m => !m.InHeadline))
        {
            known.TryAdd(Normal(Tokenizer.Tokenize(m.Text).Select(t => t.Text)), m.Type);
        }

        var result = mentions.Where(m => !m.InHeadline).ToList();
        for (var s = 0; s < sentences.Count; s++)
        {
            if (!headline[s])
            {
                continue;
            }

            var (start, end) = sentences[s];
            var found = new List<Mention>();
            for (var i = start; i < end; i++)
            {
                for (var n = Math.Min(MaxWords, end - i); n >= 1; n--)
                {
                    var key = Normal(tokens.Skip(i).Take(n).Select(t => t.Text));
                    if (known.TryGetValue(key, out var type))
                    {
                        found.Add(new Mention(text[tokens[i].Start..tokens[i + n - 1].End], type, tokens[i].Start, tokens[i + n - 1].End, true));
                        i += n - 1;
                        break;
                    }
                }
            }

            var from = tokens[start].Start;
            var to = tokens[end - 1].End;
            result.AddRange(found);
            result.AddRange(mentions.Where(m => m.InHeadline && m.Start >= from && m.End <= to && !found.Any(f => f.Start < m.End && f.End > m.Start)));
        }

        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result;
    }

    private static string Normal(IEnumerable<string> words) =>
        string.Join(' ', words.Select(w => WordShapes.Plain(w).ToLowerInvariant()));
}
