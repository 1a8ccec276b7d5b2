using System.Diagnostics;

namespace Digest;

/// <summary>Wall time of each step of a stage, in order: shown by <c>--verbose</c>, used by the benchmarks.</summary>
public sealed class StageTimings
{
    private readonly List<StepTime> _steps = [];
    private readonly Action<StepTime>? _onStep;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _cpu = Process.GetCurrentProcess().TotalProcessorTime;
    private long _allocated = GC.GetTotalAllocatedBytes();
    private TimeSpan _paused = GC.GetTotalPauseDuration();

    private readonly CancellationToken _cancel;

    /// <summary>Times the steps of a stage.</summary>
    /// <param name="onStep">Told each step as it ends (a progress display), if anything is.</param>
    /// <param name="cancel">Ends the stage at the end of a step (<see cref="Lap"/>) once cancelled.</param>
    public StageTimings(Action<StepTime>? onStep = null, CancellationToken cancel = default) => (_onStep, _cancel) = (onStep, cancel);

    /// <summary>The steps timed so far.</summary>
    public IReadOnlyList<StepTime> Steps => _steps;

    /// <summary>The stage's cancellation, for a step's own loops to stop between items too (where their work is thrown away then).</summary>
    internal CancellationToken Cancel => _cancel;

    /// <summary>
    /// Ends the step that ran since the previous lap (or since this object was made); then, when the stage was cancelled,
    /// throws <see cref="OperationCanceledException"/>: the end of a step is where a stage may stop.
    /// </summary>
    public void Lap(string step)
    {
        End(step);
        _cancel.ThrowIfCancellationRequested();
    }

    /// <summary>Ends the stage's last step, whose work is done and kept whether the stage was cancelled or not.</summary>
    public void End(string step)
    {
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes();
        var paused = GC.GetTotalPauseDuration();
        var time = new StepTime(step, _clock.Elapsed, cpu - _cpu)
        {
            HeapBytes = GC.GetGCMemoryInfo().HeapSizeBytes,
            PeakBytes = process.PeakWorkingSet64,
            AllocatedBytes = allocated - _allocated,
            Paused = paused - _paused,
        };
        _steps.Add(time);
        _onStep?.Invoke(time);
        _cpu = cpu;
        _allocated = allocated;
        _paused = paused;
        _clock.Restart();
    }
}

/// <summary>One timed step.</summary>
/// <param name="Step">What ran.</param>
/// <param name="Elapsed">Its wall time.</param>
/// <param name="Processor">Processor time the whole process used meanwhile (all cores).</param>
public sealed record StepTime(string Step, TimeSpan Elapsed, TimeSpan Processor)
{
    /// <summary>The managed heap's size after the last collection before the step ended (what the build holds, and garbage not yet collected).</summary>
    public long HeapBytes { get; init; }

    /// <summary>The process's peak resident memory so far.</summary>
    public long PeakBytes { get; init; }

    /// <summary>Bytes the process allocated on the managed heap during the step (all threads): what the collector had to clear and collect.</summary>
    public long AllocatedBytes { get; init; }

    /// <summary>How long the collector stopped the process during the step (a step whose data outlives many collections pays most).</summary>
    public TimeSpan Paused { get; init; }
}
