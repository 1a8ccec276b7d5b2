namespace Digest.Entities.Recognition;

/// <summary>
/// Titles of works: a name written right after the kind of work it is ("the drama Vera Drake", "her album Tourist",
/// "the musical Mamma Mia") is a title, of type other (CoNLL's MISC), and so is every other mention of the same
/// name in the text ("Vera Drake won three awards"). The tagger learnt from 1996 wire news, which names almost no
/// films or records, and reads titles as the people, places and companies their words look like.
/// </summary>
internal static class WorkTitles
{
    // The kinds of work news writes before a title in lower case. Not "play", "show" or "book": they are verbs as
    // often ("England play Wales", "figures show Labour ahead"); nor "series" ("in the series England lead 2-1") or
    // "single" ("not a single England player").
    private static readonly HashSet<string> Kinds = new(StringComparer.Ordinal)
    {
        "film", "movie", "biopic", "documentary", "drama", "comedy", "thriller", "musical", "sitcom", "opera",
        "album", "song", "novel",
    };

    // Verbs of making a work: a name before one is its maker, in a relative clause ("the film Mike Leigh made").
    private static readonly HashSet<string> Making = new(StringComparer.Ordinal)
    {
        "made", "makes", "making", "directed", "directs", "directing", "wrote", "writes", "writing", "penned", "produced",
        "produces", "recorded", "records", "released", "composed", "sang", "sings", "shot", "adapted", "co-wrote",
    };

    // Quotes a title may stand in ("the film 'Vera Drake'").
    private static readonly HashSet<string> OpeningQuotes = new(StringComparer.Ordinal) { "'", "\"", "\u2018", "\u201C" };

    /// <summary>Types as other each mention named right after a kind of work, and the mentions of the same names.</summary>
    public static void Apply(List<Token> tokens, List<Mention> mentions) => CuedNames.Apply(tokens, mentions, static (tokens, _, first, next) =>
        first > 0 && FollowsKindOfWork(tokens, first) && !(next > 0 && next < tokens.Count && Making.Contains(tokens[next].Text)));

    private static bool FollowsKindOfWork(List<Token> tokens, int index)
    {
        var before = index - 1;
        if (before > 0 && OpeningQuotes.Contains(tokens[before].Text))
        {
            before--;
        }

        return tokens[before].Line == tokens[index].Line && Kinds.Contains(tokens[before].Text);
    }
}
