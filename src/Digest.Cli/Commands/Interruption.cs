using System.Runtime.InteropServices;

namespace Digest.Cli.Commands;

/// <summary>
/// Ctrl+C (SIGINT) or SIGTERM (a CI runner cancelling a job) during a build. The first asks the build to stop at its next
/// safe point (between steps, between ranges of pages), so that it removes what it staged and leaves <c>output/</c> and
/// the cache as they were; a second ends the process at once, as the signal alone would have. (Ending at once, the build
/// left its staging folder, up to a whole site, beside <c>output/</c>: the next publish now removes such leftovers too.)
/// </summary>
internal sealed class Interruption : IDisposable
{
    private readonly CancellationTokenSource _source = new();
    private readonly PosixSignalRegistration[] _registrations;
    private readonly Action? _stopping;
    private int _signals;

    /// <summary>Listens for the signals until disposed; <paramref name="stopping"/>, if given, is told of the first (to say the build is stopping).</summary>
    public Interruption(Action? stopping = null)
    {
        _stopping = stopping;
        _registrations = [PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle), PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle)];
    }

    /// <summary>Cancelled at the first signal.</summary>
    public CancellationToken Token => _source.Token;

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _source.Dispose();
    }

    private void Handle(PosixSignalContext context)
    {
        // A second signal takes its default course: the process ends.
        if (Interlocked.Increment(ref _signals) == 1)
        {
            context.Cancel = true;
            _stopping?.Invoke();
            _source.Cancel();
        }
    }
}
