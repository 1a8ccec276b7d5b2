using Digest.Content;

namespace Digest.Ingest;

/// <summary>Slugs for ingested articles.</summary>
public static class ArticleFactory
{
    /// <summary>The slug a title asks for, falling back to the seed's file name for titles with no Latin letters.</summary>
    public static string PreferredSlug(string title, string seedName)
    {
        var slug = Slugs.From(title);
        if (slug.Length == 0)
        {
            slug = Slugs.From(Path.GetFileNameWithoutExtension(seedName));
        }

        return slug.Length == 0 ? "article" : slug;
    }
}
