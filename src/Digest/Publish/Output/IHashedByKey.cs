namespace Digest.Publish.Output;

/// <summary>
/// A value of the site model that stands for content it does not hold in memory (an article body kept in the
/// build cache): <see cref="ModelHasher"/> hashes it as its key, which is made from everything that content
/// is made from.
/// </summary>
public interface IHashedByKey
{
    /// <summary>A hash of everything the content is made from.</summary>
    string Key { get; }
}
