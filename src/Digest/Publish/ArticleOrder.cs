namespace Digest.Publish;

/// <summary>
/// The order of every article list: newest first, undated last, then by title as a reader looks one up
/// (<see cref="Titles"/>) and slug (deterministic).
/// </summary>
public sealed class ArticleOrder : IComparer<Article>
{
    /// <summary>The one instance.</summary>
    public static ArticleOrder NewestFirst { get; } = new();

    /// <summary>
    /// Titles in the order a reader looks one up: leading quotes and symbols aside ("'Blog' picked …" under B, not
    /// before every letter), capitals aside, then as written. Ordinal underneath, so every machine sorts alike.
    /// </summary>
    public static IComparer<string> Titles { get; } = Comparer<string>.Create(CompareTitles);

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

        var byTitle = CompareTitles(x.Title, y.Title);
        return byTitle != 0 ? byTitle : string.CompareOrdinal(x.Slug, y.Slug);
    }

    private static int CompareTitles(string? x, string? y)
    {
        var byLetters = Words(x).CompareTo(Words(y), StringComparison.OrdinalIgnoreCase);
        return byLetters != 0 ? byLetters : string.CompareOrdinal(x, y);
    }

    private static ReadOnlySpan<char> Words(string? title)
    {
        var text = title.AsSpan();
        var start = 0;
        while (start < text.Length && !char.IsLetterOrDigit(text[start]))
        {
            start++;
        }

        // A title of symbols alone keeps them, so it still sorts among its kind.
        return start == text.Length ? text : text[start..];
    }
}
