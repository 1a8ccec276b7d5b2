namespace Digest.Publish;

/// <summary>Short plain-text openings of article bodies.</summary>
public static class Excerpts
{
    /// <summary>The first sentences of <paramref name="plainText"/>, up to about <paramref name="maxLength"/> characters, cut at a word.</summary>
    public static string Of(string plainText, int maxLength = 240)
    {
        ArgumentNullException.ThrowIfNull(plainText);
        var flat = string.Join(' ', plainText.Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length <= maxLength)
        {
            return flat;
        }

        var cut = flat.LastIndexOf(' ', maxLength);
        return flat[..(cut > maxLength / 2 ? cut : maxLength)].TrimEnd(',', ';', ':', '-', '–') + "…";
    }
}
