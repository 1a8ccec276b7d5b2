using Digest.Ingest;

namespace Digest.Bench;

/// <summary>One real article of ../shared/eval/bbc-fulltext, read at run time (never copied into the repository).</summary>
public sealed record BaseArticle(string Category, string Title, IReadOnlyList<string> Paragraphs)
{
    public static List<BaseArticle> ReadAll(string evalRoot)
    {
        var folder = Path.Combine(evalRoot, "bbc-fulltext", "bbc");
        var articles = new List<BaseArticle>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (SeedDecoder.TryDecode(File.ReadAllBytes(file), out var text, out _))
            {
                var raw = RawTextParser.Parse(text);
                articles.Add(new BaseArticle(Path.GetFileName(Path.GetDirectoryName(file))!, raw.Title, raw.Paragraphs));
            }
        }

        return articles;
    }
}
