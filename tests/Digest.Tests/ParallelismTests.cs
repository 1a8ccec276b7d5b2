namespace Digest.Tests;

public sealed class ParallelismTests
{
    [Fact]
    public void A_loop_given_the_options_never_runs_more_workers_at_once_than_it_allows()
    {
        foreach (var (options, allowed) in new[] { (Parallelism.PerCore, Environment.ProcessorCount), (Parallelism.AtMost(2), 2), (Parallelism.AtMost(1), 1) })
        {
            var running = 0;
            var most = 0;
            // Long, blocking iterations: the pool adds threads while they wait, and an unbounded loop takes them all.
            Parallel.For(0, 48, options, _ =>
            {
                var now = Interlocked.Increment(ref running);
                InterlockedMax(ref most, now);
                Thread.Sleep(15);
                Interlocked.Decrement(ref running);
            });

            Assert.InRange(most, 1, allowed);
        }
    }

    [Fact]
    public void No_bound_means_one_worker_per_core()
    {
        Assert.Same(Parallelism.PerCore, Parallelism.AtMost(0));
        Assert.Same(Parallelism.PerCore, Parallelism.AtMost(-1));
        Assert.Equal(Environment.ProcessorCount, Parallelism.PerCore.MaxDegreeOfParallelism);
        Assert.Equal(3, Parallelism.AtMost(3).MaxDegreeOfParallelism);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var seen = Volatile.Read(ref target);
        while (value > seen)
        {
            var previous = Interlocked.CompareExchange(ref target, value, seen);
            if (previous == seen)
            {
                return;
            }

            seen = previous;
        }
    }
}
