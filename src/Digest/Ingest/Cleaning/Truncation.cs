namespace Digest.Ingest.Cleaning;

/// <summary>Text cut short by a page: a teaser or excerpt that ends in an ellipsis right after a word ("may soon...", "said…").</summary>
internal static class Truncation
{
    /// <summary>True when <paramref name="line"/> ends in an ellipsis that follows a word directly.</summary>
    public static bool IsCut(string line)
    {
        var text = line.AsSpan().TrimEnd();
        if (text.EndsWith("...", StringComparison.Ordinal))
        {
            text = text[..^3];
        }
        else if (text.EndsWith('…'))
        {
            text = text[..^1];
        }
        else
        {
            return false;
        }

        return text.Length > 0 && char.IsLetterOrDigit(text[^1]);
    }
}
