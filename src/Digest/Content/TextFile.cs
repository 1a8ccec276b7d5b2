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
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)) ||
            (bytes.Length >= 4 && bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0xFE && bytes[3] == 0xFF))
        {
            using var reader = new StreamReader(new MemoryStream(bytes.ToArray()), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }

        var start = bytes.StartsWith(Encoding.UTF8.Preamble) ? 3 : 0;
        return Encoding.UTF8.GetString(bytes[start..]);
    }
}
