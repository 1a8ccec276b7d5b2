namespace Digest.Entities;

/// <summary>An uncurated name the articles use, for a maintainer deciding what to curate.</summary>
/// <param name="Name">The canonical name Digest chose.</param>
/// <param name="Type">The type recognition gave it most often.</param>
/// <param name="ArticleCount">Reports that name it (copies not counted).</param>
/// <param name="Spellings">The spellings used, each with how many articles use it, most used first.</param>
public sealed record EntityCandidate(string Name, EntityType Type, int ArticleCount, IReadOnlyList<(string Spelling, int Articles)> Spellings);
