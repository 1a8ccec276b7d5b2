namespace Digest.Content;

/// <summary>
/// The markdown articles of <c>input/articles/</c>: reading them all, and writing ingest's output
/// without ever overwriting a file a maintainer wrote or edited (see <see cref="ArticleFile.IsUnchangedSinceIngest(string)"/>).
/// </summary>
public sealed partial class ArticleStore
{
    private readonly ProjectPaths _paths;
    private readonly Dictionary<string, StoredFile> _bySeed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StoredFile> _bySlug = new(StringComparer.Ordinal);

    // Files that could not be read (broken front matter): whatever a maintainer did to one, ingest never
    // writes over it. Each with the seed its 'seed:' line names (null: none, a hand-written article).
    private readonly Dictionary<string, string?> _unreadable = new(StringComparer.Ordinal);

    // Files ingest wrote, unedited, that it cannot read back: removed by RemoveStaleFiles.
    private readonly List<string> _stale = [];

    // Every file and link of the articles folder, case ignored (macOS's file system ignores it): a new article's file must
    // not land on one, whatever slug the file holds (a maintainer's file named otherwise, a link left out).
    private readonly HashSet<string> _entries = new(StringComparer.OrdinalIgnoreCase);

    // The slugs of the articles taken out with seeds that left, by the seed's file name (null when two such seeds had it).
    private readonly Dictionary<string, string?> _leftSlugs = new(StringComparer.Ordinal);

    // The files this ingest took out of the folder, in the order it did.
    private readonly List<string> _removed = [];

    // The files read, in slug order; an article ingest wrote and nobody touched since is decoded only when asked for.
    private List<StoredFile> _loaded = [];
    private IReadOnlyList<Article>? _articles;

    private ArticleStore(ProjectPaths paths) => _paths = paths;

    /// <summary>
    /// The files ingest took out of the folder (<see cref="RemoveStaleFiles"/>, and a renamed article's older file in
    /// <see cref="WriteIngested"/>), as full paths: <c>serve</c> tells the build's own removals from a maintainer's.
    /// </summary>
    public IReadOnlyList<string> Removed => _removed;

    /// <summary>Articles in the store, in slug order, with the diagnostics of the files that could not be read.</summary>
    public IReadOnlyList<Article> Articles => _articles ??= [.. _loaded.Select(f => f.Article)];

    /// <summary>
    /// The articles of files whose slug and seed are neither of <paramref name="slugs"/> nor <paramref name="seeds"/> (those
    /// ingest did not make again), in slug order: only these are decoded.
    /// </summary>
    public List<Article> ArticlesOtherThan(IReadOnlySet<string> slugs, IReadOnlySet<string> seeds)
    {
        ArgumentNullException.ThrowIfNull(slugs);
        ArgumentNullException.ThrowIfNull(seeds);
        return [.. _loaded.Where(f => !slugs.Contains(f.Ids.Slug) && (f.Ids.Seed is null || !seeds.Contains(f.Ids.Seed))).Select(f => f.Article)];
    }

    /// <summary>Every stored article as far as dedup reads the previous build (<see cref="StoredIds.AsPrevious"/>), in slug order.</summary>
    public IEnumerable<Article> PreviousIds() => _loaded.Select(f => f.Ids.AsPrevious());

    /// <summary>The articles the site shows: all but drafts, or all of them when <paramref name="drafts"/> asks for drafts too.</summary>
    public IReadOnlyList<Article> Shown(bool drafts) => drafts || !Articles.Any(a => a.Draft) ? Articles : [.. Articles.Where(a => !a.Draft)];

    /// <summary>Loads every <c>*.md</c> of the articles folder (missing folder: empty store).</summary>
    /// <param name="paths">The project.</param>
    /// <param name="diagnostics">Receives problems.</param>
    /// <param name="cache">Parsed articles of earlier builds by a hash of the file's bytes, if any: an unchanged file is neither decoded nor parsed again.</param>
    /// <param name="findHandEdits">
    /// Whether to tell ingest's unedited files from files a maintainer edited (a hash of each whole file), which
    /// only ingest needs (<see cref="IsMaintainedByHand"/>); without, every file counts as edited.
    /// </param>
    /// <param name="held">
    /// The articles this build already read or wrote, if any: each file read is held there, and, when hand edits are not
    /// looked for (they need the file's bytes), a file held there with its size and time unchanged is not read again.
    /// </param>
    /// <param name="digests">
    /// Hashes of files known by their size and time (the stamp taken as the build started), if any: a file still of that
    /// size and time whose article, and whose being as ingest wrote it, <paramref name="cache"/> holds is not read.
    /// </param>
    public static ArticleStore Load(ProjectPaths paths, ICollection<Diagnostic> diagnostics, Cache.CacheStore? cache = null, bool findHandEdits = true,
        ArticleFiles? held = null, Cache.FileDigests? digests = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var store = new ArticleStore(paths);
        // A folder above it that cannot be entered throws (FolderFiles.Exists): no article is taken for none.
        if (!FolderFiles.Exists(paths.Articles))
        {
            return store;
        }

        var loaded = new List<StoredFile>();
        var listed = FolderFiles.Of(paths.Articles, paths.Root);
        // Editors' working files are no articles: emacs's lock of an edited one (.#name.md) is a link to nowhere.
        var files = listed.Files.Where(f => IsArticleFile(f) && !WorkingFiles.Below(paths.Articles, f)).ToList();
        store._entries.UnionWith(listed.Files.Concat(listed.LeftOut.Select(l => l.Path)));
        foreach (var (link, problem) in listed.LeftOut.Where(l => !WorkingFiles.Below(paths.Articles, l.Path)))
        {
            diagnostics.Add(Diagnostic.Error(paths.Display(link), $"not read: {problem}"));
        }

        // Reading and parsing is the costly part and each file stands alone: both cores share it; the
        // results are then taken in file order, so diagnostics and slug clashes are deterministic.
        var reader = new FileReader(paths, listed, cache is { Enabled: true } ? cache : null, findHandEdits, held, digests);
        var parsed = new ParsedFile[files.Count];
        Parallel.For(0, files.Count, Parallelism.PerCore, i => parsed[i] = reader.Read(files[i]));

        for (var i = 0; i < files.Count; i++)
        {
            var (article, ids, unchanged, fileKey, problems) = parsed[i];
            if (article is null && ids is null && unchanged)
            {
                // A file ingest wrote and cannot read back (an older Digest wrote front matter this one refuses, such as a
                // title of megabytes): nobody edited it, so it goes, and its seed's article is written again.
                store._stale.Add(files[i]);
                diagnostics.Add(Diagnostic.Warning(paths.Display(files[i]),
                    $"ingest wrote this file and can no longer read it ({problems.FirstOrDefault()?.Message ?? "unreadable"}); it is written again from its seed"));
                continue;
            }

            foreach (var problem in problems)
            {
                diagnostics.Add(problem);
            }

            if (article is null && ids is null)
            {
                // The seed its 'seed:' line names (ingest wrote it, or a maintainer copied a file it wrote), if any.
                var seedNamed = FrontMatterLines.Find(files[i], FrontMatterKeys.Seed)?.Value;
                store._unreadable[files[i]] = seedNamed;
                if (findHandEdits)
                {
                    // Deleting is advice for a file a seed gives again: a hand-written article's text is nowhere else.
                    diagnostics.Add(Diagnostic.Warning(paths.Display(files[i]), seedNamed is not null
                        ? "ingest leaves this file as it is while it cannot be read, and its article is left out of the site: mend it, or delete it to have ingest write it again from its seed"
                        : "this article is left out of the site while it cannot be read: mend it (it names no seed, so nothing else holds its text: do not delete it)"));
                }

                continue;
            }

            var display = paths.Display(files[i]);
            var path = files[i];
            var stored = article is not null ? new StoredFile(path, article, unchanged, fileKey)
                : new StoredFile(path, ids!, fileKey!, parsed[i].Size, parsed[i].LastWrite, () => reader.Decode(path, fileKey!));
            if (store._bySlug.TryGetValue(stored.Ids.Slug, out var clash))
            {
                // The file named for the slug keeps it (as ingest names a seed's article), whatever the names' order: a
                // maintainer's file that took a seed's slug moved the seed to SLUG-2, its old file stayed, and the clash
                // came back every build.
                var (kept, refused) = IsNamedFor(stored) && !IsNamedFor(clash) ? (stored, clash) : (clash, stored);
                var whose = kept.Ids.Seed is { } keptSeed ? $", the article of seeds/{keptSeed}" : "";
                var slugLine = FrontMatterLines.Find(refused.Path, FrontMatterKeys.Slug);
                diagnostics.Add(Diagnostic.Error(paths.Display(refused.Path), IsNamedFor(kept)
                    ? $"slug '{kept.Ids.Slug}' is the slug of {paths.Display(kept.Path)}{whose}; give this article another slug (it is left out of the site until then)"
                    : $"slug '{kept.Ids.Slug}' is already used by {paths.Display(kept.Path)}; give one of them another slug (this one is left out of the site until then)",
                    slugLine?.Line, slugLine?.Column));
                if (ReferenceEquals(refused, stored))
                {
                    continue;
                }

                loaded.Remove(clash);
                if (clash.Ids.Seed is { } clashSeed && store._bySeed.TryGetValue(clashSeed, out var bySeed) && ReferenceEquals(bySeed, clash))
                {
                    store._bySeed.Remove(clashSeed);
                }
            }

            store._bySlug[stored.Ids.Slug] = stored;
            if (stored.Ids.Seed is { } seed && !store._bySeed.TryAdd(seed, stored))
            {
                // Two files name one seed (a maintainer copied ingest's file to write their own take): the one still as
                // ingest wrote it is the seed's article, whatever the names' order; the first in order froze it, and it was
                // left behind when the seed went.
                var first = store._bySeed[seed];
                var (owner, other) = stored.Unchanged && !first.Unchanged ? (stored, first) : (first, stored);
                store._bySeed[seed] = owner;
                if (findHandEdits)
                {
                    diagnostics.Add(Diagnostic.Warning(paths.Display(other.Path),
                        $"names the seed '{seed}', whose article is {paths.Display(owner.Path)}; it is published as an article of its own: take its 'seed:' line out, or delete the file"));
                }
            }

            loaded.Add(stored);
        }

        // A copy whose duplicate_of names no article (a typo, a report deleted) or itself is shown as a report of its own
        // (SiteModel); said here, where every slug is known. Ingest's own untouched files name reports it found.
        foreach (var file in loaded.Where(f => f.IsDecoded && f.Article.DuplicateOf is { } target && (target == f.Ids.Slug || !store._bySlug.ContainsKey(target))))
        {
            var target = file.Article.DuplicateOf!;
            diagnostics.Add(Diagnostic.Warning(paths.Display(file.Path), target == file.Ids.Slug
                ? "duplicate_of names the article itself; it is shown as a report of its own"
                : $"duplicate_of '{target}' names no article; it is shown as a report of its own"));
        }

        store._loaded = [.. loaded.OrderBy(f => f.Ids.Slug, StringComparer.Ordinal)];
        return store;
    }

    // Whether a file is named for its slug (SLUG.md), as ingest names every article it writes.
    private static bool IsNamedFor(StoredFile file) => string.Equals(Path.GetFileNameWithoutExtension(file.Path), file.Ids.Slug, StringComparison.Ordinal);

    /// <summary>
    /// Removes the files ingest wrote for seeds that are no longer in the seeds folder: the article of a deleted or
    /// moved seed leaves the site with it (a moved seed's article is written again under its new name). A file a
    /// maintainer edited stays, with a warning saying how to take it off. Files ingest wrote that it cannot read back
    /// (unedited, so nothing of a maintainer's is in them) go too, and their seeds' articles are written again.
    /// </summary>
    /// <param name="seedNames">The name of every seed file in the seeds folder now, read or not.</param>
    /// <param name="diagnostics">Receives a warning for each edited file whose seed is gone.</param>
    /// <param name="held">The articles this build read, if any: each removed file is forgotten there.</param>
    public void RemoveStaleFiles(IReadOnlySet<string> seedNames, ICollection<Diagnostic> diagnostics, ArticleFiles? held = null)
    {
        ArgumentNullException.ThrowIfNull(seedNames);
        ArgumentNullException.ThrowIfNull(diagnostics);
        foreach (var path in _stale)
        {
            Remove(path, held);
        }

        var removed = new HashSet<string>(StringComparer.Ordinal);
        // A seed moved to another folder keeps its file name: an edited article whose seed left is that seed's when one
        // seed of the name, with no article of its own, is in the folder now (it got a second article, SLUG-2, and the
        // edited one a warning that its seed had gone).
        var byFileName = seedNames.Where(name => !_bySeed.ContainsKey(name)).GroupBy(Path.GetFileName, StringComparer.Ordinal)
            .Where(g => g.Count() == 1).ToDictionary(g => g.Key!, g => g.Single(), StringComparer.Ordinal);
        foreach (var (seed, file) in _bySeed.Where(kv => !seedNames.Contains(kv.Key)).OrderBy(kv => kv.Key, StringComparer.Ordinal).ToList())
        {
            if (!file.Unchanged && byFileName.Remove(Path.GetFileName(seed), out var moved))
            {
                _bySeed.Remove(seed);
                _bySeed[moved] = file;
                diagnostics.Add(Diagnostic.Warning(_paths.Display(file.Path),
                    $"its seed '{seed}' moved to '{moved}'; the article stays as it was edited by hand, the seed's: write 'seed: {moved}' in it to say so"));
                continue;
            }

            if (!file.Unchanged)
            {
                diagnostics.Add(Diagnostic.Warning(_paths.Display(file.Path),
                    $"its seed '{seed}' is no longer in the seeds folder; the article stays, as it was edited by hand (delete the file to take it off the site)"));
                continue;
            }

            Remove(file.Path, held);
            _bySeed.Remove(seed);
            _bySlug.Remove(file.Ids.Slug);
            removed.Add(file.Ids.Slug);
            var name = Path.GetFileName(seed);
            _leftSlugs[name] = _leftSlugs.ContainsKey(name) ? null : file.Ids.Slug;
        }

        if (removed.Count > 0)
        {
            _loaded.RemoveAll(f => removed.Contains(f.Ids.Slug));
            _articles = null;
        }
    }

    /// <summary>The slug already given to a seed's article, so slugs stay stable across builds.</summary>
    public string? SlugOfSeed(string seedName) => _bySeed.TryGetValue(seedName, out var f) ? f.Ids.Slug : null;

    /// <summary>
    /// <paramref name="article"/> (made from its seed again) holding the very strings of its stored article where they are
    /// equal: a build after a small change holds every article twice until it ends, as the folder held it and as made again,
    /// and the texts are most of an article (600 MB of bodies at 100,000 seeds). The values are unchanged.
    /// </summary>
    public Article SharingStoredText(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        // A stored article not decoded (ingest's, untouched) has no strings in memory to share.
        if (article.Seed is not { } seed || !_bySeed.TryGetValue(seed, out var stored) || !stored.IsDecoded)
        {
            return article;
        }

        static string Shared(string text, string stored) => string.Equals(text, stored, StringComparison.Ordinal) ? stored : text;
        return article with { Body = Shared(article.Body, stored.Article.Body), Title = Shared(article.Title, stored.Article.Title) };
    }

    /// <summary>
    /// The slug of the article taken out with a seed of the same file name that left the seeds folder in this build, if
    /// exactly one did: the seed has moved (<c>seeds/zebra.txt</c> to <c>seeds/animals/zebra.txt</c>), and its article keeps
    /// its address even when its title changed since the slug was made. Each such slug is given once.
    /// </summary>
    public string? SlugOfMovedSeed(string seedName)
    {
        ArgumentNullException.ThrowIfNull(seedName);
        var name = Path.GetFileName(seedName);
        if (_leftSlugs.TryGetValue(name, out var slug))
        {
            _leftSlugs.Remove(name);
        }

        return slug;
    }

    /// <summary>True when the article for this seed was written or edited by a maintainer (so ingest keeps it).</summary>
    public bool IsMaintainedByHand(string seedName) => _bySeed.TryGetValue(seedName, out var f) && !f.Unchanged;

    /// <summary>
    /// True when some file holds this slug and it is not the (unedited) ingest output of <paramref name="seedName"/>, or when
    /// the slug's file name is taken by a file or link that is not that seed's: a maintainer's <c>hello-world.md</c> with
    /// <c>slug: mine</c> must not be overwritten by the article of a new seed titled "Hello world".
    /// </summary>
    public bool IsTakenByOther(string slug, string seedName)
    {
        if (_bySlug.TryGetValue(slug, out var f))
        {
            return !string.Equals(f.Ids.Seed, seedName, StringComparison.Ordinal);
        }

        // A file that cannot be read is left as it is, and no article written to its path (WriteIngested): when it names
        // the seed, it is the seed's own article, whose front matter a maintainer broke; otherwise the seed takes another slug
        // (the seed of a hand-written article's broken file got none, and no article).
        var path = PathOf(slug);
        if (_unreadable.TryGetValue(path, out var seedNamed))
        {
            return seedNamed != seedName;
        }

        return _entries.Contains(path) && !(_bySeed.TryGetValue(seedName, out var own) && string.Equals(own.Path, path, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Writes ingest's articles. A seed whose file was edited by hand is skipped (the maintainer's
    /// version wins); an unedited file of the same seed under an older slug is removed.
    /// Files are written only when their bytes change.
    /// </summary>
    /// <param name="articles">Ingest's articles.</param>
    /// <param name="files">
    /// Which file each article gave last time (a hash of its bytes, by a hash of the article's fields), if anywhere:
    /// an article whose file still holds those bytes is neither composed nor compared again (most of them, in a
    /// build after one seed changed). Works with a store that <see cref="Load"/> was given, which knows each file's hash.
    /// </param>
    /// <param name="parsed">
    /// The store of parsed articles by file bytes that <see cref="Load"/> reads (ingest shares it with publish), if
    /// any: each file is put there as the article it holds, so the publish after this ingest reads the article
    /// from it instead of parsing the file's YAML again (a third of a cold publish's loading). An article is what
    /// reading its file gives (<c>IncrementalBuildTests</c> check that round trip).
    /// </param>
    /// <param name="digests">Where to record each file written (for the build stamp), if anywhere.</param>
    /// <param name="held">The articles this build read (given to <see cref="Load"/>), if any: each file written is held there as its article, each removed one forgotten.</param>
    /// <returns>How many files were written.</returns>
    public int WriteIngested(IEnumerable<Article> articles, Cache.CacheStore? files = null, Cache.CacheStore? parsed = null, Cache.FileDigests? digests = null,
        ArticleFiles? held = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        Directory.CreateDirectory(_paths.Articles);

        // In order, first: which articles to write, and the older files of renamed ones out of the way
        // (all removals before any write, so a removal never hits a file just written under that name).
        var toWrite = new List<Article>();
        foreach (var article in articles)
        {
            if (_unreadable.ContainsKey(PathOf(article.Slug)))
            {
                continue;
            }

            if (article.Seed is { } seed && _bySeed.TryGetValue(seed, out var old))
            {
                if (!old.Unchanged)
                {
                    continue;
                }

                var target = PathOf(article.Slug);
                if (!string.Equals(old.Path, target, StringComparison.Ordinal) && File.Exists(old.Path))
                {
                    Remove(old.Path, held);
                }
            }

            toWrite.Add(article);
        }

        // Then each file on its own (slugs are unique, so each path is written once): composing the
        // text and comparing it with the file there are shared by both cores.
        var written = 0;
        var remembered = files is { Enabled: true } ? files : null;
        var articleStore = parsed is { Enabled: true } ? parsed : null;
        Parallel.ForEach(toWrite, Parallelism.PerCore, article =>
        {
            var path = PathOf(article.Slug);
            // The article's key is made without its bytes: most articles are as they were, and their bytes are not stored.
            var seedHash = SeedHashOf(article);
            var key = remembered is null ? "" : ArticleCoding.KeyOf(article) + (seedHash is null ? "" : "+" + seedHash);
            if (remembered is not null && HoldsFileGivenBefore(path, article.Slug, remembered, key))
            {
                HoldUndecoded(path, article, held);
                return;
            }

            var coded = articleStore is null ? [] : ArticleCoding.Write(article);
            var bytes = System.Text.Encoding.UTF8.GetBytes(ArticleFile.Write(article, stampIngestHash: true, seedHash));
            var fileKey = remembered is null && articleStore is null ? "" : Cache.CacheStore.KeyOfBytes(bytes);
            // A file too long for its front matter to be read (SafeYaml.MaxLength) is left for publish to refuse.
            var readable = bytes.Length <= SafeYaml.MaxLength;
            if (!File.Exists(path) || !File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
            {
                File.WriteAllBytes(path, bytes);
                var time = digests?.Written(path, bytes) ?? (held is null ? default : FolderFiles.Target(path).LastWriteTimeUtc);
                Interlocked.Increment(ref written);
                if (readable)
                {
                    held?.Hold(path, article, fileKey, bytes.Length, time);
                }
                else
                {
                    held?.Forget(path);
                }
            }
            else if (readable)
            {
                HoldUndecoded(path, article, held);
            }

            if (remembered is null && articleStore is null)
            {
                return;
            }

            remembered?.Set(key, System.Text.Encoding.UTF8.GetBytes(fileKey));
            if (articleStore is not null && readable)
            {
                articleStore.Set(fileKey, coded);
                FileReader.WrittenByIngest(articleStore, fileKey, article);
            }
        });

        return written;
    }

    // A file Load read by its ids only (StoredIds) that holds the bytes this article gives is held as this article, for
    // publish: the article made again from its seed stands for the one never decoded.
    private void HoldUndecoded(string path, Article article, ArticleFiles? held)
    {
        if (held is not null && _bySlug.TryGetValue(article.Slug, out var stored) && !stored.IsDecoded && string.Equals(stored.Path, path, StringComparison.Ordinal))
        {
            held.Hold(path, article, stored.FileKey!, stored.Size, stored.LastWrite);
        }
    }

    // True when the file loaded for the slug is at path and holds the bytes the article (by its key) gave last time.
    private bool HoldsFileGivenBefore(string path, string slug, Cache.CacheStore remembered, string articleKey) =>
        remembered.TryGet(articleKey, out var givenKey)
        && _bySlug.TryGetValue(slug, out var there) && there.FileKey is { } fileKey
        && string.Equals(there.Path, path, StringComparison.Ordinal)
        && System.Text.Encoding.UTF8.GetString(givenKey) == fileKey;

    // Takes a file ingest wrote out of the folder.
    private void Remove(string path, ArticleFiles? held)
    {
        File.Delete(path);
        _removed.Add(path);
        _entries.Remove(path);
        held?.Forget(path);
    }

    private string PathOf(string slug) => Path.Combine(_paths.Articles, slug + ArticleFile.Extension);

    // The key under which the parsed-articles cache records that the file of fileKey is as ingest wrote it
    // (ArticleFile.IsUnchangedSinceIngest).
    private static string UnchangedSinceIngestKey(string fileKey) => fileKey + "+ingest";

    private static bool IsArticleFile(string path) => path.EndsWith(ArticleFile.Extension, StringComparison.Ordinal);

    // A file of the folder as Load found it: its article, or, for one ingest wrote and nobody touched since, its ids and
    // a way to decode the article when someone asks (most never do: ingest makes it again from its seed).
    private sealed class StoredFile
    {
        private readonly Func<Article>? _decode;
        private Article? _article;

        public StoredFile(string path, Article article, bool unchanged, string? fileKey)
        {
            (Path, _article, Ids, Unchanged, FileKey) = (path, article, StoredIds.Of(article), unchanged, fileKey);
        }

        public StoredFile(string path, StoredIds ids, string fileKey, long size, DateTime lastWrite, Func<Article> decode)
        {
            (Path, Ids, Unchanged, FileKey, Size, LastWrite, _decode) = (path, ids, true, fileKey, size, lastWrite, decode);
        }

        public string Path { get; }

        public StoredIds Ids { get; }

        public bool Unchanged { get; }

        public string? FileKey { get; }

        // The file's size and time when its ids were taken (a file read without its article).
        public long Size { get; }

        public DateTime LastWrite { get; }

        public bool IsDecoded => Volatile.Read(ref _article) is not null;

        public Article Article => _article ?? LazyInitializer.EnsureInitialized(ref _article, _decode!);
    }

    private readonly record struct ParsedFile(Article? Article, StoredIds? Ids, bool Unchanged, string? FileKey, List<Diagnostic> Problems)
    {
        public long Size { get; init; }

        public DateTime LastWrite { get; init; }
    }

    // Reads one file of the folder: taken from what this build holds or knows when the file is as it was then,
    // from the cache by the hash of its bytes, or parsed.
    private sealed class FileReader(ProjectPaths paths, FolderFiles listed, Cache.CacheStore? cache, bool findHandEdits, ArticleFiles? held, Cache.FileDigests? digests)
    {
        private static readonly byte[] Yes = [1];

        public ParsedFile Read(string path)
        {
            try
            {
                return ReadFile(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Gone since it was listed, a link to a file that is not there, or not readable: named, never written over.
                return new ParsedFile(null, null, false, null, [Diagnostic.Error(paths.Display(path), $"cannot be read: {paths.Message(e)}")]);
            }
        }

        private ParsedFile ReadFile(string path)
        {
            var problems = new List<Diagnostic>();
            // Size and time before the read: a file changed after them is read again by the next stage.
            var info = held is null && digests is null ? null : FolderFiles.Target(path);
            if (info is not null && !findHandEdits && held is not null && held.TryGet(path, info.Length, info.LastWriteTimeUtc, out var heldArticle, out var heldKey))
            {
                cache?.Touch(heldKey);
                return new ParsedFile(heldArticle, null, false, cache is null ? null : heldKey, problems);
            }

            // A file ingest wrote, unchanged since the last build by size and time: its hash is known, and so are its
            // article and its being unedited, from the cache. Its ids are all ingest reads of it unless it asks for more
            // (decoding every such article was 0.25 s of processor time and 110 MB at 10,000 articles); the article
            // ingest makes again from its seed is held for publish in its place (WriteIngested).
            if (info is not null && cache is not null && findHandEdits && digests is not null
                && digests.TryGet(path, info.Length, info.LastWriteTimeUtc.Ticks, out var knownKey)
                && cache.TryGet(UnchangedSinceIngestKey(knownKey), out _))
            {
                if (held is not null && cache.TryGet(StoredIds.KeyOf(knownKey), out var ids) && cache.Touch(knownKey))
                {
                    return new ParsedFile(null, StoredIds.Read(ids), true, knownKey, problems) { Size = info.Length, LastWrite = info.LastWriteTimeUtc };
                }

                if (cache.TryGet(knownKey, out var coded))
                {
                    var known = ArticleCoding.Read(coded);
                    if (!cache.Touch(StoredIds.KeyOf(knownKey)))
                    {
                        cache.Set(StoredIds.KeyOf(knownKey), StoredIds.Of(known).Write());
                    }

                    held?.Hold(path, known, knownKey, info.Length, info.LastWriteTimeUtc);
                    return new ParsedFile(known, null, true, knownKey, problems);
                }
            }

            // A file that is a link is read only where FolderFiles allows (the others above are ingest's own, as it wrote them).
            if (listed.LinkProblem(new FileInfo(path)) is { } linkProblem)
            {
                return new ParsedFile(null, null, false, null, [Diagnostic.Error(paths.Display(path), $"not read: {linkProblem}")]);
            }

            // Keyed by the file's bytes: a file read before is neither decoded nor parsed.
            // A file of size 0 is not opened (a named pipe would wait for a writer): it holds nothing.
            var bytes = info is null ? FolderFiles.ReadAllBytes(path) : info.Length == 0 ? [] : File.ReadAllBytes(path);
            var key = cache is null ? "" : Cache.CacheStore.KeyOfBytes(bytes);
            Article? article;
            if (cache is not null && cache.TryGet(key, out var stored))
            {
                article = ArticleCoding.Read(stored);
            }
            else
            {
                var text = TextFile.Decode(bytes);
                if (TextFile.NotUtf8(bytes, paths.Display(path)) is { } notUtf8)
                {
                    problems.Add(notUtf8);
                }

                article = ArticleFile.Read(text, paths.Display(path), problems);
                // Ingest writes markdown that nests nothing deep; a maintainer's can (SafeMarkdown renders it as text).
                if (article is not null && !ArticleFile.IsUnchangedSinceIngest(bytes) && SafeMarkdown.NestsTooDeep(article.Body))
                {
                    problems.Add(Diagnostic.Error(paths.Display(path), SafeMarkdown.TooDeep, SafeMarkdown.TooDeepLine(text)));
                }

                // Only files read without a problem are kept, so a file's warnings are reported every build.
                if (cache is not null && article is not null && problems.Count == 0)
                {
                    cache.Set(key, ArticleCoding.Write(article));
                }
            }

            if (info is not null && article is not null && problems.Count == 0 && bytes.Length == info.Length)
            {
                held?.Hold(path, article, key, info.Length, info.LastWriteTimeUtc);
            }

            // Of a file that cannot be read too: one ingest wrote, unedited, is its own to replace (see Load).
            var unchanged = findHandEdits && ArticleFile.IsUnchangedSinceIngest(bytes);
            if (unchanged && article is not null && cache is not null && problems.Count == 0 && !cache.Touch(UnchangedSinceIngestKey(key)))
            {
                cache.Set(UnchangedSinceIngestKey(key), Yes);
            }

            return new ParsedFile(article, null, unchanged, cache is null ? null : key, problems);
        }

        // The article of a file read by its ids only: from the cache, where Read found it; else (never, while the build's
        // cache is open) from the file.
        public Article Decode(string path, string fileKey)
        {
            if (cache is not null && cache.TryGet(fileKey, out var coded))
            {
                return ArticleCoding.Read(coded);
            }

            return ArticleFile.Read(TextFile.Decode(FolderFiles.ReadAllBytes(path)), paths.Display(path), new List<Diagnostic>())
                ?? throw new InvalidOperationException($"{paths.Display(path)} could be read when the build began and no longer can.");
        }

        // What ingest writes is unedited by construction, and its ids are those of the article written.
        public static void WrittenByIngest(Cache.CacheStore cache, string fileKey, Article article)
        {
            cache.Set(UnchangedSinceIngestKey(fileKey), Yes);
            cache.Set(StoredIds.KeyOf(fileKey), StoredIds.Of(article).Write());
        }
    }
}
