namespace Digest.Entities.Recognition;

/// <summary>One occurrence of a name in a text.</summary>
/// <param name="Text">The name as written (titles and possessives already stripped).</param>
/// <param name="Type">The type the tagger gave it.</param>
/// <param name="Start">Offset in the recognised text.</param>
/// <param name="End">Offset just past the name.</param>
/// <param name="InHeadline">True when found in a line written in capitals or headline case, whose spelling is a poor display form.</param>
internal sealed record Mention(string Text, EntityType Type, int Start, int End, bool InHeadline);
