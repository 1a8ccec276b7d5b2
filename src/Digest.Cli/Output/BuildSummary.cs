namespace Digest.Cli.Output;

/// <summary>What a command did, as the closing summary reports it.</summary>
internal sealed record BuildSummary
{
    public int? Seeds { get; init; }
    public int? Articles { get; init; }
    public int? Written { get; init; }
    public int? KeptByHand { get; init; }

    /// <summary>Article files ingest took out of <c>input/articles/</c> (their seeds left, or their articles were renamed).</summary>
    public int? Removed { get; init; }
    public int? Copies { get; init; }
    public int? Stories { get; init; }
    public int? Entities { get; init; }
    public int? Pages { get; init; }
    public int? Files { get; init; }
    public int? Rendered { get; init; }
    public int? Changed { get; init; }
    public int? Drafts { get; init; }
    public string? OutputFolder { get; init; }
    public required IReadOnlyList<Diagnostic> Diagnostics { get; init; }
    public double Seconds { get; init; }

    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);
}
