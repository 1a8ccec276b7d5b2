using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Digest.Ingest.Html;

/// <summary>
/// Removes what is never article text before the blocks are scored: scripts, styles, forms,
/// navigation, hidden elements, and containers whose class or id names them as page furniture
/// (Readability's "unlikely candidates", kept when the name also says content).
/// </summary>
internal static partial class PageJunk
{
    private const string JunkTags = "script, style, noscript, template, iframe, object, embed, svg, canvas, button, select, input, textarea, nav, aside, footer, link, meta, dialog";

    /// <summary>Strips the junk from <paramref name="body"/> in place.</summary>
    public static void Remove(IElement body)
    {
        foreach (var element in body.QuerySelectorAll(JunkTags).ToList())
        {
            element.Remove();
        }

        // Forms hold search boxes and sign-ups, but some sites wrap the whole page in one.
        foreach (var form in body.QuerySelectorAll("form").Where(f => f.QuerySelector("p") is null).ToList())
        {
            form.Remove();
        }

        foreach (var element in body.QuerySelectorAll("*").ToList())
        {
            if (element.Parent is null || element.LocalName is "body" or "article" or "main")
            {
                continue;
            }

            if (IsHidden(element) || IsUnlikely(element))
            {
                element.Remove();
            }
        }

        foreach (var card in LinkCards(body).ToList())
        {
            card.Remove();
        }
    }

    // Each element right after a link that IsLinkCard says is the link's card. Found by going through the children of
    // the links' parents in order: AngleSharp finds an element's previous sibling by searching its parent's children, so
    // a selector of "the element after a link" took the square of a parent's children (100,000 divs: 6 s).
    private static IEnumerable<IElement> LinkCards(IElement body)
    {
        foreach (var parent in body.QuerySelectorAll("a[href]").Select(a => a.ParentElement).OfType<IElement>().Distinct())
        {
            IElement? before = null;
            foreach (var child in parent.Children)
            {
                if (before is { LocalName: "a" } link && link.GetAttribute("href") is { Length: > 0 } href && IsLinkCard(child, href))
                {
                    yield return child;
                }

                before = child;
            }
        }
    }

    // A card a page shows when a link is pointed at (a person's picture, the link again, their latest headlines, "MORE"),
    // written right after the link and hidden by the page's style sheet, which ingest does not read: an element that
    // repeats the link before it and holds nothing but links and pictures. Its text would cut into the sentence.
    private static bool IsLinkCard(IElement card, string href) =>
        card.LocalName is "span" or "div" && card.QuerySelector("p") is null
        && card.QuerySelectorAll("a[href]").Any(a => a.GetAttribute("href") == href) && BlockScorer.LinkDensity(card) >= 0.9;

    /// <summary>Readability's class weight: +25 for names that say content, −25 for names that say furniture.</summary>
    public static int ClassWeight(IElement element)
    {
        var weight = 0;
        foreach (var name in new[] { element.ClassName, element.Id })
        {
            if (string.IsNullOrEmpty(name))
            {
                continue;
            }

            weight += Negative().IsMatch(name) ? -25 : 0;
            weight += Positive().IsMatch(name) ? 25 : 0;
        }

        return weight;
    }

    private static bool IsHidden(IElement element) =>
        element.HasAttribute("hidden") ||
        string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.Ordinal) ||
        (element.GetAttribute("style") is { } style && HiddenStyle().IsMatch(style)) ||
        element.GetAttribute("role") is "navigation" or "menu" or "menubar" or "complementary" or "dialog" or "alert" or "alertdialog" or "banner" or "contentinfo";

    private static bool IsUnlikely(IElement element)
    {
        var names = element.ClassName + " " + element.Id;
        return names.Length > 1 && Unlikely().IsMatch(names) && !MaybeContent().IsMatch(names) && !HasAncestor(element, "table", "code") &&
            (Discussion().IsMatch(names) || !HoldsProse(element)) && !HoldsEmbeddedPost(element);
    }

    // A post quoted in the article ("a whole lot of people on Twitter pointed it out", then the posts): the embed's
    // wrapper says "social", but its text is what the article quotes, as a blockquote.
    private static bool HoldsEmbeddedPost(IElement element) =>
        element.Matches(EmbeddedPost) || element.QuerySelector(EmbeddedPost) is not null;

    private const string EmbeddedPost = "blockquote.twitter-tweet";

    // Class names match loosely ("PageBuilder-pageRow" says "pager", "Page-ad-margins" says "-ad-"):
    // a container with several long paragraphs is kept for the scorer to judge, unless it is a discussion.
    private static bool HoldsProse(IElement element)
    {
        var paragraphs = 0;
        foreach (var p in element.GetElementsByTagName("p"))
        {
            if (p.TextContent.Length >= 100 && ++paragraphs >= 3)
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"comment|disqus|replies|remark|respond", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Discussion();

    private static bool HasAncestor(IElement element, string first, string second)
    {
        for (var e = element.ParentElement; e is not null; e = e.ParentElement)
        {
            if (e.LocalName == first || e.LocalName == second)
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"-ad-|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|share|newsletter|subscribe|promo|cookie|modal|outbrain|taboola|recirc|trending|most-popular|signup|paywall|read-?more|read-?also|also-?read", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Unlikely();

    [GeneratedRegex(@"and|article|body|column|content|main|shadow|story|post-?text", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MaybeContent();

    [GeneratedRegex(@"-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|caption|credit", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negative();

    [GeneratedRegex(@"article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Positive();

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HiddenStyle();
}
