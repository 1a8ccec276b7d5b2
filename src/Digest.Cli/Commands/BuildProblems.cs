namespace Digest.Cli.Commands;

/// <summary>
/// What <c>serve</c>'s last build found wrong, for the preview to show on every page it serves, as Hugo's server shows a
/// failed build in the browser: the build's errors as the terminal printed them, or why it stopped, and the changes only a
/// restart shows (<see cref="Note"/>). Warnings stay in the terminal (a site with a warning is built as asked). Written by
/// the builds and the watch, read by the server's requests.
/// </summary>
internal sealed class BuildProblems
{
    private readonly Lock _lock = new();
    private IReadOnlyList<string> _errors = [];
    private IReadOnlyList<string> _notes = [];
    private IReadOnlyList<string> _lines = [];

    /// <summary>The last build's errors (<c>file:line:column: error: message</c>), then the notes; none after a build without errors while there are no notes.</summary>
    public IReadOnlyList<string> Lines => Volatile.Read(ref _lines);

    /// <summary>Keeps the errors among <paramref name="diagnostics"/> of the build just done, in place of the last build's.</summary>
    public void Record(IEnumerable<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString()).ToList();
        lock (_lock)
        {
            _errors = errors;
            Volatile.Write(ref _lines, [.. _errors, .. _notes]);
        }
    }

    /// <summary>
    /// Keeps <paramref name="diagnostic"/> for as long as serve runs, whatever the builds find: a change no build can show
    /// (an edited template, compiled into Digest), which only a restart takes up.
    /// </summary>
    public void Note(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        lock (_lock)
        {
            _notes = [.. _notes, diagnostic.ToString()];
            Volatile.Write(ref _lines, [.. _errors, .. _notes]);
        }
    }
}
