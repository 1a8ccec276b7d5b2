namespace Digest.Ingest.Attribution;

/// <summary>A publisher Digest can name: from the built-in list or a site's <c>input/sources.yml</c>.</summary>
/// <param name="Name">Display name, written to front matter <c>source</c>.</param>
/// <param name="HomeUrl">The publisher's home page, when known.</param>
/// <param name="Priority">Higher wins when copies of one report are folded into a canonical one.</param>
/// <param name="Aliases">Other names and abbreviations ("AP", "The Associated Press").</param>
/// <param name="Hosts">Web domains of its pages ("apnews.com").</param>
/// <param name="Patterns">Literal credits in a report's text that identify it ("(AP)").</param>
public sealed record SourceInfo(
    string Name,
    string? HomeUrl,
    int Priority,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Hosts,
    IReadOnlyList<string> Patterns);
