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
