using System.Text;

namespace Digest.Ingest;

/// <summary>
/// Bytes of a seed file → text. Accepts UTF-8 (with or without BOM), UTF-16 with BOM and, for
/// bytes that are not valid UTF-8, Windows-1252 (the usual encoding of older saved news text).
/// Refuses empty and binary files with a reason a maintainer can act on.
/// </summary>
public static class SeedDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static SeedDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Decodes <paramref name="bytes"/>; returns false with a reason when they are not usable text.</summary>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out string reason)
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
                decoded = Encoding.GetEncoding(1252).GetString(bytes);
            }
        }

        var control = decoded.Count(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'));
        if (control > Math.Max(2, decoded.Length / 100))
        {
            reason = "the file is binary, not text (it is full of control characters)";
            return false;
        }

        decoded = decoded.ReplaceLineEndings("\n");
        if (string.IsNullOrWhiteSpace(decoded))
        {
            reason = "the file holds only whitespace";
            return false;
        }

        text = decoded;
        reason = "";
        return true;
    }
}
