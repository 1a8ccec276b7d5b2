namespace Digest.Tests.Dedup;

/// <summary>Small articles written by the tests themselves (never evaluation data).</summary>
internal static class DedupFixtures
{
    private static readonly string[] Filler =
    [
        "officials", "reported", "statement", "morning", "local", "government", "residents", "according", "council",
        "spokesman", "public", "announced", "expected", "several", "region", "following", "meeting", "result",
        "police", "agency", "district", "national", "support", "response", "plans", "decision", "group", "program",
        "money", "price", "market", "service", "company", "health", "school", "water", "power", "court", "river", "road",
    ];

    public static Article Make(string slug, string title, string body, DateOnly? date = null, string source = "Unknown") => new()
    {
        Title = title,
        Slug = slug,
        Story = slug,
        Date = date,
        Source = source,
        Body = body,
    };

    /// <summary>
    /// A report of an event: sentences mixing the event's own names with common words, drawn with
    /// a seeded generator so every run is the same. Reports of one event share the names; reports
    /// of different events share only the common words.
    /// </summary>
    public static string Report(string[] names, int seed, int sentences = 12)
    {
        var random = new Random(seed);
        var paragraphs = new List<string>();
        var current = new List<string>();
        for (var s = 0; s < sentences; s++)
        {
            var words = new List<string>();
            for (var w = 0; w < 12; w++)
            {
                words.Add(random.Next(2) == 0 ? names[random.Next(names.Length)] : Filler[random.Next(Filler.Length)]);
            }

            current.Add(char.ToUpperInvariant(words[0][0]) + words[0][1..] + " " + string.Join(' ', words.Skip(1)) + ".");
            if (current.Count == 3)
            {
                paragraphs.Add(string.Join(' ', current));
                current.Clear();
            }
        }

        if (current.Count > 0)
        {
            paragraphs.Add(string.Join(' ', current));
        }

        return string.Join("\n\n", paragraphs);
    }

    /// <summary>Plain running text of <paramref name="count"/> distinct made-up words, seeded.</summary>
    public static string Words(int count, int seed)
    {
        var random = new Random(seed);
        var words = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var length = 3 + random.Next(6);
            words.Add(new string(Enumerable.Range(0, length).Select(_ => (char)('a' + random.Next(26))).ToArray()));
        }

        return string.Join(' ', words);
    }
}
