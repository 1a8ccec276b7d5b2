using System.Runtime.ExceptionServices;

namespace Digest;

/// <summary>Independent steps run at once, each free to use both cores itself.</summary>
internal static class SideBySide
{
    /// <summary>Runs <paramref name="steps"/> at once (up to <paramref name="options"/>' parallelism) and returns when all are done; a single failure surfaces as itself, not wrapped in the <see cref="AggregateException"/>s of the parallel loops it went through.</summary>
    public static void Run(ParallelOptions options, params Action[] steps)
    {
        try
        {
            Parallel.Invoke(options, steps);
        }
        catch (AggregateException e) when (e.Flatten().InnerExceptions.Count == 1)
        {
            ExceptionDispatchInfo.Capture(e.Flatten().InnerExceptions[0]).Throw();
        }
    }

    /// <summary><see cref="Run(ParallelOptions, Action[])"/> on every core.</summary>
    public static void Run(params Action[] steps) => Run(Parallelism.PerCore, steps);
}
