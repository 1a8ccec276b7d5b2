using System.CommandLine;
using System.Globalization;
using Digest.Content;
using YamlDotNet.RepresentationModel;

namespace Digest.Cli.Commands;

/// <summary>
/// <c>new</c>: scaffolds a seed and its sidecar for a maintainer to fill in. The sidecar marks it a draft, as Hugo's
/// archetype marks new content: the placeholder text is never published by a build run before the seed is written.
/// </summary>
internal static class NewCommand
{
    private static readonly Argument<string> Title = new("title") { Description = "The article's headline" };
    private static readonly Option<string?> Source = new("--source") { Description = "Publisher's name (sidecar 'source')" };
    private static readonly Option<string?> Url = new("--url") { Description = "Original address (sidecar 'url')" };
    private static readonly Option<string?> Date = new("--date") { Description = "Publication date YYYY-MM-DD (sidecar 'date')" };

    public static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command("new", "Create seeds/<slug>.txt and its sidecar seeds/<slug>.yml to fill in") { Title, Source, Url, Date, CommonOptions.Seeds };
        command.SetAction(parse =>
        {
            var paths = CommonOptions.Paths(parse);
            var reporter = CommonOptions.CreateReporter(parse, output, error);
            var title = parse.GetValue(Title)!.Trim();
            var date = parse.GetValue(Date);
            if (date is not null && !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                return Refuse($"--date '{date}' is not a real date in the form YYYY-MM-DD");
            }

            var url = parse.GetValue(Url)?.Trim();
            if (url is not null && !WebAddress.IsAbsoluteHttp(url))
            {
                return Refuse($"--{WebAddress.Problem("url", url)}");
            }

            if (!title.Any(char.IsLetterOrDigit))
            {
                return Refuse("the title needs at least one letter or digit");
            }

            // A title in a script slugs cannot spell ("北京市预算") names its files as ingest names such an article: by
            // the seed's own name, here the first free "article", "article-2", ….
            var slug = Slugs.From(title);
            if (slug.Length == 0)
            {
                slug = Enumerable.Range(1, int.MaxValue).Select(n => n == 1 ? "article" : $"article-{n}").First(name => Taken(paths, name) is null);
            }

            Directory.CreateDirectory(paths.Seeds);
            var text = Path.Combine(paths.Seeds, slug + ".txt");
            var sidecar = Path.Combine(paths.Seeds, slug + ".yml");
            if (Taken(paths, slug) is { } there)
            {
                return Refuse($"{paths.Display(there)} already exists; nothing was written");
            }

            File.WriteAllText(text, $"{title}\n\nWrite or paste the article here, one paragraph per block, separated by blank lines.\n");
            File.WriteAllText(sidecar, Sidecar(title, parse.GetValue(Source), url, date));
            reporter.Outcome($"created {paths.Display(text)} and {paths.Display(sidecar)}", ("created", [paths.Display(text), paths.Display(sidecar)]));
            return DigestCommand.Success;

            // A usage error: said on the error stream, and with --json as the one JSON object of the output.
            int Refuse(string message)
            {
                reporter.Failure(message, null, DigestCommand.UsageError);
                return DigestCommand.UsageError;
            }
        });
        return command;
    }

    // The new seed's text and sidecar, and a seed of any other kind ingest reads (SeedReader.Extensions).
    private static readonly string[] SeedFiles = [".txt", ".yml", .. Digest.Ingest.SeedReader.Extensions.Where(e => e is not ".txt")];

    // What already stands at a name the new seed would take: its text or sidecar, or a seed of the name saved as a page
    // (which would read the new sidecar too), as a file, a folder or a link.
    private static string? Taken(ProjectPaths paths, string name) =>
        SeedFiles.Select(extension => Path.Combine(paths.Seeds, name + extension)).FirstOrDefault(Path.Exists);

    private static string Sidecar(string title, string? source, string? url, string? date)
    {
        var mapping = new YamlMappingNode { { "title", title } };
        if (source is not null)
        {
            mapping.Add("source", source);
        }

        if (url is not null)
        {
            mapping.Add("url", url);
        }

        if (date is not null)
        {
            mapping.Add("date", date);
        }

        mapping.Add("tags", new YamlSequenceNode { Style = YamlDotNet.Core.Events.SequenceStyle.Flow });
        mapping.Add("draft", new YamlScalarNode("true") { Style = YamlDotNet.Core.ScalarStyle.Plain });
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        new YamlStream(new YamlDocument(mapping)).Save(writer, assignAnchors: false);
        var yaml = writer.ToString().ReplaceLineEndings("\n");
        return "# Sidecar of the seed beside it: what you set here overrides what ingest infers.\n" +
            "# It is a draft, held back from the site until you take the 'draft' line off (build --drafts shows it).\n" +
            yaml.Replace("\n...\n", "\n", StringComparison.Ordinal) +
            "# byline: Jane Example   # who wrote it\n" +
            "# dateline: LONDON   # where it was filed\n" +
            "# summary: One or two sentences in your words   # shown in lists, feeds and search instead of the opening lines\n" +
            "# canonical: true   # make this report the one its copies point to and its story leads with\n" +
            "# featured: true   # make its story a top story, shown first on the home page\n";
    }
}
