namespace Digest.Train;

/// <summary>How the perceptron is trained; the defaults made the shipped model.</summary>
/// <param name="Epochs">Passes over the training sentences.</param>
/// <param name="MinCount">Features seen fewer times than this in training are dropped (model size).</param>
/// <param name="Seed">Seed of the shuffle between passes, for a reproducible model.</param>
public sealed record TrainingOptions(int Epochs, int MinCount, int Seed)
{
    public static TrainingOptions Default { get; } = new(Epochs: 8, MinCount: 2, Seed: 2003);
}
