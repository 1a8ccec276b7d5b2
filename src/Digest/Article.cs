namespace Digest;

/// <summary>
/// One news report: the front matter of DESIGN.md plus its markdown body. Immutable; every stage
/// returns a new <see cref="Article"/> with the fields it decided.
/// </summary>
public sealed record Article
{
    /// <summary>The headline, in normal case.</summary>
    public required string Title { get; init; }

    /// <summary>Unique, URL-safe identifier; also the file name in <c>input/articles/</c>.</summary>
    public required string Slug { get; init; }

    /// <summary>Publication date, when known.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>
    /// When a maintainer last corrected or updated the report (sidecar or front matter <c>updated</c>), if after
    /// <see cref="Date"/>: its page says so, and feeds, the sitemap and JSON-LD carry it as the modified date.
    /// </summary>
    public DateOnly? Updated { get; init; }

    /// <summary>Publisher's display name; <see cref="Sources.Unknown"/> when it cannot be told.</summary>
    public string Source { get; init; } = Sources.Unknown;

    /// <summary>Author(s), when stated.</summary>
    public string? Byline { get; init; }

    /// <summary>The place line that opens the report (e.g. <c>BEIRUT</c>), when present.</summary>
    public string? Dateline { get; init; }

    /// <summary>Original URL of the report, when known.</summary>
    public string? Url { get; init; }

    /// <summary>
    /// A maintainer's summary of the report (sidecar or front matter <c>summary</c>), when written: lists, feeds,
    /// search results and the page's description show it instead of the body's opening lines, and the article's page
    /// shows it above the body. Plain text; the body is never read for it.
    /// </summary>
    public string? Summary { get; init; }

    /// <summary>
    /// Addresses the report was reachable at before (sidecar or front matter <c>aliases</c>), as site paths
    /// (<see cref="Content.AliasPaths"/>): publish writes a page at each that sends the reader on to the article.
    /// </summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>ISO 639-1 language code.</summary>
    public string Language { get; init; } = "en";

    /// <summary>Tag slugs.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Canonical names of the people, places, organisations and other named things mentioned.</summary>
    public IReadOnlyList<string> Entities { get; init; } = [];

    /// <summary>Story id: reports of the same event share it.</summary>
    public required string Story { get; init; }

    /// <summary>Topic id: the thread of stories this report belongs to.</summary>
    public string? Topic { get; init; }

    /// <summary>Slug of the canonical report when this one is an exact or near copy.</summary>
    public string? DuplicateOf { get; init; }

    /// <summary>
    /// Set by a maintainer (sidecar or front matter <c>canonical: true</c>): this report is the
    /// canonical one of its copy group and of its story, whatever <see cref="Dedup.CanonicalRule"/>
    /// would choose.
    /// </summary>
    public bool Canonical { get; init; }

    /// <summary>
    /// Set by a maintainer (sidecar or front matter <c>draft: true</c>): the article is held back. Ingest writes its
    /// markdown, but it joins no copy group, story or topic, and publish leaves it out of the site (all of it: pages,
    /// lists, feeds, sitemap, search, entity counts) unless asked for drafts, as for a preview.
    /// </summary>
    public bool Draft { get; init; }

    /// <summary>
    /// Set by a maintainer (sidecar or front matter <c>featured: true</c>): the report's story is one of the site's top
    /// stories, shown above the latest on the home page.
    /// </summary>
    public bool Featured { get; init; }

    /// <summary>The seed file this article was ingested from (provenance); null for hand-written articles.</summary>
    public string? Seed { get; init; }

    /// <summary>The body as markdown.</summary>
    public string Body { get; init; } = "";
}
