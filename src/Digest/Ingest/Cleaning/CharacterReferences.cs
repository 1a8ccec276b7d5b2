using System.Net;

namespace Digest.Ingest.Cleaning;

/// <summary>
/// HTML character references in a plain-text seed ("caf&amp;#233;", "&amp;amp;", "&amp;hellip;") as the characters
/// they stand for: text copied out of web pages and feeds keeps them (25 of the 2,225 BBC articles of
/// <c>bbc-fulltext</c> do), and a reader should see "café", not the reference. Only references are decoded, by
/// <see cref="WebUtility.HtmlDecode(string)"/>; a tag is text like any other and stays escaped. A bare ampersand
/// ("AT&amp;T") is left as it is.
/// </summary>
internal static class CharacterReferences
{
    /// <summary>The text with its character references decoded; the same string when it has none.</summary>
    public static string Decode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return WebUtility.HtmlDecode(text); // returns the string itself when it holds no '&'
    }
}
