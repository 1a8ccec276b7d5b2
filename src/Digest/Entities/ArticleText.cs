using System.Buffers;
using System.Text;
using Digest.Content;

namespace Digest.Entities;

/// <summary>The text recognition reads from an article: its title line, then the body as plain text.</summary>
internal static class ArticleText
{
    // What MarkdownEscaper escapes; a body where each of these is escaped is plain text in markdown's clothes.
    private const string Specials = "\\`*_[]<>&|~!{}";

    // The characters the loop below must look at one by one; runs of others are copied whole.
    private static readonly SearchValues<char> SpecialsAndBreaks = SearchValues.Create(Specials + "\n");

    /// <summary>Title, a line break, and the body's plain text (markdown escapes and markup removed).</summary>
    public static string Of(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return article.Title + "\n" + (Unescaped(article.Body) ?? SafeMarkdown.ToPlainText(article.Body));
    }

    // Ingest writes seed paragraphs through MarkdownEscaper: for such a body, dropping the escapes
    // gives Markdig's plain text at a tenth of the cost. Anything else (hand-written markdown with
    // links, emphasis, lists, headings) returns null and goes through Markdig.
    private static string? Unescaped(string body)
    {
        var builder = new StringBuilder(body.Length);
        var lineStart = true;
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (lineStart && c is '#' or '>' or '-' or '+' or '=' or ' ' or '\t' || (lineStart && char.IsDigit(c)))
            {
                return null;
            }

            // Inside a line, text up to the next special character or line break is kept as it is.
            var run = lineStart ? 0 : body.AsSpan(i).IndexOfAny(SpecialsAndBreaks);
            if (run != 0)
            {
                var length = run < 0 ? body.Length - i : run;
                builder.Append(body, i, length);
                i += length - 1;
                continue;
            }

            lineStart = c == '\n';
            if (c == '\\' && i + 1 < body.Length && char.IsAsciiLetterOrDigit(body[i + 1]) is false && body[i + 1] is not '\n' and not ' ')
            {
                builder.Append(body[++i]);
                continue;
            }

            if (Specials.Contains(c, StringComparison.Ordinal))
            {
                return null;
            }

            if (c == '\n' && i + 1 < body.Length && body[i + 1] == '\n')
            {
                i++; // paragraphs: one line break, as Markdig's plain text has
            }

            builder.Append(c);
        }

        return builder.ToString().Trim();
    }
}
