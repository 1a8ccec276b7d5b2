using System.Buffers;
using System.Text;

namespace Digest.Text;

/// <summary>
/// The control characters HTML and XML 1.0 cannot carry as text: the C0 controls but tab and line feed, DEL,
/// and the C1 controls (U+0080–U+009F). An encoder writes them as character references (<c>&amp;#x1;</c>),
/// which browsers flag as parse errors and feed readers refuse, so text from seeds and articles is read without
/// them. Line endings (carriage return, form feed, NEL) are expected to be normalised to line feeds first.
/// </summary>
public static class ControlCharacters
{
    private static readonly SearchValues<char> Disallowed = SearchValues.Create(
        [.. Enumerable.Range(0, 0xA0).Select(c => (char)c).Where(c => char.IsControl(c) && c is not ('\t' or '\n'))]);

    /// <summary>Where the first one is in <paramref name="text"/>, or -1.</summary>
    public static int IndexOf(ReadOnlySpan<char> text) => text.IndexOfAny(Disallowed);

    /// <summary>How many <paramref name="text"/> holds.</summary>
    public static int Count(ReadOnlySpan<char> text)
    {
        var count = 0;
        for (var next = text.IndexOfAny(Disallowed); next >= 0; next = text.IndexOfAny(Disallowed))
        {
            count++;
            text = text[(next + 1)..];
        }

        return count;
    }

    /// <summary><paramref name="text"/> without them (the same instance when it has none).</summary>
    public static string Remove(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rest = text.AsSpan();
        var next = rest.IndexOfAny(Disallowed);
        if (next < 0)
        {
            return text;
        }

        var kept = new StringBuilder(text.Length);
        for (; next >= 0; next = rest.IndexOfAny(Disallowed))
        {
            kept.Append(rest[..next]);
            rest = rest[(next + 1)..];
        }

        return kept.Append(rest).ToString();
    }
}
