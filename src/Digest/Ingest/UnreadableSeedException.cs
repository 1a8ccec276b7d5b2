namespace Digest.Ingest;

/// <summary>A seed that extraction refuses (a page nested thousands deep): ingest reports it as an error that names the seed, and skips it.</summary>
/// <param name="reason">What is wrong with the seed, for the error.</param>
public sealed class UnreadableSeedException(string reason) : Exception(reason);
