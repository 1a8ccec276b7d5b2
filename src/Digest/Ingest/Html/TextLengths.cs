using AngleSharp.Dom;

namespace Digest.Ingest.Html;

/// <summary>
/// The length of each element's visible text (<see cref="BlockScorer.Text"/>) and of the text of the links inside it
/// (what <see cref="BlockScorer.LinkDensity"/> counts), measured for whole trees in one pass from their text nodes up.
/// Made again for each of a page's nested elements, the text cost the page's size times its depth: a 5 MB page nested
/// 2,000 deep took 50 s and 30 GB of garbage to write. The lengths are exactly those of the text made: whitespace runs
/// count one character between words and none at either end, and the zero-width characters (with soft hyphens) count
/// none in an element whose text holds one, as <see cref="Cleaning.Whitespace.Normalise"/> makes them.
/// </summary>
internal sealed class TextLengths
{
    private readonly Dictionary<IElement, Measure> _measured = new(ReferenceEqualityComparer.Instance);

    private TextLengths()
    {
    }

    /// <summary>Measures every element of the trees of <paramref name="roots"/>.</summary>
    public static TextLengths Of(IEnumerable<IElement> roots)
    {
        ArgumentNullException.ThrowIfNull(roots);
        var lengths = new TextLengths();
        foreach (var root in roots)
        {
            if (!lengths._measured.ContainsKey(root))
            {
                lengths.Measured(root);
            }
        }

        return lengths;
    }

    /// <summary>The length of <see cref="BlockScorer.Text"/> of <paramref name="element"/>, one of the measured trees' elements.</summary>
    public int TextLength(IElement element) => _measured[element].Length;

    /// <summary><see cref="BlockScorer.LinkDensity"/> of <paramref name="element"/>, one of the measured trees' elements.</summary>
    public double LinkDensity(IElement element)
    {
        var measure = _measured[element];
        return measure.Length == 0 ? 0 : Math.Min(1.0, (double)measure.Linked / measure.Length);
    }

    private Measure Measured(IElement element)
    {
        var plain = default(Run);
        var stripped = default(Run);
        var zeroWidth = false;
        var linked = 0;
        // By index: AngleSharp finds a node's next sibling by searching its parent's children.
        var children = element.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            var child = children[i];
            if (child is IText text)
            {
                var run = Run.Of(text.Data, strip: false);
                plain = plain.Then(run);
                // Most text holds none of the characters taken out, and is the same either way.
                stripped = stripped.Then(text.Data.AsSpan().IndexOfAny(TakenOut) < 0 ? run : Run.Of(text.Data, strip: true));
                zeroWidth |= HasZeroWidth(text.Data);
            }
            else if (child is IElement inner)
            {
                var measure = Measured(inner);
                (plain, stripped, zeroWidth) = (plain.Then(measure.Plain), stripped.Then(measure.Stripped), zeroWidth || measure.ZeroWidth);
                linked += measure.Linked;
                if (inner.LocalName == "a")
                {
                    // As LinkDensity weighs each link, its share rounded down.
                    var href = inner.GetAttribute("href");
                    linked += (int)(measure.Length * (href is not null && href.StartsWith('#') ? 0.3 : 1.0));
                }
            }
        }

        var measured = new Measure(plain, stripped, zeroWidth, linked);
        _measured[element] = measured;
        return measured;
    }

    // The characters whose presence makes Whitespace.Normalise take the zero-width ones (and soft hyphens) out.
    private static bool HasZeroWidth(string text) => text.AsSpan().IndexOfAny('\u200B', '\u200C', '\uFEFF') >= 0 || text.Contains('\u200D', StringComparison.Ordinal);

    private static readonly System.Buffers.SearchValues<char> TakenOut = System.Buffers.SearchValues.Create("\u200B\u200C\u200D\uFEFF\u00AD");

    private static bool IsTakenOut(char c) => TakenOut.Contains(c);

    // An element's text both ways (as it is, and with the zero-width characters taken out), and its links' text.
    private readonly record struct Measure(Run Plain, Run Stripped, bool ZeroWidth, int Linked)
    {
        public int Length => (ZeroWidth ? Stripped : Plain).Length;
    }

    // What whitespace normalising leaves of a text, as counts that add up when texts are put one after another: the
    // characters that are not whitespace, the whitespace runs between them (one character each), and whether the text
    // starts or ends with whitespace (a run there joins the next text's or is trimmed).
    private readonly record struct Run(int Words, int Gaps, bool Lead, bool Trail, bool Any)
    {
        public int Length => Words + Gaps;

        public static Run Of(string text, bool strip)
        {
            var (words, gaps, lead, trail, any) = (0, 0, false, false, false);
            foreach (var c in text)
            {
                if (strip && IsTakenOut(c))
                {
                    continue;
                }

                if (char.IsWhiteSpace(c))
                {
                    lead |= !any;
                    trail = true;
                }
                else
                {
                    gaps += any && trail ? 1 : 0;
                    (words, trail, any) = (words + 1, false, true);
                }
            }

            return new Run(words, gaps, lead, trail, any);
        }

        public Run Then(Run next) => (Any, next.Any) switch
        {
            (false, false) => new Run(0, 0, Lead || next.Lead, Trail || next.Trail, false),
            (false, true) => next with { Lead = Lead || next.Lead },
            (true, false) => this with { Trail = Trail || next.Lead },
            _ => new Run(Words + next.Words, Gaps + next.Gaps + (Trail || next.Lead ? 1 : 0), Lead, next.Trail, true),
        };
    }
}
