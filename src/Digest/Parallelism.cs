using System.Collections.Concurrent;

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

    /// <summary>
    /// As <see cref="AtMost(int)"/>, for a loop that may stop early when <paramref name="cancel"/> is cancelled (it throws
    /// <see cref="OperationCanceledException"/>): only loops whose work is thrown away then, never one that writes what must
    /// be whole (a commit of output/, a save of the cache).
    /// </summary>
    public static ParallelOptions AtMost(int workers, CancellationToken cancel) =>
        cancel.CanBeCanceled ? new() { MaxDegreeOfParallelism = workers > 0 ? workers : Environment.ProcessorCount, CancellationToken = cancel } : AtMost(workers);

    /// <summary>One worker per core, stopping early as <see cref="AtMost(int, CancellationToken)"/> says.</summary>
    public static ParallelOptions PerCoreUntil(CancellationToken cancel) => AtMost(0, cancel);

    /// <summary>
    /// Runs <paramref name="body"/> for 0 … <paramref name="count"/> − 1 on one worker per core, each with scratch of its
    /// own (arrays as long as the articles or terms), which <paramref name="body"/> leaves clean for the next index. A
    /// worker's scratch goes back to <paramref name="pool"/> when it ends and the next worker takes it: the loop starts
    /// new workers as it goes, every few milliseconds, and scratch made for each was tens of megabytes a loop.
    /// </summary>
    /// <param name="count">How many indexes.</param>
    /// <param name="make">Makes scratch when the pool has none.</param>
    /// <param name="body">The work of one index, with the worker's scratch.</param>
    /// <param name="pool">Where scratch is kept between workers; one for this loop alone when null (pass one to share it between loops).</param>
    public static void For<TScratch>(int count, Func<TScratch> make, Action<int, TScratch> body, ConcurrentBag<TScratch>? pool = null)
    {
        ArgumentNullException.ThrowIfNull(make);
        ArgumentNullException.ThrowIfNull(body);
        var idle = pool ?? [];
        Parallel.For(0, count, PerCore, () => idle.TryTake(out var kept) ? kept : make(), (i, _, scratch) =>
        {
            body(i, scratch);
            return scratch;
        }, idle.Add);
    }
}
