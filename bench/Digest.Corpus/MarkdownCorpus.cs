using System.Globalization;
using System.Text;
using Digest.Content;

namespace Digest.Corpus;

/// <summary>The anchor shape of issue 8: 200 tags, 50 sources, 2,000 entities, ~400-word bodies, dates over two years.</summary>
public static class MarkdownCorpus
{
    private const int Tags = 200;
    private const int Sources = 50;
    private const int Entities = 2000;

    private static readonly string[] Words =
        ("the of and to in a is that for on with as was by at said from it an be has have are were their which this " +
         "government forces city officials report minister army security talks president country state group people " +
         "week month year border military attack support agreement region police court election vote market prices " +
         "energy oil water health hospital school village river bridge road airport port coalition spokesman statement " +
         "commander troops rebels militants civilians refugees aid border ceasefire negotiations sanctions economy growth " +
         "bank inflation trade exports imports company workers union strike protest demonstrators capital province district")
        .Split(' ');

    public static void Write(int count, string folder)
    {
        var digest = Path.Combine(folder, "digest");
        var hugo = Path.Combine(folder, "hugo");
        Directory.CreateDirectory(Path.Combine(digest, "input", "articles"));
        Directory.CreateDirectory(Path.Combine(hugo, "content", "articles"));
        File.WriteAllText(Path.Combine(digest, "input", "digest.yml"), "title: Bench\nbase_url: https://example.org/\npage_size: 20\n");
        HugoSite.WriteScaffold(hugo);
        var random = new Random(20171);
        var start = new DateOnly(2016, 1, 1);
        for (var i = 0; i < count; i++)
        {
            var slug = $"article-{i:D6}";
            var title = Sentence(random, 6 + random.Next(6)).TrimEnd('.');
            var article = new Article
            {
                Title = char.ToUpperInvariant(title[0]) + title[1..],
                Slug = slug,
                Date = start.AddDays(random.Next(730)),
                Source = $"Source {random.Next(Sources):D2}",
                Tags = Pick(random, Tags, 3).Select(t => $"tag-{t:D3}").ToList(),
                Entities = Pick(random, Entities, 5).Select(e => $"Entity {e:D4}").ToList(),
                Story = $"story-{i / 2:D6}",
                Topic = $"topic-{i % 100:D3}",
                Body = string.Join("\n\n", Enumerable.Range(0, 6).Select(_ => Paragraph(random))),
            };
            File.WriteAllText(Path.Combine(digest, "input", "articles", slug + ".md"), ArticleFile.Write(article));
            File.WriteAllText(Path.Combine(hugo, "content", "articles", slug + ".md"), HugoSite.Markdown(article));
        }
    }

    private static SortedSet<int> Pick(Random random, int range, int count)
    {
        var picked = new SortedSet<int>();
        while (picked.Count < count)
        {
            // Skewed: low numbers are common, as a few tags and names dominate real news.
            picked.Add((int)(range * Math.Pow(random.NextDouble(), 2)));
        }

        return picked;
    }

    private static string Paragraph(Random random) =>
        string.Join(' ', Enumerable.Range(0, 3 + random.Next(3)).Select(_ => Sentence(random, 10 + random.Next(15))));

    private static string Sentence(Random random, int words)
    {
        var builder = new StringBuilder();
        for (var w = 0; w < words; w++)
        {
            builder.Append(w == 0 ? "" : " ").Append(Words[random.Next(Words.Length)]);
        }

        builder[0] = char.ToUpper(builder[0], CultureInfo.InvariantCulture);
        return builder.Append('.').ToString();
    }
}
