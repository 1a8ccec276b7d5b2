namespace Digest;

/// <summary>Well-known source values.</summary>
public static class Sources
{
    /// <summary>The source of an article whose publisher cannot be told.</summary>
    public const string Unknown = "Unknown";

    /// <summary>Whether <paramref name="source"/> is the unknown source.</summary>
    public static bool IsUnknown(string? source) => string.Equals(source, Unknown, StringComparison.Ordinal);

    /// <summary>Who an item of a feed is by: its byline, else its source when known; null when neither is.</summary>
    public static string? Credit(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return article.Byline ?? (IsUnknown(article.Source) ? null : article.Source);
    }
}
