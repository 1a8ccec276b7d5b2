namespace Digest;

/// <summary>
/// How many workers a parallel loop of a build uses: one per core. Without a bound a loop takes every
/// thread the pool adds, and the pool adds one every half second while a long loop keeps its threads busy
/// (a cold build of 100,000 seeds reached 21 threads on 2 cores); each extra worker only adds its own scratch
/// memory and context switches. Every <c>Parallel</c> call of Digest is given these options.
/// </summary>
internal static class Parallelism
{
    /// <summary>At most one worker per core (<see cref="Environment.ProcessorCount"/>).</summary>
    public static ParallelOptions PerCore { get; } = new() { MaxDegreeOfParallelism = Environment.ProcessorCount };

    /// <summary>At most <paramref name="workers"/> workers; one per core when it is not positive.</summary>
    public static ParallelOptions AtMost(int workers) => workers > 0 ? new() { MaxDegreeOfParallelism = workers } : PerCore;
}
