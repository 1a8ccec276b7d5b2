using Microsoft.AspNetCore.Components;

namespace Digest.Theme;

/// <summary>
/// A text of the site's language (<see cref="Digest.Publish.SiteText"/>) whose <c>{name}</c> places hold markup (a
/// link, a date): the text around them is written as text (escaped), each place as its fragment, in the order the
/// language puts them ("Updated {date}", "Mis à jour le {date}").
/// </summary>
public static class Phrased
{
    /// <summary>The fragment of <paramref name="text"/> with each named place filled.</summary>
    public static RenderFragment For(string text, params (string Name, RenderFragment Fragment)[] places)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(places);
        return builder =>
        {
            var start = 0;
            while (start < text.Length)
            {
                // The nearest place after start, if any ("{name}" found without making the string).
                var (at, index) = (-1, -1);
                for (var open = text.IndexOf('{', start); open >= 0 && at < 0; open = text.IndexOf('{', open + 1))
                {
                    for (var i = 0; i < places.Length; i++)
                    {
                        var name = places[i].Name;
                        if (string.CompareOrdinal(text, open + 1, name, 0, name.Length) == 0 && open + name.Length + 1 < text.Length && text[open + name.Length + 1] == '}')
                        {
                            (at, index) = (open, i);
                            break;
                        }
                    }
                }

                if (at < 0)
                {
                    builder.AddContent(0, text[start..]);
                    return;
                }

                if (at > start)
                {
                    builder.AddContent(0, text[start..at]);
                }

                builder.AddContent(1, places[index].Fragment);
                start = at + places[index].Name.Length + 2;
            }
        };
    }
}
