using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Digest.Content;

/// <summary>
/// The contract between ingest and publish: one markdown file per article, YAML front matter
/// (keys of <see cref="FrontMatterKeys"/>) then the body. Writing is deterministic: the same
/// article always gives the same bytes.
/// </summary>
public static class ArticleFile
{
    /// <summary>Extension of article files.</summary>
    public const string Extension = ".md";

    /// <summary>The file's text for an article, front matter first.</summary>
    /// <param name="article">The article to write.</param>
    /// <param name="stampIngestHash">Record a hash of the text so a later ingest can tell a hand edit.</param>
    /// <param name="seedHash">What ingest read from the article's seed (<see cref="SeedHash"/>), recorded so a later ingest can tell the seed changed; null for none.</param>
    public static string Write(Article article, bool stampIngestHash = false, string? seedHash = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        var yaml = FrontMatterWriter.ToYaml(article, ingestHash: null, seedHash);
        var text = Compose(yaml, article.Body);
        if (!stampIngestHash)
        {
            return text;
        }

        // ingest_hash is the last key: the stamped front matter is the same YAML with its line
        // added, so the YAML is serialised once (ingest writes every article).
        return Compose(yaml + FrontMatterWriter.IngestHashLine(ContentHash(text)), article.Body);
    }

    /// <summary>
    /// True when the file text still is what ingest wrote: its <c>ingest_hash</c> matches the
    /// rest of its content. False for hand-written or hand-edited files.
    /// </summary>
    public static bool IsUnchangedSinceIngest(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // The hash was taken over the text's UTF-8 with line feeds only.
        return HoldsItsIngestHash(Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\n")));
    }

    /// <summary>
    /// As <see cref="IsUnchangedSinceIngest(string)"/> for a file's bytes. A file as ingest writes it (UTF-8
    /// without a byte order mark, line feeds only) is checked on its bytes, with no text made; anything
    /// else is decoded and checked as text.
    /// </summary>
    public static bool IsUnchangedSinceIngest(ReadOnlySpan<byte> file) =>
        IsPlainUtf8(file) ? HoldsItsIngestHash(file) : IsUnchangedSinceIngest(TextFile.Decode(file));

    // The check on UTF-8 with line feeds only: the first line that starts with the key records the hash of
    // the bytes around it (the file without that line and its line break).
    private static bool HoldsItsIngestHash(ReadOnlySpan<byte> file)
    {
        ReadOnlySpan<byte> prefix = IngestHashKey.AsSpan(1);
        var start = file.StartsWith(prefix) ? 0 : file.IndexOf(IngestHashKey) is var at and >= 0 ? at + 1 : -1;
        if (start < 0)
        {
            return false;
        }

        var length = file[start..].IndexOf((byte)'\n');
        var end = length < 0 ? file.Length : start + length;
        var recorded = Encoding.UTF8.GetString(file[(start + prefix.Length)..end]).Trim();
        // The bytes around the line, gathered in a pooled buffer for one SHA-256 call (an incremental hash
        // costs more to create than a file's bytes cost to copy).
        var rest = System.Buffers.ArrayPool<byte>.Shared.Rent(file.Length);
        var restLength = 0;
        if (length >= 0)
        {
            file[..start].CopyTo(rest);
            file[(end + 1)..].CopyTo(rest.AsSpan(start));
            restLength = file.Length - (end + 1 - start);
        }
        else if (start > 0)
        {
            file[..(start - 1)].CopyTo(rest);
            restLength = start - 1;
        }

        var actual = HashOf(rest.AsSpan(0, restLength));
        System.Buffers.ArrayPool<byte>.Shared.Return(rest);
        return string.Equals(recorded, actual, StringComparison.Ordinal);
    }

    // The key that starts the ingest_hash line, after a line break.
    private static readonly byte[] IngestHashKey = Encoding.UTF8.GetBytes("\n" + FrontMatterKeys.IngestHash + ":");

    // True when the bytes are the UTF-8 of a text that line-ending normalisation leaves as it is: valid
    // UTF-8, no byte order mark, and no carriage return, form feed, NEL, line or paragraph separator.
    private static bool IsPlainUtf8(ReadOnlySpan<byte> file) =>
        !file.StartsWith(Encoding.UTF8.Preamble)
        && file.IndexOfAny((byte)'\r', (byte)'\f') < 0
        && file.IndexOf("\u0085"u8) < 0 && file.IndexOf("\u2028"u8) < 0 && file.IndexOf("\u2029"u8) < 0
        && System.Text.Unicode.Utf8.IsValid(file);

    /// <summary>Parses a markdown file's text into an article.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="displayPath">The path diagnostics name.</param>
    /// <param name="diagnostics">Receives problems; an error means no article.</param>
    /// <returns>The article, or null when the front matter is unusable.</returns>
    public static Article? Read(string text, string displayPath, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(diagnostics);
        text = WithoutControlCharacters(text.ReplaceLineEndings("\n"), displayPath, diagnostics);
        if (SplitFrontMatter(text, out var yaml, out var body) is { } problem)
        {
            diagnostics.Add(Diagnostic.Error(displayPath, problem, 1));
            return null;
        }

        // The front matter starts on the line after the opening '---'.
        var mapping = SafeYaml.LoadMapping(yaml, displayPath, diagnostics, lineOffset: 1);
        if (mapping is null)
        {
            return null;
        }

        return new FrontMatterReader(mapping, displayPath, diagnostics).ToArticle(body);
    }

    // A maintainer's file with characters no page or feed can carry: a warning at the first, and all of them left out.
    internal static string WithoutControlCharacters(string text, string displayPath, ICollection<Diagnostic> diagnostics)
    {
        if (Text.ControlCharacters.IndexOf(text) is not (var control and >= 0))
        {
            return text;
        }

        var line = text.AsSpan(0, control).Count('\n') + 1;
        var column = control - text.LastIndexOf('\n', control); // the character itself is never a line break
        diagnostics.Add(Diagnostic.Warning(displayPath,
            $"control character U+{(int)text[control]:X4} (and any others) left out of the site: pages and feeds cannot carry it; delete it from the file", line, column));
        return Text.ControlCharacters.Remove(text);
    }

    // Written here rather than with Markdig's front matter extension: Markdig would parse the whole body
    // as markdown just to find its first block, which cost as much as the rest of loading an article.
    // Same rule: a first line '---', then the keys, then a line '---' or '...'. Null when split; otherwise what is wrong.
    internal static string? SplitFrontMatter(string text, out string yaml, out string body, string required = "'title' and 'slug'")
    {
        yaml = body = "";
        var firstEnd = text.IndexOf('\n', StringComparison.Ordinal);
        if (text.AsSpan(0, firstEnd < 0 ? text.Length : firstEnd).TrimEnd() is not "---")
        {
            return "no YAML front matter: the file must start with a line '---', the keys, then '---'";
        }

        const string NeverClosed = "the front matter opened on line 1 is never closed: add a line '---' after its last key";
        if (firstEnd < 0)
        {
            return NeverClosed;
        }

        for (var start = firstEnd + 1; start < text.Length;)
        {
            var end = text.IndexOf('\n', start);
            var line = text.AsSpan(start, (end < 0 ? text.Length : end) - start).TrimEnd();
            if (line is "---" or "...")
            {
                yaml = text[(firstEnd + 1)..start];
                // Trimmed as a span: one copy of the body, not two.
                body = end < 0 ? "" : text.AsSpan(end + 1).Trim('\n').ToString();
                return !string.IsNullOrWhiteSpace(yaml) ? null : $"the front matter is empty: it needs at least {required} between the '---' lines";
            }

            if (end < 0)
            {
                break;
            }

            start = end + 1;
        }

        return NeverClosed;
    }

    /// <summary>A short, stable hash of text: the first 16 hex digits of its SHA-256.</summary>
    public static string ContentHash(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return HashOf(Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\n")));
    }

    // The first 16 hex digits of the bytes' SHA-256.
    private static string HashOf(ReadOnlySpan<byte> bytes)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(bytes, hash);
        return Convert.ToHexStringLower(hash)[..16];
    }

    private static string Compose(string yaml, string body) =>
        string.Create(CultureInfo.InvariantCulture, $"---\n{yaml}---\n\n{body.Trim('\n')}\n");
}
