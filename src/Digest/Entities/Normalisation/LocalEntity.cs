using Digest.Entities.Recognition;

namespace Digest.Entities.Normalisation;

/// <summary>The mentions of one article that name the same thing, while folding them.</summary>
internal sealed class LocalEntity
{
    private static readonly int TypeCount = Enum.GetValues<EntityType>().Length;
    private readonly List<Mention> _mentions;
    private string? _name;
    private IReadOnlyList<string>? _words;
    private EntityType? _type;

    /// <summary>An entity of one mention, resolved to a catalog record or not.</summary>
    public LocalEntity(Entity? known, Mention first)
    {
        ArgumentNullException.ThrowIfNull(first);
        Known = known;
        _mentions = [first];
        First = first.Start;
    }

    /// <summary>The catalog record the mentions resolved to, if any.</summary>
    public Entity? Known { get; }

    /// <summary>The mentions, in text order once folding is done.</summary>
    public IReadOnlyList<Mention> Mentions => _mentions;

    /// <summary>Offset of the first mention.</summary>
    public int First { get; private set; }

    /// <summary>The name: the catalog's, else the longest form written outside headlines (headline capitals toned down when there is none).</summary>
    public string Name => _name ??= Known?.Name ?? DisplayForm(Longest());

    /// <summary>Key words of <see cref="Name"/>.</summary>
    public IReadOnlyList<string> Words => _words ??= NameKey.Of(Name).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The type: the catalog's, else the one most of the mentions of the most words got (the first one's on a tie).</summary>
    public EntityType Type => _type ??= Known?.Type ?? MostMentionedType();

    /// <summary>True when the name is an acronym (SDF, U.N.).</summary>
    public bool IsAcronym => Known is null && IsAcronymText(Name);

    /// <summary>Adds mentions (keeps them in text order).</summary>
    public void Add(IEnumerable<Mention> mentions)
    {
        var from = _mentions.Count;
        _mentions.AddRange(mentions);
        // Mentions mostly come in text order (an article's, one at a time), and the list is sorted only when some did not:
        // sorted on every mention, an article that names one place 200,000 times took minutes.
        for (var i = Math.Max(1, from); i < _mentions.Count; i++)
        {
            if (_mentions[i].Start < _mentions[i - 1].Start)
            {
                _mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
                break;
            }
        }

        First = _mentions[0].Start;
        _name = null;
        _words = null;
        _type = null;
    }

    /// <summary>Adds one mention.</summary>
    public void Add(Mention mention) => Add([mention]);

    /// <summary>2 to 6 capitals, periods allowed between them.</summary>
    public static bool IsAcronymText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsUpper(c))
            {
                letters++;
            }
            else if (c != '.')
            {
                return false;
            }
        }

        return letters is >= 2 and <= 6;
    }

    // Asked of every entity of every article: counted in one pass rather than grouped and sorted. The mentions
    // of the most words decide: a full name is typed from more context than a surname folded into it ("Hewitt beat
    // …" reads to the tagger as a team in a results line, "Lleyton Hewitt" as the player).
    private EntityType MostMentionedType()
    {
        // One pass: the counts start again whenever a mention of more words turns up.
        Span<int> counts = stackalloc int[TypeCount];
        var most = -1;
        Mention? first = null;
        foreach (var m in _mentions)
        {
            var words = NameKey.WordCount(m.Text);
            if (words > most)
            {
                counts.Clear();
                most = words;
                first = m;
            }

            if (words == most)
            {
                counts[(int)m.Type]++;
            }
        }

        // The most mentions; on a tie, the type mentioned first.
        var best = first!.Type;
        foreach (var m in _mentions)
        {
            if (counts[(int)m.Type] > counts[(int)best])
            {
                best = m.Type;
            }
        }

        return best;
    }

    // Outside headlines first, then most words, longest text, earliest.
    private Mention Longest()
    {
        var best = _mentions[0];
        var bestWords = NameKey.WordCount(best.Text);
        for (var i = 1; i < _mentions.Count; i++)
        {
            var m = _mentions[i];
            var words = NameKey.WordCount(m.Text);
            var order = best.InHeadline.CompareTo(m.InHeadline);
            if (order == 0)
            {
                order = words.CompareTo(bestWords);
            }

            if (order == 0)
            {
                order = m.Text.Length.CompareTo(best.Text.Length);
            }

            if (order == 0)
            {
                order = best.Start.CompareTo(m.Start);
            }

            if (order > 0)
            {
                best = m;
                bestWords = words;
            }
        }

        return best;
    }

    // A name only ever written in capitals (headline, dateline): "LEICESTERSHIRE" reads better as
    // "Leicestershire"; short all-capital words (NATO, AP) are kept as acronyms.
    private static string DisplayForm(Mention mention)
    {
        if (!mention.InHeadline || mention.Text.Any(char.IsLower))
        {
            return mention.Text;
        }

        return Text.WordCase.CapitalsToTitle(mention.Text, minLetters: 5);
    }
}
