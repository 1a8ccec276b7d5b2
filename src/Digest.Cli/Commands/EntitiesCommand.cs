using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization;
using Digest.Content;
using Digest.Entities;

namespace Digest.Cli.Commands;

/// <summary>
/// <c>entities</c>: the names articles use that no curated or built-in record knows, for curation in input/entities.yml,
/// counted over the articles the site shows (drafts too with <c>--drafts</c>, as a preview build shows them).
/// </summary>
internal static partial class EntitiesCommand
{
    private static readonly Option<int> Top = new("--top") { Description = "How many candidates to list", DefaultValueFactory = _ => 50 };

    static EntitiesCommand() => CommonOptions.Within(Top, 1, int.MaxValue, "--top must be a number of candidates, 1 or more");

    public static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command("entities", "List uncurated entity candidates with their article counts and spellings") { Top, CommonOptions.Input, CommonOptions.Drafts };
        command.Reading(CommonOptions.Input);
        command.SetAction(parse =>
        {
            var paths = CommonOptions.Paths(parse);
            var diagnostics = new List<Diagnostic>();
            var store = ArticleStore.Load(paths, diagnostics);
            // Counted as publish counts them: a front matter's other name of a known entity ("U.S.") is that entity, not a candidate.
            var known = EntityCatalog.Load(paths, diagnostics);
            var catalog = known.WithArticles(known.WithCanonicalNames(store.Shown(parse.GetValue(CommonOptions.Drafts))));
            var candidates = catalog.Candidates().Take(parse.GetValue(Top)).ToList();
            foreach (var diagnostic in diagnostics)
            {
                error.WriteLine(diagnostic);
            }

            if (parse.GetValue(CommonOptions.Json))
            {
                output.WriteLine(JsonSerializer.Serialize(
                    candidates.Select(c => new Candidate(c.Name, c.Type.ToString().ToLowerInvariant(), c.ArticleCount,
                        c.Spellings.Select(s => new Spelling(s.Spelling, s.Articles)).ToList())).ToList(),
                    Json.ListCandidate));
            }
            else
            {
                output.WriteLine(candidates.Count == 0
                    ? "no uncurated entities: every name the articles use is curated or built in"
                    : $"{candidates.Count} uncurated names, most named first (add them to {paths.Display(Path.Combine(paths.Input, "entities.yml"))}):");
                foreach (var c in candidates)
                {
                    var spellings = string.Join(", ", c.Spellings.Select(s => $"{s.Spelling} ({s.Articles})"));
                    output.WriteLine($"{c.ArticleCount,5}  {c.Name}  [{c.Type.ToString().ToLowerInvariant()}]{(spellings.Length > 0 ? "  — " + spellings : "")}");
                }
            }

            return diagnostics.Any(d => d.Severity == Severity.Error) ? DigestCommand.ContentErrors : DigestCommand.Success;
        });
        return command;
    }

    // The --json shape, written by source-generated code (the tool is compiled ahead of time on Linux, without reflection).
    private sealed record Candidate(
        [property: JsonPropertyName("name")] string Name,
        [property: JsonPropertyName("type")] string Type,
        [property: JsonPropertyName("articles")] int Articles,
        [property: JsonPropertyName("spellings")] List<Spelling> Spellings);

    private sealed record Spelling([property: JsonPropertyName("spelling")] string Text, [property: JsonPropertyName("articles")] int Articles);

    [JsonSerializable(typeof(List<Candidate>))]
    private sealed partial class CandidatesJson : JsonSerializerContext;

    private static readonly CandidatesJson Json = new(new JsonSerializerOptions { WriteIndented = true, Encoder = Output.Reporter.Readable });
}
