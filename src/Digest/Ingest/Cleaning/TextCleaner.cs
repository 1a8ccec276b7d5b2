using Digest.Ingest.Attribution;

namespace Digest.Ingest.Cleaning;

/// <summary>
/// Raw seed text → the article's paragraphs: repairs (whitespace, broken paragraphs, glued
/// sentences, glued "Related Videos"), then keeps the lines that are article text (line
/// classification by density and lexicon, the main block of the page, the article's script),
/// dropping the repeated title and the byline line. Words are never changed.
/// </summary>
public static class TextCleaner
{
    private const int MenuItemWords = 4;

    // Fragments in a row above the article's first paragraph that make a menu.
    private const int MenuItems = 4;

    /// <summary>Cleans the body lines of a seed.</summary>
    /// <param name="title">The seed's title line.</param>
    /// <param name="lines">The body lines, as <see cref="TextLines.Split"/> gives them.</param>
    /// <param name="english">False for an article in another language (keeps it from being judged by English function words).</param>
    /// <param name="foreign">
    /// True when the text was recognised as another language: the furniture lexicon (English) cannot be trusted to
    /// find its page's menus and footers, so a text without furniture is kept whole only when it has few menu-like
    /// fragments. False for English or a language not recognised (tables and lists defeat the detector).
    /// </param>
    public static IReadOnlyList<string> Clean(string title, IReadOnlyList<TextLine> lines, bool english, bool foreign = false)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(lines);
        var paragraphs = BrokenParagraphs.Join(lines);
        for (var i = 0; i < paragraphs.Count; i++)
        {
            paragraphs[i] = ReadMoreLines.TrimGluedPointer(RunTogetherSentences.Repair(paragraphs[i]));
        }

        var stats = paragraphs.Select(p => LineStats.Of(p)).ToArray();
        var classes = LineClassifier.Classify(paragraphs, stats, english);
        var comments = CommentsHeader(paragraphs, stats);
        var (start, end) = LooksClean(classes, stats, foreign) ? (0, paragraphs.Count) : MainRegion.Find(classes, stats, comments < 0 ? paragraphs.Count : comments);
        if (!classes.Contains(LineClass.Prose))
        {
            // No line reads as prose (a short note, a seed of one-line paragraphs): there is no main
            // block to tell the article from furniture by, so every line that is not furniture stays
            // rather than the article's sentences being dropped.
            (start, end) = (0, comments < 0 ? paragraphs.Count : comments);
        }

        start = AfterHeadline(title, paragraphs, classes, stats, start, end);
        var latin = ForeignScript.IsMostlyLatin(Enumerable.Range(start, end - start).Where(i => classes[i] == LineClass.Prose).Select(i => stats[i]));

        var kept = new List<string>(end - start);
        var inBox = false;
        for (var i = start; i < end; i++)
        {
            // A box of links inside the article ("Related articles", "Don't miss"): its header and the teasers
            // under it, up to the article's next paragraph.
            inBox = classes[i] == LineClass.SectionBreak || (inBox && classes[i] != LineClass.Prose);
            if (inBox || classes[i] == LineClass.Furniture || ForeignScript.IsForeign(stats[i], latin))
            {
                continue;
            }

            // The header of a copied page: the title again, then the byline, before the first paragraph.
            if (kept.Count == 0 && TitleEcho.IsEcho(paragraphs[i], title))
            {
                continue;
            }

            if (kept.Count < 3 && (Bylines.TryParse(paragraphs[i], out _) || DateStamps.IsMatch(paragraphs[i], stats[i])))
            {
                continue;
            }

            kept.Add(paragraphs[i]);
        }

        // A note about the writer closing the page ("… is a reporter for NBC News."), when an article is left above it.
        var articleEnd = AuthorBio.End(kept, 1);
        kept.RemoveRange(articleEnd, kept.Count - articleEnd);
        return kept;
    }

    // The first line that opens the comments, unless it is an entry of a menu (a site's "Comment" section among
    // "Sport" and "Finance"): a fragment on either side of it.
    private static int CommentsHeader(List<string> paragraphs, LineStats[] stats)
    {
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (SectionBreaks.OpensComments(paragraphs[i]) && !(IsFragment(stats, i - 1) && IsFragment(stats, i + 1)))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsFragment(LineStats[] stats, int index) =>
        index >= 0 && index < stats.Length && stats[index].Words < MenuItemWords && !stats[index].EndsSentence;

    // Pages repeat the headline right above the article: the last echo of the title inside the
    // block with most of the block's prose after it marks where the article starts (teasers and
    // header lines before it are not the article).
    private static int AfterHeadline(string title, List<string> paragraphs, LineClass[] classes, LineStats[] stats, int start, int end)
    {
        long before = 0, total = 0;
        for (var i = start; i < end; i++)
        {
            total += classes[i] == LineClass.Prose ? stats[i].Length : 0;
        }

        var cut = start;
        for (var i = start; i < end; i++)
        {
            if (TitleEcho.IsEcho(paragraphs[i], title) && total - before > before)
            {
                cut = i + 1;
            }

            before += classes[i] == LineClass.Prose ? stats[i].Length : 0;
        }

        return cut;
    }

    // A seed that is only the article (no furniture line, no menu above its first paragraph or below its last) is kept whole: its
    // tables, lists and standfirst are the article's, not the page's (a wire story's results table or itinerary:
    // short lines by the dozen). In a language the furniture lexicon does not know, a page's menus and footers pass
    // unseen, so there it also needs hardly any menu-like fragments anywhere. (Fragments counted everywhere in every
    // language cut the tables out of English wire stories: the entities of the CoNLL testa reports F1 0.822 -> 0.844
    // without it; the cleaning eval's 90 pages unchanged.)
    private static bool LooksClean(LineClass[] classes, LineStats[] stats, bool foreign)
    {
        int fragments = 0, run = 0;
        var beforeProse = true;
        for (var i = 0; i < classes.Length; i++)
        {
            if (classes[i] is LineClass.Furniture or LineClass.SectionBreak)
            {
                return false;
            }

            var fragment = stats[i].Words < MenuItemWords;
            fragments += fragment ? 1 : 0;
            run = fragment ? run + 1 : 0;
            beforeProse &= classes[i] != LineClass.Prose;
            if (beforeProse && run >= MenuItems)
            {
                return false;
            }
        }

        // A menu below the last paragraph: the page's footer ("Our team", "Events", "Podcasts", "Shop").
        if (run >= MenuItems && Array.LastIndexOf(classes, LineClass.Prose) is var last && last >= 0 && classes.Length - 1 - last >= run)
        {
            return false;
        }

        return !foreign || fragments <= Math.Max(2, classes.Length / 10);
    }
}
