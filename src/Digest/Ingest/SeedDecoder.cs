using System.Text;
using System.Text.RegularExpressions;

namespace Digest.Ingest;

/// <summary>
/// Bytes of a seed file → text. Accepts UTF-8 (with or without BOM), UTF-16 with BOM and, for
/// bytes that are not valid UTF-8, Windows-1252 (the usual encoding of older saved news text).
/// Refuses empty and binary files with a reason a maintainer can act on.
/// </summary>
public static partial class SeedDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static SeedDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Decodes <paramref name="bytes"/>; returns false with a reason when they are not usable text.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="text">The decoded text, line endings normalised to \n, without the control characters pages and feeds cannot carry.</param>
    /// <param name="reason">Why the bytes are not usable text.</param>
    /// <param name="html">For a saved page that is not UTF-8, the charset its markup declares is tried before Windows-1252.</param>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out string reason, bool html = false)
    {
        text = "";
        if (bytes.IsEmpty)
        {
            reason = "the file is empty";
            return false;
        }

        string decoded;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            var unicode = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            decoded = unicode.GetString(bytes[2..]);
        }
        else
        {
            if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                bytes = bytes[3..];
            }

            if (bytes.Contains((byte)0))
            {
                reason = "the file is binary, not text (it contains NUL bytes)";
                return false;
            }

            try
            {
                decoded = StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                decoded = (html ? DeclaredCharset(bytes) : null)?.GetString(bytes) ?? Encoding.GetEncoding(1252).GetString(bytes);
            }
        }

        decoded = decoded.ReplaceLineEndings("\n");
        if (Text.ControlCharacters.Count(decoded) > Math.Max(2, decoded.Length / 100))
        {
            reason = "the file is binary, not text (it is full of control characters)";
            return false;
        }

        // A few stray ones are forgiven, and dropped: no page or feed could carry them.
        decoded = Text.ControlCharacters.Remove(decoded);
        if (string.IsNullOrWhiteSpace(decoded))
        {
            reason = "the file holds only whitespace";
            return false;
        }

        text = decoded;
        reason = "";
        return true;
    }

    // <meta charset="…"> or <meta http-equiv="Content-Type" content="text/html; charset=…"> near
    // the top of a page; null when absent or unknown to .NET (then Windows-1252 is the fallback).
    private static Encoding? DeclaredCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
        var match = CharsetDeclaration().Match(head);
        if (!match.Success)
        {
            return null;
        }

        try
        {
            var encoding = Encoding.GetEncoding(match.Groups[1].Value);
            // A page that claims UTF-8 but is not valid UTF-8 is really in the usual legacy encoding.
            return encoding is UTF8Encoding ? null : encoding;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?([A-Za-z0-9_:.-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CharsetDeclaration();
}
