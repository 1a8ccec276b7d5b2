using System.Collections.Concurrent;

namespace Digest.Content;

/// <summary>
/// What each markdown file of <c>input/articles/</c> held when a stage of this build last read it without a
/// problem or wrote it, with the file's size and last-write time then. The next stage of the same build takes an
/// article from here instead of reading, hashing and decoding its file again, while the file's size and time are
/// still those (a <c>build</c>'s publish after its ingest: 10,000 files at 10,000 seeds). A file changed since, by
/// size or time, is read as any other.
/// </summary>
/// <remarks>
/// The article held for a file is the one reading the file gives: the one read, or the one written (an article
/// is what reading its file gives; <c>IncrementalBuildTests</c> check that round trip). Files read with a
/// problem are not held, so their problems are reported by every stage that reads them.
/// </remarks>
public sealed class ArticleFiles
{
    private readonly ConcurrentDictionary<string, Held> _files = new(StringComparer.Ordinal);

    /// <summary>Files held.</summary>
    public int Count => _files.Count;

    /// <summary>Holds the article a file gives, with the file's size and last-write time before it was read or after it was written.</summary>
    /// <param name="path">The file's full path.</param>
    /// <param name="article">The article reading the file gives.</param>
    /// <param name="fileKey">The hash of the file's bytes that the parsed-articles cache keys it by ("" without a cache).</param>
    /// <param name="size">The file's size.</param>
    /// <param name="lastWriteUtc">The file's last-write time.</param>
    public void Hold(string path, Article article, string fileKey, long size, DateTime lastWriteUtc)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(fileKey);
        _files[path] = new Held(article, fileKey, size, lastWriteUtc.Ticks);
    }

    /// <summary>
    /// Forgets every file: the stage that took its articles lets go of them, so that their markdown, which the site model
    /// leaves out, is not held through rendering (100,000 articles' bodies are over half a gigabyte).
    /// </summary>
    public void Clear() => _files.Clear();

    /// <summary>Forgets a file (removed, or left to be read again).</summary>
    public void Forget(string path) => _files.TryRemove(path, out _);

    /// <summary>The article of a file whose size and last-write time are still <paramref name="size"/> and <paramref name="lastWriteUtc"/>.</summary>
    public bool TryGet(string path, long size, DateTime lastWriteUtc, out Article article, out string fileKey)
    {
        if (_files.TryGetValue(path, out var held) && held.Size == size && held.Ticks == lastWriteUtc.Ticks)
        {
            (article, fileKey) = (held.Article, held.FileKey);
            return true;
        }

        (article, fileKey) = (null!, "");
        return false;
    }

    private sealed record Held(Article Article, string FileKey, long Size, long Ticks);
}
