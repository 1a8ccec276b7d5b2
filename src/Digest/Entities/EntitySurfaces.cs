namespace Digest.Entities;

/// <summary>How one article writes one of its entities.</summary>
/// <param name="Name">The canonical name (as in the article's front matter).</param>
/// <param name="Surfaces">The forms written in the article's title and body, longest first, each once.</param>
public sealed record EntitySurfaces(string Name, IReadOnlyList<string> Surfaces);
