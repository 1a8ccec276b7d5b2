using Digest.Entities.Recognition;

namespace Digest.Entities.Normalisation;

/// <summary>The mentions of one article that name the same thing, while folding them.</summary>
internal sealed class LocalEntity(Entity? known, Mention first)
{
    /// <summary>The catalog record the mentions resolved to, if any.</summary>
    public Entity? Known { get; } = known;

    /// <summary>The mentions, in text order once folding is done.</summary>
    public List<Mention> Mentions { get; } = [first];

    /// <summary>Offset of the first mention.</summary>
    public int First => Mentions.Min(m => m.Start);

    /// <summary>The name: the catalog's, else the longest form written outside headlines (headline capitals toned down when there is none).</summary>
    public string Name => Known?.Name ?? DisplayForm(Longest);

    /// <summary>Key words of <see cref="Name"/>.</summary>
    public IReadOnlyList<string> Words => NameKey.Of(Name).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The type: the catalog's, else the one most mentions got (the first mention's on a tie).</summary>
    public EntityType Type => Known?.Type ?? Mentions
        .GroupBy(m => m.Type)
        .OrderByDescending(g => g.Count())
        .ThenBy(g => Mentions.FindIndex(m => m.Type == g.Key))
        .First().Key;

    /// <summary>True when the name is an acronym (SDF, U.N.).</summary>
    public bool IsAcronym => Known is null && IsAcronymText(Longest.Text);

    private Mention Longest => Mentions
        .OrderBy(m => m.InHeadline)
        .ThenByDescending(m => NameKey.Words(m.Text).Count)
        .ThenByDescending(m => m.Text.Length)
        .ThenBy(m => m.Start)
        .First();

    /// <summary>2 to 6 capitals, periods allowed between them.</summary>
    public static bool IsAcronymText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsUpper(c))
            {
                letters++;
            }
            else if (c != '.')
            {
                return false;
            }
        }

        return letters is >= 2 and <= 6;
    }

    // A name only ever written in a capitals headline: "LEICESTERSHIRE" reads better as "Leicestershire";
    // short all-capital words (NATO, AP) are kept as acronyms.
    private static string DisplayForm(Mention mention)
    {
        if (!mention.InHeadline || mention.Text.Any(char.IsLower))
        {
            return mention.Text;
        }

        var chars = mention.Text.ToCharArray();
        var wordStart = 0;
        for (var i = 0; i <= chars.Length; i++)
        {
            if (i == chars.Length || !char.IsLetter(chars[i]))
            {
                if (i - wordStart >= 5)
                {
                    for (var k = wordStart + 1; k < i; k++)
                    {
                        chars[k] = char.ToLowerInvariant(chars[k]);
                    }
                }

                wordStart = i + 1;
            }
        }

        return new string(chars);
    }
}
