namespace Digest.Entities;

/// <summary>What kind of thing an entity names.</summary>
public enum EntityType
{
    /// <summary>A person.</summary>
    Person,

    /// <summary>A place: country, city, region, river, …</summary>
    Place,

    /// <summary>An organisation: government body, armed force, company, party, agency, …</summary>
    Organisation,

    /// <summary>Any other named thing: events, operations, nationalities, products, …</summary>
    Other,
}

/// <summary>Where a site lists the names of each <see cref="EntityType"/>.</summary>
public static class EntityTypes
{
    /// <summary>
    /// The slug of the list of all names of <paramref name="type"/>, A to Z ("all-people": <c>entities/all-people/</c>,
    /// beside the entities' own pages). No entity takes these slugs (<see cref="EntityCatalog"/>).
    /// </summary>
    public static string ListSlug(EntityType type) => type switch
    {
        EntityType.Person => "all-people",
        EntityType.Place => "all-places",
        EntityType.Organisation => "all-organisations",
        _ => "all-other-names",
    };

}
