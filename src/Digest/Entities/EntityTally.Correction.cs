namespace Digest.Entities;

/// <summary>
/// The correction facet of <see cref="EntityTally"/>: every figure of a tally is a sum over the articles, so a tally kept
/// from an earlier build is made to count another set of articles by counting out the articles that left it and counting
/// in those that joined (<see cref="TallyState"/>), with the same figures a tally of every article gives.
/// </summary>
internal sealed partial class EntityTally
{
    // The spellings counted in or out since the last EndCorrection, by name number: their names' ranked lists are made again.
    private readonly Dictionary<int, Dictionary<string, int>> _spellingChanges = [];

    // The names counted in or out since the last EndCorrection, by number.
    private readonly HashSet<int> _touched = [];

    // Set when a count fell below zero: something was counted out that the tally did not hold.
    private bool _broken;

    /// <summary>
    /// The names whose figures, or whose type, the last correction may have changed (<see cref="EndCorrection"/>): those
    /// counted in or out, and the single words whose use in people's names changed (<see cref="TypeOf"/> reads it).
    /// </summary>
    public IReadOnlyCollection<string> Changed { get; private set; } = [];

    /// <summary>
    /// Counts one article in (<paramref name="sign"/> 1) or out (-1): as a report (not a <paramref name="copy"/>), each
    /// of <paramref name="names"/> once; copy or not, each recognised name's type and spellings. Call
    /// <see cref="EndCorrection"/> once all are counted.
    /// </summary>
    public void Count(IReadOnlyList<string> names, bool copy, List<(string Name, EntityType Type, List<string> Surfaces)> surfaces, int sign)
    {
        if (!copy)
        {
            foreach (var name in names.Distinct(StringComparer.Ordinal))
            {
                var id = Numbered(name);
                _broken |= (_articles[id] += sign) < 0;
                _touched.Add(id);
            }
        }

        foreach (var (name, type, forms) in surfaces)
        {
            var id = Numbered(name);
            _broken |= (_types[(id * TypeCount) + (int)type] += sign) < 0;
            _touched.Add(id);
            if (!_spellingChanges.TryGetValue(id, out var changes))
            {
                _spellingChanges[id] = changes = new Dictionary<string, int>(StringComparer.Ordinal);
            }

            foreach (var form in forms)
            {
                changes[form] = changes.GetValueOrDefault(form) + sign;
            }
        }
    }

    /// <summary>
    /// Ends the counting of <see cref="Count"/>: ranks the changed names' spellings again and finds the words of people's
    /// names again. False when the tally did not hold what was counted out (it is then not to be used).
    /// </summary>
    public bool EndCorrection()
    {
        foreach (var (id, changes) in _spellingChanges)
        {
            var name = _names[id];
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (spelling, articles) in Spellings.GetValueOrDefault(name) ?? [])
            {
                counts[spelling] = articles;
            }

            foreach (var (spelling, change) in changes)
            {
                counts[spelling] = counts.GetValueOrDefault(spelling) + change;
            }

            var ranked = new List<(string Spelling, int Articles)>(counts.Count);
            foreach (var (spelling, articles) in counts)
            {
                _broken |= articles < 0;
                if (articles > 0)
                {
                    ranked.Add((spelling, articles));
                }
            }

            // As Ranked orders them: most used first, then by spelling.
            ranked.Sort((x, y) => x.Articles != y.Articles ? y.Articles.CompareTo(x.Articles) : string.CompareOrdinal(x.Spelling, y.Spelling));
            if (ranked.Count > 0)
            {
                Spellings[name] = ranked;
            }
            else
            {
                Spellings.Remove(name);
            }
        }

        _spellingChanges.Clear();
        var personWords = new HashSet<string>(_personWords, StringComparer.Ordinal);
        FindPersonWords();
        personWords.SymmetricExceptWith(_personWords);
        var changed = new HashSet<string>(_touched.Select(id => _names[id]), StringComparer.Ordinal);
        foreach (var word in personWords)
        {
            if (_names.TryGet(word, out _))
            {
                changed.Add(word);
            }
        }

        _touched.Clear();
        Changed = changed;
        return !_broken;
    }

    // The words of the names found as people of two words or more ("Tony Blair": Tony, Blair), as Of finds them.
    private void FindPersonWords()
    {
        _personWords.Clear();
        for (var id = 0; id < _names.Count; id++)
        {
            var name = _names[id];
            if (name.Contains(' ', StringComparison.Ordinal) && MostFound(id) == EntityType.Person)
            {
                foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    _personWords.Add(word);
                }
            }
        }
    }

    // The name's number, with room for its counts.
    private int Numbered(string name)
    {
        var id = _names.Of(name);
        if (id >= _articles.Length)
        {
            var size = Math.Max(id + 1, 2 * _articles.Length);
            Array.Resize(ref _articles, size);
            Array.Resize(ref _types, size * TypeCount);
        }

        return id;
    }

    /// <summary>
    /// Writes the tally's figures: the names that count for something, each with its report count and the count of each
    /// type it was found as. Its spellings are not written: they are those of its outcome (<see cref="TallyOutcome.Spellings"/>).
    /// </summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var live = new List<int>();
        for (var id = 0; id < _names.Count; id++)
        {
            if (_articles[id] != 0 || _types.AsSpan(id * TypeCount, TypeCount).ContainsAnyExcept(0) || Spellings.ContainsKey(_names[id]))
            {
                live.Add(id);
            }
        }

        writer.Write(live.Count);
        foreach (var id in live)
        {
            writer.Write(_names[id]);
            writer.Write(_articles[id]);
            foreach (var count in _types.AsSpan(id * TypeCount, TypeCount))
            {
                writer.Write(count);
            }
        }
    }

    /// <summary>
    /// A tally from the figures <see cref="Write"/> wrote and the <paramref name="spellings"/> of its outcome, which it takes
    /// (not a copy), to correct (<see cref="Count"/>, then <see cref="EndCorrection"/>).
    /// </summary>
    public static EntityTally Read(BinaryReader reader, Dictionary<string, IReadOnlyList<(string Spelling, int Articles)>> spellings)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(spellings);
        var tally = new EntityTally { Spellings = spellings };
        var count = reader.ReadInt32();
        tally._articles = new int[count];
        tally._types = new int[count * TypeCount];
        for (var id = 0; id < count; id++)
        {
            tally._names.Of(reader.ReadString());
            tally._articles[id] = reader.ReadInt32();
            for (var t = 0; t < TypeCount; t++)
            {
                tally._types[(id * TypeCount) + t] = reader.ReadInt32();
            }
        }

        tally.FindPersonWords();
        return tally;
    }
}
