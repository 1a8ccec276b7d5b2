using Digest.Entities;

namespace Digest.Publish;

/// <summary>An entity as its page shows it: the record, the reports that name it, the entities it appears with.</summary>
/// <param name="Entity">The catalog record (type, description, link, aliases).</param>
/// <param name="Path">Site path of its page.</param>
/// <param name="Articles">Reports naming it, newest first.</param>
/// <param name="Stories">Stories with a report naming it, newest first.</param>
/// <param name="Companions">The site entities named most often in the same reports, with how often.</param>
/// <param name="Place">For a demonym ("German"), its place's page when the site has one.</param>
public sealed record EntityView(Entity Entity, string Path, IReadOnlyList<ArticleView> Articles, IReadOnlyList<StoryView> Stories,
    IReadOnlyList<(TermLink Entity, int Count)> Companions, TermLink? Place = null)
{
    /// <summary>Stories an entity page lists by name (the newest; the count covers them all).</summary>
    public const int StoriesShown = 10;
}
