namespace Digest.Dedup;

/// <summary>
/// Readable, stable ids for groups of articles (stories and topics). A group keeps the id most of
/// its members had in the previous build, so adding a report never renames a story; a group with
/// no previous id is named after its canonical report's slug. Ids are unique: a group whose
/// preferred id is taken falls back to its next choice, then to the slug with a number.
/// </summary>
internal static class GroupIds
{
    /// <param name="groups">Each group's members as article indices, the canonical member first.</param>
    /// <param name="slugs">Slug of every article.</param>
    /// <param name="previous">Each article's id in the previous build, when it had one.</param>
    public static string[] Assign(IReadOnlyList<IReadOnlyList<int>> groups, IReadOnlyList<string> slugs, IReadOnlyList<string?> previous)
    {
        var ids = new string[groups.Count];
        var taken = new HashSet<string>(StringComparer.Ordinal);

        // Bigger groups choose first: they have the stronger claim on an id their members share.
        var order = Enumerable.Range(0, groups.Count)
            .OrderByDescending(g => groups[g].Count)
            .ThenBy(g => slugs[groups[g][0]], StringComparer.Ordinal)
            .ToList();
        foreach (var g in order)
        {
            var members = groups[g];
            var canonical = slugs[members[0]];
            var choices = members
                .Select(m => previous[m])
                .OfType<string>()
                .GroupBy(id => id, StringComparer.Ordinal)
                .OrderByDescending(v => v.Count())
                .ThenBy(v => v.Key == canonical ? 0 : 1)
                .ThenBy(v => v.Key, StringComparer.Ordinal)
                .Select(v => v.Key)
                .Append(canonical);
            var id = choices.FirstOrDefault(c => !taken.Contains(c));
            for (var n = 2; id is null; n++)
            {
                var numbered = $"{canonical}-{n}";
                id = taken.Contains(numbered) ? null : numbered;
            }

            taken.Add(id);
            ids[g] = id;
        }

        return ids;
    }
}
