namespace Digest.Entities;

/// <summary>
/// What the articles say of each name: how many articles name it, as which type, and in which
/// spellings. Each name and spelling is numbered once and counted in arrays (a dictionary of types
/// and one of spellings per name cost 100,000 small dictionaries for 10,000 articles).
/// </summary>
internal sealed class EntityTally
{
    private static readonly int TypeCount = Enum.GetValues<EntityType>().Length;
    private readonly NameNumbers _names = new();
    private int[] _articles = [];
    private int[] _types = [];

    private EntityTally()
    {
    }

    /// <summary>Each name's spellings with how many articles write it so, most used first (then by spelling).</summary>
    public Dictionary<string, IReadOnlyList<(string Spelling, int Articles)>> Spellings { get; } = new(StringComparer.Ordinal);

    private readonly HashSet<string> _personWords = new(StringComparer.Ordinal);

    /// <summary>The names some report (an article that is not a copy) lists in its front matter.</summary>
    public IEnumerable<string> Named => Enumerable.Range(0, _names.Count).Where(id => _articles[id] > 0).Select(id => _names[id]);

    /// <summary>Counts the articles' front-matter names and the surfaces recognition found for them (one list per article).</summary>
    public static EntityTally Of(IReadOnlyList<Article> articles, IReadOnlyList<List<(string Name, EntityType Type, List<string> Surfaces)>> surfaces)
    {
        var tally = new EntityTally();
        var named = articles.Select(a => a.Entities.Select(tally._names.Of).ToArray()).ToArray();
        var described = surfaces.Select(s => s.Select(e => tally._names.Of(e.Name)).ToArray()).ToArray();
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

        // Spellings as (name, spelling) number pairs: sorted, equal pairs are neighbours to count.
        var spellings = new NameNumbers();
        var pairs = new List<long>();
        for (var i = 0; i < surfaces.Count; i++)
        {
            for (var k = 0; k < surfaces[i].Count; k++)
            {
                var (_, type, forms) = surfaces[i][k];
                var id = described[i][k];
                tally._types[(id * TypeCount) + (int)type]++;
                foreach (var form in forms)
                {
                    pairs.Add(((long)id << 32) | (uint)spellings.Of(form));
                }
            }
        }

        // The words of the names found as people of two words or more ("Tony Blair": Tony, Blair).
        for (var id = 0; id < tally._names.Count; id++)
        {
            var name = tally._names[id];
            if (name.Contains(' ', StringComparison.Ordinal) && tally.MostFound(id) == EntityType.Person)
            {
                foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    tally._personWords.Add(word);
                }
            }
        }

        pairs.Sort();
        for (var start = 0; start < pairs.Count;)
        {
            var id = (int)(pairs[start] >> 32);
            var ranked = new List<(string Spelling, int Articles)>();
            var end = start;
            while (end < pairs.Count && (int)(pairs[end] >> 32) == id)
            {
                var run = end;
                while (end < pairs.Count && pairs[end] == pairs[run])
                {
                    end++;
                }

                ranked.Add((spellings[(int)(uint)pairs[run]], end - run));
            }

            ranked.Sort((x, y) => x.Articles != y.Articles ? y.Articles.CompareTo(x.Articles) : string.CompareOrdinal(x.Spelling, y.Spelling));
            tally.Spellings[tally._names[id]] = ranked;
            start = end;
        }

        return tally;
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
