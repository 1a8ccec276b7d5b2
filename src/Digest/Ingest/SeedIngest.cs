using Digest.Content;
using Digest.Ingest.Attribution;
using Digest.Ingest.Cleaning;
using Digest.Ingest.Html;
using Digest.Text;

namespace Digest.Ingest;

/// <summary>
/// One seed → its article (without slug): extract the text (plain-text cleaning or HTML block
/// scoring), then attribute source, date, byline, dateline and language, then apply the seed's
/// sidecar. The slug is left to <see cref="Ingester"/>, which knows the other seeds.
/// </summary>
public static class SeedIngest
{
    /// <summary>Builds the article of <paramref name="seed"/>; its <see cref="Article.Slug"/> and <see cref="Article.Story"/> are empty.</summary>
    public static Article Build(Seed seed, IngestContext context) => ApplySidecar(Extract(seed, context), seed, context);

    /// <summary>
    /// The costly, pure part of <see cref="Build"/>: the article the seed's text alone gives (cleaned body,
    /// headline, source, date, byline, language), before its sidecar. Depends only on the seed's name and
    /// text, the source catalog and the code, so the build cache can keep it.
    /// </summary>
    public static Article Extract(Seed seed, IngestContext context)
    {
        ArgumentNullException.ThrowIfNull(seed);
        ArgumentNullException.ThrowIfNull(context);
        var extracted = HtmlSeed.IsHtml(seed.Name) ? HtmlSeed.Extract(seed.Text) : FromText(seed.Text);
        var title = HeadlineCase.IsAllCaps(extracted.Title) ? HeadlineCase.Normalise(extracted.Title, HeadlineCase.AcronymsIn(extracted.Paragraphs)) : extracted.Title;
        // A page's title or heading can be any length; a headline is not (text seeds are cut in TextLines). A page
        // without one is named by its opening words.
        title = title.Length > TextLines.MaxTitleLength ? Excerpts.Of(title, TextLines.MadeTitleLength) : title;
        if (string.IsNullOrWhiteSpace(title) && extracted.Paragraphs.FirstOrDefault(p => !string.IsNullOrWhiteSpace(p)) is { } opening)
        {
            title = Excerpts.Of(opening, TextLines.MadeTitleLength);
        }
        var article = new Article
        {
            Title = title,
            Slug = "",
            Story = "",
            Seed = seed.Name,
            Body = extracted.Body,
        };
        return Attributor.Attribute(article, extracted.RawLines, extracted.Paragraphs, extracted.Page, context.Sources, extracted.Language);
    }

    /// <summary>Applies the seed's sidecar (<c>NAME.yml</c> beside it), when it has one, to what <see cref="Extract"/> gave.</summary>
    public static Article ApplySidecar(Article article, Seed seed, IngestContext context)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(seed);
        ArgumentNullException.ThrowIfNull(context);
        var sidecarPath = Path.ChangeExtension(Path.Combine(context.Paths.Seeds, seed.Name), ".yml");
        // The folder's listing says which seeds have one: 10,000 seeds without sidecars were 10,000 failed lookups a build.
        if (seed.HasSidecar ?? File.Exists(sidecarPath))
        {
            var display = context.Paths.Display(sidecarPath);
            var sidecar = Sidecar.Parse(FolderFiles.ReadText(sidecarPath, display, context.Diagnostics), display, context.Diagnostics);
            article = sidecar.ApplyTo(article, context.Sources, display, context.Diagnostics);
        }

        return article;
    }

    private static ExtractedText FromText(string text)
    {
        var (title, lines) = TextLines.Split(CharacterReferences.Decode(text));
        var rawLines = lines.Select(l => l.Text).ToList();
        // Detected once on the whole text: cleaning needs it (function-word density means nothing
        // in another language) and a footer in another script does not outweigh the article.
        var language = LanguageDetector.Detect(rawLines.Prepend(title));
        var paragraphs = TextCleaner.Clean(title, lines, english: language == "en", foreign: language is not ("en" or LanguageDetector.Undetermined));
        // Joined from an array: its length is known, so the body is built in one allocation, not grown by doubling.
        var body = string.Join("\n\n", paragraphs.Select(MarkdownEscaper.Escape).Where(p => p.Length > 0).ToArray());
        return new ExtractedText(title, rawLines, paragraphs, body, PageMetadata.None, language);
    }
}

/// <summary>What extraction got from a seed, before attribution.</summary>
/// <param name="Title">The headline as found.</param>
/// <param name="RawLines">Every text line of the seed, for credits and date lines that cleaning removes.</param>
/// <param name="Paragraphs">The article's paragraphs as plain text.</param>
/// <param name="Body">The article as safe markdown.</param>
/// <param name="Page">The page's own metadata.</param>
/// <param name="Language">The language, when extraction detected it.</param>
public sealed record ExtractedText(string Title, IReadOnlyList<string> RawLines, IReadOnlyList<string> Paragraphs, string Body, PageMetadata Page, string? Language = null);
