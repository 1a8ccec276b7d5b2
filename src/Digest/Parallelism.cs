namespace Digest;

/// <summary>
/// How many workers a parallel loop of a build uses: one per core. Without a bound a loop takes every
/// thread the pool adds, and the pool keeps adding threads while long loops hold the ones it has (a cold
/// build of 100,000 seeds had 22–35 threads on 2 cores; with the bound, 9–10); an extra worker brings only
/// its own scratch memory and context switches. Every <c>Parallel</c> call of Digest is given these options.
/// </summary>
internal static class Parallelism
{
    /// <summary>At most one worker per core (<see cref="Environment.ProcessorCount"/>).</summary>
    public static ParallelOptions PerCore { get; } = new() { MaxDegreeOfParallelism = Environment.ProcessorCount };

    /// <summary>At most <paramref name="workers"/> workers; one per core when it is not positive.</summary>
    public static ParallelOptions AtMost(int workers) => workers > 0 ? new() { MaxDegreeOfParallelism = workers } : PerCore;
}
