namespace Digest.Entities;

/// <summary>
/// Distinct names (or spellings) numbered in the order first seen: a tally over thousands of articles
/// looks each occurrence up once and then counts in arrays by number.
/// </summary>
internal sealed class NameNumbers
{
    private readonly Dictionary<string, int> _numberOf = new(StringComparer.Ordinal);
    private readonly List<string> _names = [];

    /// <summary>How many distinct names have been numbered.</summary>
    public int Count => _names.Count;

    /// <summary>The name numbered <paramref name="number"/>.</summary>
    public string this[int number] => _names[number];

    /// <summary>The name's number, given the next one when it is new.</summary>
    public int Of(string name)
    {
        if (!_numberOf.TryGetValue(name, out var number))
        {
            _numberOf[name] = number = _names.Count;
            _names.Add(name);
        }

        return number;
    }

    /// <summary>The name's number, if it has one.</summary>
    public bool TryGet(string name, out int number) => _numberOf.TryGetValue(name, out number);
}
