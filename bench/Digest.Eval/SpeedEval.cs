using System.Diagnostics;
using Digest.Content;
using Digest.Ingest;
using Digest.Ingest.Attribution;
using Digest.Ingest.Cleaning;

namespace Digest.Eval;

/// <summary>Time per ingest stage over the bbc-fulltext seeds held in memory (no disk), repeated to ~10,000 seeds.</summary>
public static class SpeedEval
{
    public static int Run(string evalRoot)
    {
        var texts = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(evalRoot, "bbc-fulltext"), "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (SeedDecoder.TryDecode(File.ReadAllBytes(file), out var text, out _))
            {
                texts.Add(text);
            }
        }

        var seeds = Enumerable.Range(0, 10_000).Select(i => texts[i % texts.Count]).ToList();
        var split = seeds.Select(TextLines.Split).ToList();
        Time("split lines", () => seeds.ForEach(s => TextLines.Split(s)));
        Time("language", () => split.ForEach(s => LanguageDetector.Detect(s.Lines.Select(l => l.Text))));
        var lines = split.SelectMany(s => s.Lines.Select(l => l.Text)).ToList();
        Console.WriteLine($"({lines.Count} lines)");
        Time("  line stats", () => lines.ForEach(l => LineStats.Of(l)));
        Time("  widget", () => lines.ForEach(l => WidgetLines.IsMatch(l)));
        Time("  copyright", () => lines.ForEach(l => CopyrightLines.IsMatch(l)));
        Time("  read more", () => lines.ForEach(l => ReadMoreLines.IsMatch(l)));
        Time("  glued pointer", () => lines.ForEach(l => ReadMoreLines.TrimGluedPointer(l)));
        Time("  section breaks", () => lines.ForEach(l => SectionBreaks.IsMatch(l)));
        Time("  run-together", () => lines.ForEach(l => RunTogetherSentences.Repair(l)));
        Time("  paragraphs", () => split.ForEach(s => BrokenParagraphs.Join(s.Lines)));
        Time("clean", () => split.ForEach(s => TextCleaner.Clean(s.Title, s.Lines, english: true)));
        var cleaned = split.Select(s => TextCleaner.Clean(s.Title, s.Lines, english: true)).ToList();
        Time("acronyms + title case", () => split.Zip(cleaned).ToList().ForEach(p => HeadlineCase.Normalise(p.First.Title, HeadlineCase.AcronymsIn(p.Second))));
        Time("escape", () => cleaned.ForEach(c => _ = string.Join("\n\n", c.Select(MarkdownEscaper.Escape))));
        var article = new Article { Title = "t", Slug = "", Story = "" };
        Time("attribute", () => split.Zip(cleaned).ToList().ForEach(p => Attributor.Attribute(article, p.First.Lines.Select(l => l.Text).ToList(), p.Second, PageMetadata.None, SourceCatalog.BuiltIn, "en")));
        using var workspace = new EvalWorkspace();
        var context = new IngestContext(workspace.Paths, new IngestSettings(), SourceCatalog.BuiltIn, new List<Diagnostic>());
        var seedRecords = seeds.Select((t, i) => new Seed($"{i:00000}.txt", $"seeds/{i:00000}.txt", t)).ToList();
        Time("SeedIngest.Build (all, cold)", () => seedRecords.ForEach(s => SeedIngest.Build(s, context)));
        Time("SeedIngest.Build (all, warm)", () => seedRecords.ForEach(s => SeedIngest.Build(s, context)));
        var pages = Directory.EnumerateFiles(Path.Combine(evalRoot, "boilerplate", "html"), "*.html.gz").Order(StringComparer.Ordinal)
            .Select(f =>
            {
                using var gz = new System.IO.Compression.GZipStream(File.OpenRead(f), System.IO.Compression.CompressionMode.Decompress);
                using var reader = new StreamReader(gz);
                return reader.ReadToEnd();
            }).ToList();
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        Time("html: parse only", () => pages.ForEach(p => parser.ParseDocument(p).Dispose()), $"{pages.Count} pages");
        Time("html: extract (with parse)", () => pages.ForEach(p => Digest.Ingest.Html.HtmlSeed.Extract(p)), $"{pages.Count} pages");
        return 0;
    }

    private static void Time(string stage, Action action, string unit = "10,000 seeds")
    {
        var watch = Stopwatch.StartNew();
        action();
        Console.WriteLine($"{stage,-28} {watch.Elapsed.TotalMilliseconds,8:0} ms / {unit}");
    }
}
