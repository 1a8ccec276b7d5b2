using System.Buffers;
using System.Text;
using Digest.Content;

namespace Digest.Entities;

/// <summary>The text recognition reads from an article: its title line, then the body as plain text.</summary>
internal static class ArticleText
{
    // What MarkdownEscaper escapes; a body where each of these is escaped is plain text in markdown's clothes.
    private const string Specials = "\\`*_[]<>&|~!{}^";

    // The characters the loop below must look at one by one; runs of others are copied whole.
    private static readonly SearchValues<char> SpecialsAndBreaks = SearchValues.Create(Specials + "\n");

    /// <summary>
    /// Title, a line break, the dateline on a line of its own when the body does not open with it
    /// (<see cref="DatelineLine"/>), and the body's plain text (markdown escapes and markup removed).
    /// </summary>
    public static string Of(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var body = Unescaped(article.Body) ?? SafeMarkdown.ToPlainText(article.Body);
        return DatelineLine(article) is { } dateline ? article.Title + "\n" + dateline + "\n" + body : article.Title + "\n" + body;
    }

    /// <summary>
    /// The dateline that <see cref="Of"/> puts on the line after the title (it starts one character after the title):
    /// the article's <see cref="Article.Dateline"/> when its body's opening does not hold it (a stamp line such as
    /// "LONDON 1996-08-30" that cleaning took out), else null.
    /// </summary>
    public static string? DatelineLine(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (article.Dateline is not { Length: > 0 } dateline || dateline.Contains('\n', StringComparison.Ordinal))
        {
            return null;
        }

        var opening = article.Body.AsSpan(0, Math.Min(article.Body.Length, OpeningLength));
        return opening.Contains(dateline, StringComparison.Ordinal) ? null : dateline;
    }

    // Where a dateline in the text stands: the start of its first or second paragraph.
    private const int OpeningLength = 400;

    // Ingest writes seed paragraphs through MarkdownEscaper: for such a body, dropping the escapes
    // gives Markdig's plain text at a tenth of the cost. Anything else (hand-written markdown with
    // links, emphasis, lists, headings) returns null and goes through Markdig.
    private static string? Unescaped(string body)
    {
        // Doubled + and = mark inserted and highlighted text (the escaper writes them "\\+\\+").
        if (MarkdownEscaper.HasDoubled(body))
        {
            return null;
        }

        var builder = new StringBuilder(body.Length);
        var lineStart = true;
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (lineStart && (c is '>' or ' ' or '\t' || MarkdownEscaper.StartsBlock(Line(body, i))))
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

    private static ReadOnlySpan<char> Line(string body, int start)
    {
        var end = body.IndexOf('\n', start);
        return body.AsSpan(start, (end < 0 ? body.Length : end) - start);
    }
}
