using System.Collections.Concurrent;

namespace Digest.Content;

/// <summary>The seed hashes of <see cref="ArticleStore"/>: what ingest read from each seed (<see cref="SeedHash"/>), kept in the files it writes.</summary>
public sealed partial class ArticleStore
{
    // What ingest read from each seed in this build, by seed name (both cores record them).
    private readonly ConcurrentDictionary<string, string> _seedHashes = new(StringComparer.Ordinal);

    /// <summary>
    /// Records what ingest read from the seed <paramref name="seedName"/> (<see cref="SeedHash.Of"/>): <see cref="WriteIngested"/>
    /// writes it into the seed's article as <c>seed_hash</c>. For a seed whose article a maintainer edited
    /// (<see cref="IsMaintainedByHand"/>), nothing is written; instead, a warning when the seed changed since ingest
    /// wrote the file (its <c>seed_hash</c> is another), so that the change is not left out without a word. A file
    /// without the key (written by an older Digest) is not compared.
    /// </summary>
    /// <param name="seedName">The seed's name (<c>seed:</c>).</param>
    /// <param name="seedDisplay">The seed's path as diagnostics name it.</param>
    /// <param name="hash">What ingest read from it now.</param>
    /// <returns>The warning, if the seed changed under a maintainer's edit.</returns>
    public Diagnostic? ReadFromSeed(string seedName, string seedDisplay, string hash)
    {
        ArgumentNullException.ThrowIfNull(seedName);
        ArgumentNullException.ThrowIfNull(seedDisplay);
        ArgumentNullException.ThrowIfNull(hash);
        _seedHashes[seedName] = hash;
        if (!_bySeed.TryGetValue(seedName, out var file) || file.Unchanged
            || FrontMatterLines.Find(file.Path, FrontMatterKeys.SeedHash) is not { } written || written.Value == hash)
        {
            return null;
        }

        return Diagnostic.Warning(_paths.Display(file.Path),
            $"its seed '{seedDisplay}' changed since ingest wrote this file, and the article stays as it was edited by hand, without the change: "
            + $"bring the change in by hand and set '{FrontMatterKeys.SeedHash}: {hash}', or delete the file to have ingest write it again",
            written.Line, written.Column);
    }

    // The seed_hash of an article ingest writes: what it read from the article's seed in this build, if it was told.
    private string? SeedHashOf(Article article) => article.Seed is { } seed && _seedHashes.TryGetValue(seed, out var hash) ? hash : null;
}
