namespace Digest.Entities.Recognition;

/// <summary>
/// Prizes that share a given name ("Oscar", "Emmy", "Tony"): the prize where a word of prizes follows it ("an Oscar
/// nomination", "the Tony nominees"), and then every mention of the name alone in the text ("she won an Oscar"). The
/// name alone is not always a prize (CoNLL-2003's Oscar is a Brazilian footballer), so <see cref="NameHeads"/> cannot
/// list it as it lists "Oscars" and "Bafta".
/// </summary>
internal static class PrizeNames
{
    private static readonly HashSet<string> Prizes = new(StringComparer.Ordinal) { "Oscar", "Emmy", "Tony", "Olivier" };

    // Words that follow a prize's name and never a person's first name. Not "winner" or "award": "the Tony award" is
    // the prize, but "Tony winner" can be a man who won.
    private static readonly HashSet<string> PrizeWords = new(StringComparer.Ordinal)
    {
        "nomination", "nominations", "nominee", "nominees", "nominated", "statuette", "statuettes", "ceremony", "glory",
    };

    /// <summary>Types as other each mention of a prize's name that a word of prizes follows, and the other mentions of that name alone.</summary>
    public static void Apply(List<Token> tokens, List<Mention> mentions) => CuedNames.Apply(tokens, mentions, static (tokens, mention, _, next) =>
        Prizes.Contains(mention.Text) && next > 0 && next < tokens.Count && tokens[next].Line == tokens[next - 1].Line && PrizeWords.Contains(tokens[next].Text));
}
