namespace Digest.Publish;

/// <summary>A story as the site shows it: the reports of one event, canonical first.</summary>
/// <param name="Id">Story id (front matter <c>story</c>).</param>
/// <param name="Title">The canonical report's headline.</param>
/// <param name="Path">Site path of the story page.</param>
/// <param name="Reports">Distinct reports: the canonical one first, then by date (undated last).</param>
/// <param name="Copies">Exact and near copies of the reports (articles with <c>duplicate_of</c>).</param>
/// <param name="Date">Date of the newest report, when any is dated.</param>
/// <param name="TopicId">The topic the story belongs to, when known.</param>
public sealed record StoryView(
    string Id, string Title, string Path, IReadOnlyList<ArticleView> Reports, IReadOnlyList<ArticleView> Copies, DateOnly? Date, string? TopicId)
    : Output.IRemembersHash
{
    /// <inheritdoc/>
    Output.RememberedHash Output.IRemembersHash.RememberedHash { get; set; }

    /// <summary>
    /// How many of the story's other reports a report's page lists ("Also reported by"), in the story's order; past that,
    /// it links the story page, which lists them all. (A story of 2,000 hand-grouped reports had each page list the
    /// other 1,999: 290 MB of article pages.)
    /// </summary>
    public const int OthersShown = 10;

    /// <summary>For each report (same order as <see cref="Reports"/>), which sentences repeat earlier reports and which are new; empty for a single report.</summary>
    public IReadOnlyList<Dedup.ReportOverlap> Overlap { get; init; } = [];

    /// <summary>Date of the oldest report, when any is dated (<see cref="Date"/> is the newest's).</summary>
    public DateOnly? FirstDate => Reports.Min(r => r.Article.Date);

    /// <summary>The canonical report.</summary>
    public ArticleView Canonical => Reports[0];

    /// <summary>Distinct sources of the reports and copies, canonical's first.</summary>
    public IReadOnlyList<TermLink> Sources => [.. SourceReports().Select(s => s.Source)];

    /// <summary>
    /// Each distinct source of the reports and copies, canonical's first, with its first report and how many it has:
    /// a list of a story's reports names a source once ("CNN (3), AP"), as aggregators do. Reports of no known source
    /// come last ("CNN, AP, Source unknown (2)").
    /// </summary>
    public IReadOnlyList<(TermLink Source, ArticleView First, int Count)> SourceReports() =>
        Reports.Concat(Copies)
            .GroupBy(r => r.Source.Path, StringComparer.Ordinal)
            .Select(g => (g.First().Source, g.First(), g.Count()))
            .OrderBy(s => Digest.Sources.IsUnknown(s.Item2.Article.Source))
            .ToList();

    /// <summary>Copies of one report (those whose <c>duplicate_of</c> names it).</summary>
    public IEnumerable<ArticleView> CopiesOf(ArticleView report) =>
        Copies.Where(c => string.Equals(c.Article.DuplicateOf, report.Article.Slug, StringComparison.Ordinal));
}

/// <summary>A topic: a thread of stories over weeks, shown as a timeline.</summary>
/// <param name="Id">Topic id (front matter <c>topic</c>).</param>
/// <param name="Title">Title of its most reported story.</param>
/// <param name="Path">Site path of the topic page.</param>
/// <param name="Stories">Its stories, oldest first (undated last): the timeline.</param>
public sealed record TopicView(string Id, string Title, string Path, IReadOnlyList<StoryView> Stories)
{
    /// <summary>Date of the topic's newest story, when any is dated: when the thread last moved.</summary>
    public DateOnly? LastDate => Stories.Max(s => s.Date);
}

/// <summary>One month of the archive.</summary>
/// <param name="Year">Year.</param>
/// <param name="Month">Month, 1–12.</param>
/// <param name="Name">The month as the site's language writes it ("September 2017", <see cref="SiteText.MonthYear"/>).</param>
/// <param name="Path">Site path of the month page.</param>
/// <param name="Articles">Articles published that month, newest first.</param>
public sealed record ArchiveMonth(int Year, int Month, string Name, string Path, IReadOnlyList<ArticleView> Articles);
