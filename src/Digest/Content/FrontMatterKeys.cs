namespace Digest.Content;

/// <summary>The front matter keys of DESIGN.md, in the order they are written.</summary>
public static class FrontMatterKeys
{
    /// <summary>Headline.</summary>
    public const string Title = "title";
    /// <summary>URL-safe unique id.</summary>
    public const string Slug = "slug";
    /// <summary>ISO 8601 publication date.</summary>
    public const string Date = "date";
    /// <summary>ISO 8601 date of the last correction or update.</summary>
    public const string Updated = "updated";
    /// <summary>Publisher display name.</summary>
    public const string Source = "source";
    /// <summary>Author(s).</summary>
    public const string Byline = "byline";
    /// <summary>Place line.</summary>
    public const string Dateline = "dateline";
    /// <summary>Original URL.</summary>
    public const string Url = "url";
    /// <summary>A maintainer's summary, shown in place of the body's opening.</summary>
    public const string Summary = "summary";
    /// <summary>Earlier addresses of the article, each sent on to it.</summary>
    public const string Aliases = "aliases";
    /// <summary>ISO 639-1 code.</summary>
    public const string Language = "language";
    /// <summary>Tag slugs.</summary>
    public const string Tags = "tags";
    /// <summary>Canonical entity names.</summary>
    public const string Entities = "entities";
    /// <summary>Story id.</summary>
    public const string Story = "story";
    /// <summary>Topic id.</summary>
    public const string Topic = "topic";
    /// <summary>Canonical slug of a copy.</summary>
    public const string DuplicateOf = "duplicate_of";
    /// <summary>A maintainer's choice of this report as canonical of its copy group and story (written only when true).</summary>
    public const string Canonical = "canonical";
    /// <summary>A maintainer's hold on the article: ingested, not published (written only when true).</summary>
    public const string Draft = "draft";
    /// <summary>A maintainer's choice of the report's story as a top story (written only when true).</summary>
    public const string Featured = "featured";
    /// <summary>Seed file name (provenance).</summary>
    public const string Seed = "seed";
    /// <summary>Hash of what ingest read from the seed and its sidecar when it wrote the file (<see cref="Content.SeedHash"/>).</summary>
    public const string SeedHash = "seed_hash";
    /// <summary>Hash of what ingest wrote; a file whose content no longer matches was edited by hand.</summary>
    public const string IngestHash = "ingest_hash";

    // What other generators and feeds call some of these keys (Hugo's lastmod and description, Jekyll's redirect_from …):
    // content brought from them is told the name Digest reads, not only the nearest spelling.
    private static readonly Dictionary<string, string> OtherNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["lastmod"] = Updated, ["modified"] = Updated, ["last_modified"] = Updated, ["updated_at"] = Updated, ["date_modified"] = Updated,
        ["description"] = Summary, ["excerpt"] = Summary, ["abstract"] = Summary, ["standfirst"] = Summary, ["dek"] = Summary,
        ["author"] = Byline, ["authors"] = Byline,
        ["categories"] = Tags, ["keywords"] = Tags,
        ["publishdate"] = Date, ["pubdate"] = Date, ["date_published"] = Date,
        ["redirect_from"] = Aliases, ["alias"] = Aliases,
        ["canonical_url"] = Url, ["source_url"] = Url, ["original_url"] = Url, ["link"] = Url,
        ["publisher"] = Source,
        ["pinned"] = Featured, ["sticky"] = Featured,
        ["lang"] = Language,
        ["published"] = Draft,
    };

    // Keys of other tools that say the opposite of Digest's (Jekyll's "published: false" is "draft: true").
    private static readonly HashSet<string> Opposites = new(StringComparer.OrdinalIgnoreCase) { "published" };

    /// <summary>The key Digest reads for what other tools call <paramref name="name"/> (<c>lastmod</c> → <c>updated</c>), if it knows one.</summary>
    public static string? NameFor(string name) => OtherNames.GetValueOrDefault(name);

    /// <summary>
    /// What a warning about <paramref name="name"/> tells a maintainer who brought it from another tool: "Digest calls it
    /// 'updated'", or, for a key that says the opposite, "Digest calls it 'draft', the other way round (published: false is
    /// draft: true)". Null when no other tool's key is known by that name.
    /// </summary>
    public static string? CalledBy(string name) => NameFor(name) is not { } named ? null
        : Opposites.Contains(name) ? $"Digest calls it '{named}', the other way round ({name}: false is {named}: true)"
        : $"Digest calls it '{named}'";

    /// <summary>Every key a reader accepts.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Title, Slug, Date, Updated, Source, Byline, Dateline, Url, Summary, Aliases, Language, Tags, Entities, Story, Topic, DuplicateOf, Canonical, Draft, Featured, Seed, SeedHash, IngestHash];
}
