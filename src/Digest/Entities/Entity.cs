namespace Digest.Entities;

/// <summary>Where an entity's record comes from; a curated record wins over the others.</summary>
public enum EntityOrigin
{
    /// <summary>Named in articles only (recognised, not curated).</summary>
    Observed,

    /// <summary>The gazetteer that ships inside Digest (countries, widely reported organisations).</summary>
    Gazetteer,

    /// <summary>The site's own <c>input/entities.yml</c>.</summary>
    Curated,
}

/// <summary>A person, place, organisation or other named thing, under its canonical name.</summary>
public sealed record Entity
{
    /// <summary>The canonical name, as front matter <c>entities</c> lists it.</summary>
    public required string Name { get; init; }

    /// <summary>What it names.</summary>
    public required EntityType Type { get; init; }

    /// <summary>URL-safe id of its page (<c>/entities/&lt;slug&gt;/</c>); unique in a catalog.</summary>
    public string Slug { get; init; } = "";

    /// <summary>Short description, when curated or shipped.</summary>
    public string? Description { get; init; }

    /// <summary>A page about it elsewhere (e.g. Wikipedia), when curated or shipped.</summary>
    public string? Link { get; init; }

    /// <summary>Other names of it (short forms, acronyms, spellings).</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>
    /// Words for its people and things ("German" of Germany). Each is a name of its own (type other, see
    /// <see cref="DemonymOf"/>), not folded into this one; the tagger knows them as this entity's aliases.
    /// </summary>
    public IReadOnlyList<string> Demonyms { get; init; } = [];

    /// <summary>On a demonym's own record, the canonical name of the place or people it is the demonym of.</summary>
    public string? DemonymOf { get; init; }

    /// <summary>What a demonym's record says of it after "Of PLACE: " (its description, and its page's lede).</summary>
    public const string DemonymGloss = "its people, language or culture.";

    /// <summary>Where the record comes from.</summary>
    public EntityOrigin Origin { get; init; } = EntityOrigin.Observed;

    /// <summary>Number of reports that name it; copies are not counted (after <see cref="EntityCatalog.WithArticles"/>).</summary>
    public int ArticleCount { get; init; }

    /// <summary>The spellings the articles use for it, most used first (after <see cref="EntityCatalog.WithArticles"/>).</summary>
    public IReadOnlyList<string> Spellings { get; init; } = [];
}
