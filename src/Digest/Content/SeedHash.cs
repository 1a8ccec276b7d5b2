namespace Digest.Content;

/// <summary>
/// What ingest read from a seed and its sidecar, as a hash (<c>seed_hash</c> in the front matter it writes): the
/// article before ingest names it, recognises its entities, tags and groups it. A seed saved again with other bytes but
/// the same article (a page fetched again, a blank line added) keeps its hash. When a maintainer has edited the article
/// (its <c>ingest_hash</c> no longer matches), ingest keeps their file and compares this hash with the seed's now: a
/// seed that changed since is named in a warning, instead of its change being left out without a word.
/// </summary>
public static class SeedHash
{
    /// <summary>The hash of the article ingest read from a seed and its sidecar (16 lowercase hex digits, written plain in YAML).</summary>
    /// <param name="read">The article as extraction and the sidecar left it, before ingest gives it a slug.</param>
    public static string Of(Article read)
    {
        ArgumentNullException.ThrowIfNull(read);
        // The seed's name is left out: a seed moved to another folder is the same seed (its own warning asks for its
        // article's `seed:` line to follow it).
        return ArticleCoding.KeyOf(read with { Slug = "", Story = "", Seed = null })[..16];
    }
}
