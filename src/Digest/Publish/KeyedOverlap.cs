using System.Collections;
using Digest.Dedup;
using Digest.Publish.Output;

namespace Digest.Publish;

/// <summary>
/// A story's overlap analysis (<see cref="StoryView.Overlap"/>) as the build cache keeps it. Fingerprints hash it as its
/// <see cref="Key"/>, made from everything the analysis reads (each report's slug, markdown, date, source and its priority,
/// canonical mark): its sentences, as many as the reports', are not walked again for every page that shows the story. The
/// reports each analysis names are the story's own, which its fingerprint covers through <see cref="StoryView.Reports"/>.
/// </summary>
/// <param name="items">Each report's analysis, in the story's order.</param>
/// <param name="key">The cache key of the analysis.</param>
internal sealed class KeyedOverlap(IReadOnlyList<ReportOverlap> items, string key) : IReadOnlyList<ReportOverlap>, IHashedByKey
{
    /// <inheritdoc />
    public string Key { get; } = key;

    /// <inheritdoc />
    public int Count => items.Count;

    /// <inheritdoc />
    public ReportOverlap this[int index] => items[index];

    /// <inheritdoc />
    public IEnumerator<ReportOverlap> GetEnumerator() => items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
