namespace Digest.Entities.Recognition;

/// <summary>A word or punctuation mark of a text, with where it sits in that text.</summary>
/// <param name="Text">The characters as written.</param>
/// <param name="Start">Offset of the first character in the text.</param>
/// <param name="Line">Index of the line (paragraph or title) the token is on.</param>
internal readonly record struct Token(string Text, int Start, int Line)
{
    /// <summary>Offset just past the last character.</summary>
    public int End => Start + Text.Length;
}
