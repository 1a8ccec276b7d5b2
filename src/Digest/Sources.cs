namespace Digest;

/// <summary>Well-known source values.</summary>
public static class Sources
{
    /// <summary>The source of an article whose publisher cannot be told.</summary>
    public const string Unknown = "Unknown";
}
