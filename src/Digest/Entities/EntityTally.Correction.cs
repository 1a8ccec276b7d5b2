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

    // Set when a count fell below zero: something was counted out that the tally did not hold.
    private bool _broken;

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
            }
        }

        foreach (var (name, type, forms) in surfaces)
        {
            var id = Numbered(name);
            _broken |= (_types[(id * TypeCount) + (int)type] += sign) < 0;
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
        FindPersonWords();
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

    /// <summary>Writes the tally's figures (the names that count for something, each with its counts and ranked spellings).</summary>
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

            var spellings = Spellings.GetValueOrDefault(_names[id]) ?? [];
            writer.Write(spellings.Count);
            foreach (var (spelling, articles) in spellings)
            {
                writer.Write(spelling);
                writer.Write(articles);
            }
        }
    }

    /// <summary>A tally from what <see cref="Write"/> wrote, to correct (<see cref="Count"/>, then <see cref="EndCorrection"/>).</summary>
    public static EntityTally Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var tally = new EntityTally();
        var count = reader.ReadInt32();
        tally._articles = new int[count];
        tally._types = new int[count * TypeCount];
        for (var id = 0; id < count; id++)
        {
            var name = reader.ReadString();
            tally._names.Of(name);
            tally._articles[id] = reader.ReadInt32();
            for (var t = 0; t < TypeCount; t++)
            {
                tally._types[(id * TypeCount) + t] = reader.ReadInt32();
            }

            var spellings = new (string Spelling, int Articles)[reader.ReadInt32()];
            for (var k = 0; k < spellings.Length; k++)
            {
                spellings[k] = (reader.ReadString(), reader.ReadInt32());
            }

            if (spellings.Length > 0)
            {
                tally.Spellings[name] = spellings;
            }
        }

        return tally;
    }
}
