using AngleSharp.Dom;

namespace Digest.Ingest.Html;

/// <summary>
/// Finds the element that holds the article, after Readability (Arc90; Mozilla's Readability.js):
/// every paragraph-like block scores 1 + its commas + a point per 100 characters (up to 3),
/// added to its ancestors with a divider that grows with distance; each ancestor starts from a
/// tag and class-name prior; scores are discounted by link density; the best ancestor wins and
/// takes along siblings that score well or read like paragraphs. Hand-written: no extraction
/// package is restorable here.
/// </summary>
internal static class BlockScorer
{
    private const int MinParagraphLength = 25;
    private const int AncestorLevels = 5;

    /// <summary>The article's elements, in document order (the top candidate and the siblings that belong with it).</summary>
    public static IReadOnlyList<IElement> FindContent(IElement body)
    {
        var scores = new Dictionary<IElement, double>();
        foreach (var block in body.QuerySelectorAll("p, pre, td, h2, h3, h4, h5, h6, section, div, li, blockquote"))
        {
            if (block.LocalName is "div" or "section" or "li" && HasBlockChild(block))
            {
                continue; // only divs that hold text directly count as paragraphs
            }

            var text = Text(block);
            if (text.Length < MinParagraphLength)
            {
                continue;
            }

            var score = 1.0 + text.Count(c => c is ',' or '，') + Math.Min(text.Length / 100, 3);
            var level = 0;
            for (var ancestor = block.ParentElement; ancestor is not null && level < AncestorLevels; ancestor = ancestor.ParentElement, level++)
            {
                if (!scores.ContainsKey(ancestor))
                {
                    scores[ancestor] = Prior(ancestor);
                }

                scores[ancestor] += score / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
            }
        }

        if (scores.Count == 0)
        {
            return [body];
        }

        // Link density costs a pass over the element's text: computed for the best raw scores only.
        var ranked = scores.OrderByDescending(kv => kv.Value).Take(25)
            .Select(kv => (Element: kv.Key, Score: kv.Value * (1 - LinkDensity(kv.Key))))
            .OrderByDescending(c => c.Score).ToList();
        var (top, topScore) = ranked[0];
        top = PreferCommonAncestor(top, topScore, ranked);

        // A top candidate alone in its parent is the same block as its parent.
        while (top.ParentElement is { } parent && parent.LocalName != "body" && parent.Children.Length == 1)
        {
            top = parent;
        }

        topScore = ranked.FirstOrDefault(c => c.Element == top).Score is var s && s > 0 ? s : topScore;
        return WithChunks(top, topScore, scores, WithSiblings(top, topScore, scores));
    }

    // Some sites cut the article's body into chunks with an advertisement between them, each chunk its own
    // container of the same tag and class ("body body__container" inside one grid row after another): the chunks
    // are cousins of the best one, not siblings. Each other element of the top's tag and class that scores as a
    // sibling would is taken too, in document order.
    private static List<IElement> WithChunks(IElement top, double topScore, Dictionary<IElement, double> scores, List<IElement> content)
    {
        if (string.IsNullOrEmpty(top.ClassName))
        {
            return content;
        }

        var threshold = Math.Max(10, topScore * 0.2);
        var chunks = scores
            .Where(kv => kv.Key != top && kv.Key.LocalName == top.LocalName && kv.Key.ClassName == top.ClassName &&
                !kv.Key.Contains(top) && !top.Contains(kv.Key) && !content.Any(c => c.Contains(kv.Key)) &&
                kv.Value * (1 - LinkDensity(kv.Key)) >= threshold)
            .Select(kv => kv.Key)
            .ToList();
        if (chunks.Count == 0)
        {
            return content;
        }

        content.AddRange(chunks);
        content.Sort((a, b) => a == b ? 0 : a.CompareDocumentPosition(b).HasFlag(DocumentPositions.Following) ? -1 : 1);
        return content;
    }

    /// <summary>Visible text of an element, whitespace collapsed.</summary>
    public static string Text(IElement element) => Cleaning.Whitespace.Normalise(element.TextContent);

    /// <summary>Share of an element's text that sits inside links.</summary>
    public static double LinkDensity(IElement element)
    {
        var length = Text(element).Length;
        if (length == 0)
        {
            return 0;
        }

        var linked = 0;
        foreach (var link in element.QuerySelectorAll("a"))
        {
            var href = link.GetAttribute("href");
            var weight = href is not null && href.StartsWith('#') ? 0.3 : 1.0; // in-page anchors are not navigation
            linked += (int)(Text(link).Length * weight);
        }

        return Math.Min(1.0, (double)linked / length);
    }

    // Readability: when several of the best candidates (≥ 75 % of the top score) share an
    // ancestor, the article spans them and that ancestor is the better container.
    private static IElement PreferCommonAncestor(IElement top, double topScore, List<(IElement Element, double Score)> ranked)
    {
        var alternatives = ranked.Skip(1).Take(5).Where(c => c.Score >= topScore * 0.75).Select(c => c.Element).ToList();
        if (alternatives.Count < 3)
        {
            return top;
        }

        for (var ancestor = top.ParentElement; ancestor is not null && ancestor.LocalName != "body"; ancestor = ancestor.ParentElement)
        {
            if (alternatives.Count(a => ancestor.Contains(a)) >= 3)
            {
                return ancestor;
            }
        }

        return top;
    }

    private static List<IElement> WithSiblings(IElement top, double topScore, Dictionary<IElement, double> scores)
    {
        if (top.ParentElement is not { } parent)
        {
            return [top];
        }

        var threshold = Math.Max(10, topScore * 0.2);
        var content = new List<IElement>();
        foreach (var sibling in parent.Children)
        {
            if (sibling == top)
            {
                content.Add(sibling);
                continue;
            }

            var bonus = !string.IsNullOrEmpty(top.ClassName) && sibling.ClassName == top.ClassName ? topScore * 0.2 : 0;
            if (scores.TryGetValue(sibling, out var score) && score * (1 - LinkDensity(sibling)) + bonus >= threshold)
            {
                content.Add(sibling);
            }
            else if (sibling.LocalName == "p")
            {
                var text = Text(sibling);
                var density = LinkDensity(sibling);
                if ((text.Length > 80 && density < 0.25) || (text.Length is > 0 and <= 80 && density == 0 && Cleaning.LineStats.EndsWithSentencePunctuation(text)))
                {
                    content.Add(sibling);
                }
            }
        }

        return content;
    }

    // Readability's priors by tag, plus the class-name weight.
    private static double Prior(IElement element) => PageJunk.ClassWeight(element) + element.LocalName switch
    {
        "div" or "article" or "main" => 5,
        "pre" or "td" or "blockquote" => 3,
        "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
        _ => 0,
    };

    private static bool HasBlockChild(IElement element)
    {
        foreach (var child in element.Children)
        {
            if (child.LocalName is "p" or "div" or "section" or "article" or "ul" or "ol" or "table" or "blockquote" or "pre" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "figure" or "dl")
            {
                return true;
            }
        }

        return false;
    }
}
