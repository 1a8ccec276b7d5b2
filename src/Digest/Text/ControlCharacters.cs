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
    // The ASCII ones (C0 but tab and line feed, and DEL): a set of ASCII characters only, which SearchValues
    // searches many characters a step. With the C1 controls in the same set it fell back to a per-character
    // probabilistic test (perf: 41 % of reading the seeds of an incremental 10k build), so those are one range.
    private static readonly SearchValues<char> AsciiDisallowed = SearchValues.Create(
        [.. Enumerable.Range(0, 0x80).Select(c => (char)c).Where(c => char.IsControl(c) && c is not ('\t' or '\n'))]);

    private const char FirstC1 = '\u0080';
    private const char LastC1 = '\u009F';

    /// <summary>Where the first one is in <paramref name="text"/>, or -1.</summary>
    public static int IndexOf(ReadOnlySpan<char> text)
    {
        var ascii = text.IndexOfAny(AsciiDisallowed);
        var c1 = (ascii < 0 ? text : text[..ascii]).IndexOfAnyInRange(FirstC1, LastC1);
        return c1 >= 0 ? c1 : ascii;
    }

    /// <summary>How many <paramref name="text"/> holds.</summary>
    public static int Count(ReadOnlySpan<char> text)
    {
        var count = 0;
        for (var next = IndexOf(text); next >= 0; next = IndexOf(text))
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
        var next = IndexOf(rest);
        if (next < 0)
        {
            return text;
        }

        var kept = new StringBuilder(text.Length);
        for (; next >= 0; next = IndexOf(rest))
        {
            kept.Append(rest[..next]);
            rest = rest[(next + 1)..];
        }

        return kept.Append(rest).ToString();
    }
}
