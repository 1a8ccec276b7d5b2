namespace Digest.Entities.Recognition;

/// <summary>The rules that make a name a place whatever the tagger said.</summary>
internal static partial class MentionRules
{
    // Geographic features named by their head word, which English puts last ("Euphrates River", "Golan Heights",
    // "Idlib Province"): places whatever the tagger said. Trained on Reuters 1996, it takes many of them for
    // organisations. "City" is left out ("Manchester City" is a club), as are words that open a name ("Lake Chad").
    private static readonly HashSet<string> PlaceHeads = new(StringComparer.Ordinal)
    {
        "River", "Sea", "Ocean", "Gulf", "Bay", "Strait", "Straits", "Island", "Islands", "Peninsula", "Canal",
        "Mountains", "Valley", "Desert", "Plateau", "Basin", "Coast", "Heights", "Province", "Governorate", "Prefecture", "Oblast",
    };

    // Words after which a name is where something is or goes ("fighting in Deir Ezzor", "near Mayadin"): a person
    // there is a place the tagger did not know. Organisations are left alone ("in NATO", "in Congress").
    private static readonly HashSet<string> Locatives = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "near", "outside", "inside", "into", "across", "toward", "towards", "throughout",
    };

    // "the city of …", "the outskirts of …", "north of …": what follows is a place.
    private static readonly HashSet<string> PlaceNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "city", "town", "village", "province", "region", "district", "outskirts", "suburb", "suburbs", "capital", "port", "countryside",
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
    };

    private static readonly HashSet<string> Dashes = new(StringComparer.Ordinal) { "-", "\u2013", "\u2014", "--" };

    // A place whatever the tagger said: a geographic feature by its head word, a dateline, or a person where only a
    // place can be ("in …", "the city of …"; not "in Smith's view").
    private static bool IsPlace(IReadOnlyList<Token> tokens, int start, int end, EntityType type)
    {
        if (type == EntityType.Place)
        {
            return false;
        }

        if ((end - start > 1 && PlaceHeads.Contains(tokens[end - 1].Text)) || IsDateline(tokens, start, end))
        {
            return true;
        }

        var possessive = end < tokens.Count && Possessives.Contains(tokens[end].Text);
        return type == EntityType.Person && start > 0 && !possessive && tokens[start - 1].Line == tokens[start].Line
            && (Locatives.Contains(tokens[start - 1].Text)
                || (start > 1 && tokens[start - 1].Text == "of" && PlaceNouns.Contains(tokens[start - 2].Text)));
    }

    // "BEIRUT (AP) — …": a line opening with a name in capitals, a news agency in brackets and a dash names where the
    // report was filed.
    private static bool IsDateline(IReadOnlyList<Token> tokens, int start, int end)
    {
        if ((start > 0 && tokens[start - 1].Line == tokens[start].Line) || end + 3 >= tokens.Count || tokens[end].Text != "(")
        {
            return false;
        }

        for (var i = start; i < end; i++)
        {
            if (tokens[i].Text.Any(char.IsLower))
            {
                return false;
            }
        }

        for (var i = end + 2; i < Math.Min(tokens.Count - 1, end + 5); i++)
        {
            if (tokens[i].Text == ")")
            {
                return Dashes.Contains(tokens[i + 1].Text);
            }
        }

        return false;
    }
}
