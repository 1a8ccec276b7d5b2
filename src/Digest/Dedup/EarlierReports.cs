namespace Digest.Dedup;

/// <summary>
/// The trigrams of a story's reports analysed so far (<see cref="StoryOverlap"/>), each with the reports that hold it in
/// canonical order: a sentence is matched against the reports that share its trigrams, not against every earlier
/// report. (Comparing each sentence with every earlier report made a story's analysis grow with the square of its
/// reports: 13.7 s on one core for a story of 2,000 hand-written reports.)
/// </summary>
internal sealed class EarlierReports
{
    private readonly List<string> _slugs = [];
    private readonly Dictionary<ulong, List<int>> _holders = [];

    // Scratch of one sentence's look-up: its distinct trigrams' holder lists, how often the sentence has each, and the
    // merge's place in each list.
    private readonly List<(List<int> Holders, int Weight)> _lists = [];
    private readonly PriorityQueue<int, int> _heads = new();
    private int[] _at = [];
    private readonly List<ulong> _sorted = [];

    /// <summary>Adds the next report in canonical order with its distinct trigrams.</summary>
    public void Add(string slug, HashSet<ulong> trigrams)
    {
        var report = _slugs.Count;
        _slugs.Add(slug);
        foreach (var trigram in trigrams)
        {
            ref var holders = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_holders, trigram, out _);
            (holders ??= []).Add(report);
        }
    }

    /// <summary>
    /// The first report, in the order added, that holds at least <paramref name="needed"/> of <paramref name="trigrams"/>
    /// (a trigram the list repeats counts each time), with the share it holds; null when none does.
    /// </summary>
    public (string Slug, double Share)? FirstHolding(List<ulong> trigrams, double needed)
    {
        // The sentence's distinct trigrams that some report holds, with their counts.
        _sorted.Clear();
        _sorted.AddRange(trigrams);
        _sorted.Sort();
        _lists.Clear();
        for (var i = 0; i < _sorted.Count;)
        {
            var end = i + 1;
            while (end < _sorted.Count && _sorted[end] == _sorted[i])
            {
                end++;
            }

            if (_holders.TryGetValue(_sorted[i], out var holders))
            {
                _lists.Add((holders, end - i));
            }

            i = end;
        }

        // The holder lists merged in report order (each is ascending): the first report whose trigrams reach the share
        // ends the merge, so a sentence the first report says costs little however many reports follow.
        if (_at.Length < _lists.Count)
        {
            _at = new int[_lists.Count * 2];
        }

        _heads.Clear();
        for (var l = 0; l < _lists.Count; l++)
        {
            _at[l] = 0;
            _heads.Enqueue(l, _lists[l].Holders[0]);
        }

        while (_heads.TryPeek(out _, out var report))
        {
            var found = 0;
            while (_heads.TryPeek(out var l, out var head) && head == report)
            {
                _heads.Dequeue();
                found += _lists[l].Weight;
                if (++_at[l] < _lists[l].Holders.Count)
                {
                    _heads.Enqueue(l, _lists[l].Holders[_at[l]]);
                }
            }

            var share = (double)found / trigrams.Count;
            if (share >= needed)
            {
                return (_slugs[report], share);
            }
        }

        return null;
    }
}
