using Digest.Tagging;

namespace Digest.Tests.Tagging;

public sealed class TagRulesIndexTests
{
    private static readonly string[] Terms = ["Oil", "oil", "OPEC", "Gas Prices", "gas", "Syria", "syria", "talks", "Talks", "Ryan Dillon", "war", "peace", "Iraq", "iraq", "UN"];

    [Fact]
    public void An_article_gets_the_tags_that_trying_every_term_of_every_rule_in_file_order_gives()
    {
        var random = new Random(11);
        var found = 0;
        for (var round = 0; round < 200; round++)
        {
            // Keys that differ only in case make rules of one tag; terms repeat within and across rules.
            var rules = Enumerable.Range(0, random.Next(1, 12))
                .Select(i => (Key: random.Next(4) == 0 ? $"Tag{i % 3}" : $"tag{i}", Terms: Enumerable.Range(0, random.Next(1, 5)).Select(_ => Terms[random.Next(Terms.Length)]).ToArray()))
                .DistinctBy(r => r.Key)
                .ToList();
            var parsed = TagRules.Parse(string.Concat(rules.Select(r => $"{r.Key}: [{string.Join(", ", r.Terms.Select(t => $"\"{t}\""))}]\n")), "input/tags.yml", new List<Diagnostic>());

            for (var a = 0; a < 10; a++)
            {
                var entities = Enumerable.Range(0, random.Next(0, 4)).Select(_ => Terms[random.Next(Terms.Length)]).ToArray();
                var words = Enumerable.Range(0, random.Next(0, 30)).Select(_ => Terms[random.Next(Terms.Length)].ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
                var article = new Article { Title = "T", Slug = "t", Story = "t", Body = "", Entities = entities };
                var expected = rules
                    .Where(r => r.Terms.Any(t => entities.Contains(t, StringComparer.Ordinal) || words.Contains(t.ToLowerInvariant())))
                    .Select(r => Digest.Content.Slugs.From(r.Key))
                    .ToList();

                Assert.Equal(expected, parsed.TagsOf(article, words));
                found += expected.Count;
            }
        }

        Assert.InRange(found, 1_000, 20_000);
    }
}
