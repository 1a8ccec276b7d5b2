namespace Digest.Ingest.Cleaning;

/// <summary>What a line of page text looks like on its own.</summary>
internal enum LineClass
{
    /// <summary>Furniture for sure: a widget label, a rights notice, a pointer to other pages. Never kept.</summary>
    Furniture,

    /// <summary>Opens a section after the article (comments, related stories): the article's block cannot cross it.</summary>
    SectionBreak,

    /// <summary>Not running prose (menu item, heading, caption, table row); kept only inside the article's block.</summary>
    Other,

    /// <summary>Running prose: enough words, and English function words at the rate of prose.</summary>
    Prose,
}
