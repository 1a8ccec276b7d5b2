namespace Digest.Publish.Output;

/// <summary>
/// Where a writer of many site files puts them (<see cref="OutputFolder"/>, or memory in tests): each file written with
/// the fingerprint of what it was made from, or kept as the previous publish left it when that fingerprint is unchanged.
/// </summary>
public interface IOutputFiles
{
    /// <summary>Writes a file at a site path with the fingerprint of what it was made from (0: none).</summary>
    void Write(string sitePath, ReadOnlyMemory<byte> content, UInt128 fingerprint);

    /// <summary>Keeps the previous publish's file at a site path when it was made from the same inputs and is still as written; false when it must be written.</summary>
    bool TryKeep(string sitePath, UInt128 fingerprint);
}
