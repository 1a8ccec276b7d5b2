using System.Text.RegularExpressions;

namespace Digest.Text;

/// <summary>Language tags as Digest takes them (<c>digest.yml</c>'s <c>language</c>, the names of a known entity).</summary>
public static partial class LanguageTags
{
    /// <summary>
    /// True for a BCP 47 tag as pages use it in <c>&lt;html lang&gt;</c>: a language of two or three letters, then optional
    /// subtags (en, fr, pt-BR, zh-Hant).
    /// </summary>
    public static bool IsValid(string? tag) => tag is not null && Pattern().IsMatch(tag);

    /// <summary>The language a tag names without its subtags ("pt" for "pt-BR").</summary>
    public static string BaseOf(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        var dash = tag.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 ? tag[..dash] : tag;
    }

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
