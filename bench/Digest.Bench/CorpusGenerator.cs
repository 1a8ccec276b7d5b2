using System.Text;
using Digest.Content;

namespace Digest.Bench;

/// <summary>
/// A deterministic corpus of any size derived from real text. The 2,225 BBC articles are the
/// pattern: corpus article k is base article k mod 2,225 in "universe" k / 2,225, where every
/// content word gets a universe-specific spelling, so universes share no vocabulary and each
/// has the real similarity structure of the BBC set (its topics, its near-duplicates). On top,
/// with controlled rates: exact copies (other furniture, other whitespace), near copies (edited
/// words, a cut paragraph) and other reports of the same story (part of the sentences kept, the
/// rest from another article of the category, published a few days later).
/// </summary>
public sealed class CorpusGenerator(IReadOnlyList<BaseArticle> bases, int seed = 20171)
{
    public double CopyRate { get; init; } = 0.05;

    public double NearCopyRate { get; init; } = 0.05;

    public double SameStoryRate { get; init; } = 0.10;

    /// <summary>Markdown-escape the bodies (articles for the dedup stage); off for raw seed text.</summary>
    public bool EscapeBodies { get; init; } = true;

    private static readonly DateOnly Start = new(2015, 1, 1);

    /// <summary>What was planted, for checking the stage's answers.</summary>
    public sealed record Planted(List<(int Copy, int Of)> Copies, List<(int Copy, int Of)> NearCopies, List<(int Report, int Of)> SameStory);

    public (List<Article> Articles, Planted Planted) Generate(int count)
    {
        var random = new Random(seed);
        var articles = new List<Article>(count);
        var planted = new Planted([], [], []);
        var originals = 0;
        while (articles.Count < count)
        {
            var k = articles.Count;
            var roll = random.NextDouble();
            if (originals > 0 && roll < CopyRate)
            {
                var of = random.Next(k);
                articles.Add(Copy(articles[of], k, random));
                planted.Copies.Add((k, of));
            }
            else if (originals > 0 && roll < CopyRate + NearCopyRate)
            {
                var of = random.Next(k);
                articles.Add(NearCopy(articles[of], k, random));
                planted.NearCopies.Add((k, of));
            }
            else if (originals > 0 && roll < CopyRate + NearCopyRate + SameStoryRate)
            {
                var of = random.Next(k);
                articles.Add(SameStory(articles[of], articles[random.Next(k)], k, random));
                planted.SameStory.Add((k, of));
            }
            else
            {
                var universe = originals / bases.Count;
                var b = bases[originals % bases.Count];
                var date = Start.AddDays(random.Next(730));
                articles.Add(Make(k, Spell(b.Title, universe), b.Paragraphs.Select(p => Spell(p, universe)).ToList(), date, universe, originals % bases.Count, EscapeBodies));
                originals++;
            }
        }

        return (articles, planted);
    }

    // Universe 0 is the real text; universe u appends a letter code of u to every word of 4+ letters.
    private static string Spell(string text, int universe)
    {
        if (universe == 0)
        {
            return text;
        }

        var suffix = new StringBuilder();
        for (var u = universe; u > 0; u /= 26)
        {
            suffix.Append((char)('a' + u % 26));
        }

        var builder = new StringBuilder(text.Length * 5 / 4);
        var run = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsLetter(c))
            {
                run++;
            }
            else
            {
                if (run >= 4)
                {
                    builder.Append(suffix);
                }

                run = 0;
            }

            if (i < text.Length)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static Article Make(int k, string title, List<string> paragraphs, DateOnly date, int universe, int baseIndex, bool escape) => new()
    {
        Title = title,
        Slug = $"{Slugs.From(title, 40)}-{k}",
        Story = $"a{k}",
        Date = date,
        Source = $"Source {k % 50}",
        Seed = $"{universe}-{baseIndex}-{k}.txt",
        Body = string.Join("\n\n", escape ? paragraphs.Select(MarkdownEscaper.Escape) : paragraphs),
    };

    private static List<string> Paragraphs(Article article) => [.. article.Body.Split("\n\n")];

    private static Article Copy(Article of, int k, Random random) => of with
    {
        Slug = $"copy-{k}",
        Source = $"Source {k % 50}",
        Date = of.Date?.AddDays(random.Next(2)),
        Body = "Advertisement\n\n" + of.Body.Replace(" ", random.Next(2) == 0 ? " " : "  ", StringComparison.Ordinal) + "\n\nShare this article",
    };

    private static Article NearCopy(Article of, int k, Random random)
    {
        var paragraphs = Paragraphs(of);
        if (paragraphs.Count > 4)
        {
            paragraphs.RemoveAt(paragraphs.Count - 1);
        }

        var edited = paragraphs.Select(p => string.Join(' ', p.Split(' ').Select(w => random.Next(50) == 0 ? "reportedly" : w))).ToList();
        return of with { Slug = $"near-{k}", Source = $"Source {k % 50}", Date = of.Date?.AddDays(random.Next(2)), Body = string.Join("\n\n", edited) + "\n\nRead more: our coverage" };
    }

    private static Article SameStory(Article of, Article donor, int k, Random random)
    {
        // Keep about half of the sentences of the report; the rest is another report's wording
        // from elsewhere in the corpus (background, other quotes).
        var ownSentences = Paragraphs(of).SelectMany(p => p.Split(". ")).ToList();
        var otherSentences = Paragraphs(donor).SelectMany(p => p.Split(". ")).ToList();
        var sentences = new List<string>();
        for (var i = 0; i < ownSentences.Count; i++)
        {
            sentences.Add(random.Next(2) == 0 || otherSentences.Count == 0 ? ownSentences[i] : otherSentences[random.Next(otherSentences.Count)]);
        }

        var paragraphs = sentences.Chunk(3).Select(c => string.Join(". ", c)).ToList();
        return of with
        {
            Title = "Update: " + of.Title,
            Slug = $"story-{k}",
            Source = $"Source {k % 50}",
            Date = of.Date?.AddDays(random.Next(4)),
            Body = string.Join("\n\n", paragraphs),
        };
    }
}
