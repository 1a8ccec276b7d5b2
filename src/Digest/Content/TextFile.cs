using System.Text;

namespace Digest.Content;

/// <summary>Reads a text file as <see cref="File.ReadAllText(string)"/> does, faster for UTF-8.</summary>
public static class TextFile
{
    /// <summary>
    /// The file's text. File.ReadAllText decodes through a StreamReader into a growing builder; markdown
    /// articles are UTF-8 (ingest writes them so), which one decode of the file's bytes reads at once.
    /// A file with a UTF-16 or UTF-32 byte order mark is read by File.ReadAllText, as before.
    /// </summary>
    public static string Read(string path) => Decode(FolderFiles.ReadAllBytes(path));

    /// <summary>A file's text from its bytes, as <see cref="File.ReadAllText(string)"/> decodes them (UTF-8 unless a byte order mark says otherwise).</summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (IsUtf16Or32(bytes))
        {
            using var reader = new StreamReader(new MemoryStream(bytes.ToArray()), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }

        var start = bytes.StartsWith(Encoding.UTF8.Preamble) ? 3 : 0;
        return Encoding.UTF8.GetString(bytes[start..]);
    }

    /// <summary>
    /// A warning at the first byte of <paramref name="bytes"/> that is not UTF-8 (line and column, as a text editor counts
    /// them), when one is: <see cref="Decode"/> reads each as U+FFFD, and "Café" saved as Latin-1 was published as "Caf�"
    /// without a word. Null for UTF-8 text, and for a file a byte order mark says is UTF-16 or UTF-32.
    /// </summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="display">The file as diagnostics name it.</param>
    public static Diagnostic? NotUtf8(ReadOnlySpan<byte> bytes, string display)
    {
        if (IsUtf16Or32(bytes) || System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return null;
        }

        // Decoded without replacing: it stops at the first sequence that is not UTF-8.
        System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var at, out _, replaceInvalidSequences: false);
        var before = bytes[..at];
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        if (lineStart == 0 && before.StartsWith(Encoding.UTF8.Preamble))
        {
            // A byte order mark is no character an editor shows.
            lineStart = Encoding.UTF8.Preamble.Length;
        }

        return Diagnostic.Warning(display,
            $"holds bytes that are not UTF-8 (the first, 0x{bytes[at]:X2}, here), each read as '\uFFFD'; save the file as UTF-8",
            before.Count((byte)'\n') + 1, Encoding.UTF8.GetCharCount(before[lineStart..]) + 1);
    }

    private static bool IsUtf16Or32(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)) ||
        (bytes.Length >= 4 && bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0xFE && bytes[3] == 0xFF);
}
