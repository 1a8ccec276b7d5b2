namespace Digest.Content;

/// <summary>
/// A key's line in an article file, found by its text alone: for a file whose front matter cannot be parsed (which
/// seed it names), or to show where a value is that the parsed article no longer places (a slug two files take).
/// </summary>
internal static class FrontMatterLines
{
    // How far down a file a key is looked for: front matter ingest writes is a few dozen lines.
    private const int MostLines = 200;

    /// <summary>
    /// The first line of <paramref name="file"/> that starts with <paramref name="key"/> and a colon: its number, the
    /// column its value starts at (both from 1) and the value, unquoted. Null when there is none, or the file is a link
    /// (not read: it may lead out of the project), empty (a named pipe would wait for a writer) or unreadable.
    /// </summary>
    public static (int Line, int Column, string Value)? Find(string file, string key)
    {
        try
        {
            if (new FileInfo(file) is { LinkTarget: not null } or { Length: 0 })
            {
                return null;
            }

            var number = 0;
            foreach (var line in File.ReadLines(file).Take(MostLines))
            {
                number++;
                if (line.StartsWith(key + ":", StringComparison.Ordinal))
                {
                    var value = line[(key.Length + 1)..];
                    var start = value.Length - value.TrimStart(' ').Length;
                    return (number, key.Length + 1 + start + 1, value.Trim().Trim('\'', '"'));
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }

        return null;
    }
}
