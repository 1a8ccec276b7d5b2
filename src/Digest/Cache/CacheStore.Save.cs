using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Digest.Cache;

/// <summary>Saving: the entries a build used or added, appended to the old file or written into a new one.</summary>
public sealed partial class CacheStore
{
    /// <summary>
    /// Writes the entries this build used or added, and those unused for fewer than <see cref="KeptUnusedSaves"/>
    /// saves (nothing when caching is off or nothing changed), and closes the store (a disabled one stays usable).
    /// </summary>
    public void Save()
    {
        if (_path is null)
        {
            return;
        }

        ObjectDisposedException.ThrowIf(_closed, this);
        if (IsUnchanged())
        {
            Dispose();
            return;
        }

        var file = NextFile();
        lock (_nextFileLock)
        {
            FlushPending(file);
        }

        // The old values kept, in the order of the old index: by key.
        var kept = new List<int>(_previous.Count);
        foreach (var (id, slot) in _previous)
        {
            if (!_current.ContainsKey(id) && (_hit[slot] || _generation - _previousEntries[slot].Used < KeptUnusedSaves))
            {
                kept.Add(slot);
            }
        }

        kept.Sort();
        if (!TryAppend(file, kept))
        {
            Rewrite(file, kept);
        }
    }

    // The new values, the kept old ones after them, and the index, into the next file, which then replaces the old one.
    private void Rewrite(SafeFileHandle file, List<int> kept)
    {
        var index = _current.Select(e => new CacheEntry(e.Key, _generation, e.Value.Offset, e.Value.Length)).ToList();

        // In the order the old file holds them, for runs to copy.
        kept = [.. kept.OrderBy(slot => _previousEntries[slot].Offset)];

        // Runs of kept values that lie next to each other in the old file (most of it, after a small change) are
        // copied in one read and one write.
        var buffer = Array.Empty<byte>();
        for (var first = 0; first < kept.Count;)
        {
            var start = _previousEntries[kept[first]].Offset;
            var end = start + _previousEntries[kept[first]].Length;
            var last = first + 1;
            while (last < kept.Count && _previousEntries[kept[last]].Offset == end && end - start < CopyRun)
            {
                end += _previousEntries[kept[last++]].Length;
            }

            var run = (int)(end - start);
            if (buffer.Length < run)
            {
                buffer = new byte[Math.Max(run, CopyRun)];
            }

            ReadFully(_previousFile!, buffer.AsSpan(0, run), start);
            RandomAccess.Write(file, buffer.AsSpan(0, run), _nextFileEnd);
            for (var i = first; i < last; i++)
            {
                var entry = _previousEntries[kept[i]];
                index.Add(entry with { Used = _hit[kept[i]] ? _generation : entry.Used, Offset = _nextFileEnd + entry.Offset - start });
            }

            _nextFileEnd += run;
            first = last;
        }

        WriteIndex(file, _nextFileEnd, _nextValuesStart, index);
        var temporary = NextFilePath;
        CloseFiles();
        File.Move(temporary, _path!, overwrite: true);
    }

    // After a small change, the new values and an index are appended to the old file instead, and its header pointed at
    // that index: the kept values (nearly all of a large site's cache) are neither read nor written again. The file is
    // rewritten instead when what it would hold unused (values dropped, earlier indexes) outweighs what it uses, when it
    // changed since it was opened, or when another process is appending to it.
    private bool TryAppend(SafeFileHandle next, List<int> kept)
    {
        var added = _nextFileEnd - _nextValuesStart;
        var used = kept.Sum(slot => (long)_previousEntries[slot].Length) + added;
        if (_previousFile is null || _previousValuesStart != _nextValuesStart || _previousLength + added > (2 * used) + MinCompaction)
        {
            return false;
        }

        using var appending = AppendLock.TryTake(_path!);
        if (appending is null)
        {
            return false;
        }

        SafeFileHandle live;
        try
        {
            live = File.OpenHandle(_path!, FileMode.Open, FileAccess.ReadWrite, FileShare.Read | FileShare.Delete);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }

        using (live)
        {
            // The file this store read, as it read it: not one another build has since put in its place or appended to.
            if (RandomAccess.GetLength(live) != _previousLength || File.GetLastWriteTimeUtc(live).Ticks != _previousWrittenTicks)
            {
                return false;
            }

            var appended = _current.Select(e => new CacheEntry(e.Key, _generation, _previousLength + e.Value.Offset - _nextValuesStart, e.Value.Length)).ToList();
            var index = Merged(appended, kept.Select(slot => _previousEntries[slot] with { Used = _hit[slot] ? _generation : _previousEntries[slot].Used }));
            var buffer = new byte[(int)Math.Min(added, CopyRun)];
            for (long copied = 0; copied < added;)
            {
                var run = (int)Math.Min(buffer.Length, added - copied);
                ReadFully(next, buffer.AsSpan(0, run), _nextValuesStart + copied);
                RandomAccess.Write(live, buffer.AsSpan(0, run), _previousLength + copied);
                copied += run;
            }

            WriteIndex(live, _previousLength + added, _previousValuesStart, index);
        }

        var temporary = NextFilePath;
        CloseFiles();
        File.Delete(temporary);
        return true;
    }

    // The entries added (sorted here: few, after a small change) merged into those kept, which are in key order already:
    // sorting the whole index by its keys' text took two fifths of saving the caches of an incremental 10k build.
    private static List<CacheEntry> Merged(List<CacheEntry> added, IEnumerable<CacheEntry> kept)
    {
        added.Sort(ByKey);
        var index = new List<CacheEntry>(added.Count + (kept.TryGetNonEnumeratedCount(out var count) ? count : 0));
        var next = 0;
        foreach (var entry in kept)
        {
            while (next < added.Count && ByKey(added[next], entry) < 0)
            {
                index.Add(added[next++]);
            }

            index.Add(entry);
        }

        index.AddRange(added.Skip(next));
        return index;
    }

    private static int ByKey(CacheEntry a, CacheEntry b) => a.Key.CompareTo(b.Key);

    // The index at the end of the file's values, then the header's pointer to it (last: until then the file is as it was).
    // An index that is not in key order (a rewrite's, or an old file's that was not) is sorted first.
    private void WriteIndex(SafeFileHandle file, long at, long valuesStart, List<CacheEntry> index)
    {
        for (var i = 1; i < index.Count; i++)
        {
            if (ByKey(index[i - 1], index[i]) > 0)
            {
                index.Sort(ByKey);
                break;
            }
        }

        var bytes = CacheFile.IndexBytes(index);
        RandomAccess.Write(file, bytes, at);
        CacheFile.WritePointer(file, valuesStart, at, bytes, _generation);
    }

    // Nothing to write: nothing was added, every entry was used, and the file already records each as used in
    // its own save (its generation). Skipping the save leaves those marks a generation old; a store two stages
    // share is saved by the other meanwhile, so the next build finds them older than the file and saves, and
    // an entry this build used is never dropped. (Skipping on "all used" alone lost them: ingest used every
    // entity recognition of an unchanged site and skipped its save, publish saved the store build after build
    // without using them, and every fourth build recognised all articles again.)
    private bool IsUnchanged()
    {
        if (!_current.IsEmpty)
        {
            return false;
        }

        for (var i = 0; i < _hit.Length; i++)
        {
            if (!_hit[i] || _previousEntries[i].Used != _generation - 1)
            {
                return false;
            }
        }

        return true;
    }
}
