using System.Globalization;

namespace Digest.Cache;

/// <summary>
/// The right to append to one cache file (<see cref="CacheStore"/>): a file <c>name.cache.lock</c> made only if it is
/// not there, holding the process id, removed when done. Two builds of one project at once (a preview server and a
/// build in a terminal) must not append to one file together; the one that finds the lock taken rewrites the file
/// instead, which is safe side by side. A lock left by a process that is gone is removed. Advisory file locks are
/// off in the tool (<c>System.IO.DisableFileLocking</c>), so the lock is a file of its own.
/// </summary>
internal sealed class AppendLock : IDisposable
{
    private readonly string _path;

    private AppendLock(string path) => _path = path;

    /// <summary>The lock of the cache file at <paramref name="cachePath"/>, or null when another running process holds it.</summary>
    public static AppendLock? TryTake(string cachePath)
    {
        var path = cachePath + ".lock";
        for (var attempt = 0; attempt < 2; attempt++)
        {
            try
            {
                using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                file.Write(System.Text.Encoding.ASCII.GetBytes(Environment.ProcessId.ToString(CultureInfo.InvariantCulture)));
                return new AppendLock(path);
            }
            catch (IOException) when (attempt == 0 && IsAbandoned(path))
            {
                File.Delete(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return null;
            }
        }

        return null;
    }

    // A lock whose process is gone, or one without an id a minute after it was made (its process died before writing
    // it); one just made and still being written is not.
    private static bool IsAbandoned(string path)
    {
        try
        {
            var text = File.ReadAllText(path);
            if (text.Trim().Length == 0)
            {
                return DateTime.UtcNow - File.GetLastWriteTimeUtc(path) > TimeSpan.FromMinutes(1);
            }

            return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var pid)
                && pid != Environment.ProcessId && !CacheFile.IsRunning(pid);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <inheritdoc/>
    public void Dispose() => File.Delete(_path);
}
