using Digest.Content;

namespace Digest.Entities;

/// <summary>The text recognition reads from an article: its title line, then the body as plain text.</summary>
internal static class ArticleText
{
    /// <summary>Title, a line break, and the body's plain text (markdown escapes and markup removed).</summary>
    public static string Of(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return article.Title + "\n" + SafeMarkdown.ToPlainText(article.Body);
    }
}
