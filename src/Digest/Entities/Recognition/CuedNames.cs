namespace Digest.Entities.Recognition;

/// <summary>
/// Names a word beside one mention shows to be of type other (a title after its kind of work, a prize before a word of
/// prizes), and so every mention of the same name in the text: the mechanism <see cref="WorkTitles"/> and
/// <see cref="PrizeNames"/> share, each with its own cue.
/// </summary>
internal static class CuedNames
{
    /// <summary>Whether the tokens around a mention cue it as other.</summary>
    /// <param name="tokens">The text's tokens.</param>
    /// <param name="mention">The mention.</param>
    /// <param name="first">Index of its first token, or -1 when it starts inside one.</param>
    /// <param name="next">Index of the token after it (the token count at the end), or 0 when it ends inside one.</param>
    public delegate bool Cue(List<Token> tokens, Mention mention, int first, int next);

    /// <summary>Types as other each mention <paramref name="cue"/> picks, and every mention of the same names.</summary>
    public static void Apply(List<Token> tokens, List<Mention> mentions, Cue cue)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(cue);
        HashSet<string>? cued = null;
        foreach (var mention in mentions)
        {
            if (cue(tokens, mention, Tokenizer.IndexAt(tokens, mention.Start), Tokenizer.IndexEndingAt(tokens, mention.End) + 1))
            {
                (cued ??= new HashSet<string>(StringComparer.Ordinal)).Add(mention.Text);
            }
        }

        if (cued is null)
        {
            return;
        }

        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Type != EntityType.Other && cued.Contains(mentions[i].Text))
            {
                mentions[i] = mentions[i] with { Type = EntityType.Other };
            }
        }
    }
}
