using Digest.Content;

namespace Digest.Ingest;

/// <summary>Makes the first, plain <see cref="Article"/> of a seed: title, escaped markdown body, provenance.</summary>
public static class ArticleFactory
{
    /// <summary>An article for <paramref name="seed"/> with the given slug; later stages refine its fields.</summary>
    public static Article Create(Seed seed, RawText raw, string slug)
    {
        ArgumentNullException.ThrowIfNull(seed);
        ArgumentNullException.ThrowIfNull(raw);
        return new Article
        {
            Title = raw.Title,
            Slug = slug,
            Story = slug,
            Seed = seed.Name,
            Body = string.Join("\n\n", raw.Paragraphs.Select(MarkdownEscaper.Escape).Where(p => p.Length > 0)),
        };
    }

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
