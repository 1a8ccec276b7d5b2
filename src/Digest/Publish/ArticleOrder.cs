namespace Digest.Publish;

/// <summary>The order of every article list: newest first, undated last, then by title and slug (deterministic).</summary>
public sealed class ArticleOrder : IComparer<Article>
{
    /// <summary>The one instance.</summary>
    public static ArticleOrder NewestFirst { get; } = new();

    /// <inheritdoc />
    public int Compare(Article? x, Article? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? 1 : -1;
        }

        var byDate = (x.Date, y.Date) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            var (a, b) => b.Value.CompareTo(a.Value),
        };
        if (byDate != 0)
        {
            return byDate;
        }

        var byTitle = string.CompareOrdinal(x.Title, y.Title);
        return byTitle != 0 ? byTitle : string.CompareOrdinal(x.Slug, y.Slug);
    }
}
