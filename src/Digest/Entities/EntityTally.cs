namespace Digest.Entities;

/// <summary>
/// What the articles say of each name: how many articles name it, as which type, and in which
/// spellings. Each name and spelling is numbered once and counted in arrays (a dictionary of types
/// and one of spellings per name cost 100,000 small dictionaries for 10,000 articles).
/// </summary>
internal sealed partial class EntityTally
{
    private static readonly int TypeCount = Enum.GetValues<EntityType>().Length;
    private readonly NameNumbers _names = new();
    private int[] _articles = [];
    private int[] _types = [];

    private EntityTally()
    {
    }

    /// <summary>Each name's spellings with how many articles write it so, most used first (then by spelling).</summary>
    public Dictionary<string, IReadOnlyList<(string Spelling, int Articles)>> Spellings { get; private set; } = new(StringComparer.Ordinal);

    private readonly HashSet<string> _personWords = new(StringComparer.Ordinal);

    /// <summary>The names some report (an article that is not a copy) lists in its front matter.</summary>
    public IEnumerable<string> Named => Enumerable.Range(0, _names.Count).Where(id => _articles[id] > 0).Select(id => _names[id]);

    /// <summary>Counts the articles' front-matter names and the surfaces recognition found for them (one list per article).</summary>
    public static EntityTally Of(IReadOnlyList<Article> articles, IReadOnlyList<List<(string Name, EntityType Type, List<string> Surfaces)>> surfaces)
    {
        var tally = new EntityTally();
        var named = articles.Select(a => a.Entities.Select(tally._names.Of).ToArray()).ToArray();
        // A surface list's names are its article's front-matter names: found among them, not looked up again.
        var described = new int[surfaces.Count][];
        for (var i = 0; i < surfaces.Count; i++)
        {
            described[i] = new int[surfaces[i].Count];
            for (var k = 0; k < described[i].Length; k++)
            {
                var name = surfaces[i][k].Name;
                var at = i < articles.Count ? IndexOf(articles[i].Entities, name) : -1;
                described[i][k] = at >= 0 ? named[i][at] : tally._names.Of(name);
            }
        }

        tally._articles = new int[tally._names.Count];
        tally._types = new int[tally._names.Count * TypeCount];

        // A report counts once for each name, however often its front matter repeats it. A copy does not count: it
        // is shown on its report, so a name only copies use would get a page listing no report.
        var lastArticle = new int[tally._names.Count];
        Array.Fill(lastArticle, -1);
        for (var i = 0; i < named.Length; i++)
        {
            if (articles[i].DuplicateOf is not null)
            {
                continue;
            }

            foreach (var id in named[i])
            {
                if (lastArticle[id] != i)
                {
                    lastArticle[id] = i;
                    tally._articles[id]++;
                }
            }
        }

        // Each name's spellings side by side in one array (a slice per name, counted first), so that each slice can be
        // sorted and counted on its own, on both cores: equal spellings are neighbours once sorted. (One dictionary
        // numbering every spelling of a 100,000-article site was the slowest part of the tally, and used one core.)
        var starts = new int[tally._names.Count + 1];
        for (var i = 0; i < surfaces.Count; i++)
        {
            for (var k = 0; k < surfaces[i].Count; k++)
            {
                var (_, type, forms) = surfaces[i][k];
                var id = described[i][k];
                tally._types[(id * TypeCount) + (int)type]++;
                starts[id + 1] += forms.Count;
            }
        }

        for (var id = 0; id < tally._names.Count; id++)
        {
            starts[id + 1] += starts[id];
        }

        var spellings = new string[starts[^1]];
        var filled = starts[..^1];
        for (var i = 0; i < surfaces.Count; i++)
        {
            for (var k = 0; k < surfaces[i].Count; k++)
            {
                var id = described[i][k];
                foreach (var form in surfaces[i][k].Surfaces)
                {
                    spellings[filled[id]++] = form;
                }
            }
        }

        var ranked = new List<(string Spelling, int Articles)>?[tally._names.Count];
        Parallel.For(0, tally._names.Count, Parallelism.PerCore, id => ranked[id] = Ranked(spellings.AsSpan(starts[id], starts[id + 1] - starts[id])));

        for (var id = 0; id < tally._names.Count; id++)
        {
            // The words of the names found as people of two words or more ("Tony Blair": Tony, Blair).
            var name = tally._names[id];
            if (name.Contains(' ', StringComparison.Ordinal) && tally.MostFound(id) == EntityType.Person)
            {
                foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    tally._personWords.Add(word);
                }
            }

            if (ranked[id] is { } spelt)
            {
                tally.Spellings[name] = spelt;
            }
        }

        return tally;
    }

    // The distinct spellings of one name with how many articles write each (an article lists a spelling once), most
    // used first, then by spelling; null when there are none. Sorts the slice in place.
    private static List<(string Spelling, int Articles)>? Ranked(Span<string> spellings)
    {
        if (spellings.IsEmpty)
        {
            return null;
        }

        spellings.Sort(StringComparer.Ordinal);
        var ranked = new List<(string Spelling, int Articles)>();
        for (var start = 0; start < spellings.Length;)
        {
            var end = start + 1;
            while (end < spellings.Length && string.Equals(spellings[end], spellings[start], StringComparison.Ordinal))
            {
                end++;
            }

            ranked.Add((spellings[start], end - start));
            start = end;
        }

        ranked.Sort((x, y) => x.Articles != y.Articles ? y.Articles.CompareTo(x.Articles) : string.CompareOrdinal(x.Spelling, y.Spelling));
        return ranked;
    }

    private static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (string.Equals(names[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>How many reports (articles that are not copies) list <paramref name="name"/> (0 for a name none lists).</summary>
    public int ArticleCount(string name) => _names.TryGet(name, out var id) ? _articles[id] : 0;

    /// <summary>
    /// The type recognition found the name as most often (ties: the first type); <see cref="EntityType.Other"/> when it was
    /// never found. A single word found mostly as a person, but no word of any person's full name in the corpus and found
    /// as another type in a quarter of its articles or more, takes that type: the tagger reads a company or a club opening
    /// a sentence ("Sony has unveiled …", "Chelsea beat …") as the people its training sentences open with. A name found
    /// mostly as a person whose last word says otherwise ("Downing Street", "Leeds University", "Six Nations") takes the
    /// type that says (<see cref="Recognition.NameHeads"/>), as does one found mostly as a place whose last word only
    /// bodies end with ("UK Independence Party"); a holiday ("Christmas", "New Year") or a prize ("Oscar") is always other.
    /// </summary>
    public EntityType TypeOf(string name)
    {
        if (!_names.TryGet(name, out var id))
        {
            return EntityType.Other;
        }

        if (Recognition.NameHeads.IsAlwaysOther(name))
        {
            return EntityType.Other;
        }

        var best = MostFound(id);

        if (best == EntityType.Person && Recognition.NameHeads.TypeOf(name) is { } byHead)
        {
            return byHead;
        }

        if (best == EntityType.Place && Recognition.NameHeads.IsOrganisation(name))
        {
            return EntityType.Organisation;
        }

        if (best != EntityType.Person || name.Contains(' ', StringComparison.Ordinal) || _personWords.Contains(name))
        {
            return best;
        }

        var counts = _types.AsSpan(id * TypeCount, TypeCount);
        var total = 0;
        var other = -1;
        for (var t = 0; t < TypeCount; t++)
        {
            total += counts[t];
            if (t != (int)EntityType.Person && counts[t] > 0 && (other < 0 || counts[t] > counts[other]))
            {
                other = t;
            }
        }

        return other >= 0 && counts[other] * 4 >= total ? (EntityType)other : best;
    }

    private EntityType MostFound(int id)
    {
        var counts = _types.AsSpan(id * TypeCount, TypeCount);
        var best = -1;
        for (var t = 0; t < TypeCount; t++)
        {
            if (counts[t] > 0 && (best < 0 || counts[t] > counts[best]))
            {
                best = t;
            }
        }

        return best < 0 ? EntityType.Other : (EntityType)best;
    }
}
