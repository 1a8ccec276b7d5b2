namespace Digest.Cli.Commands;

/// <summary>
/// What <c>serve</c>'s last build found wrong, for the preview to show on every page it serves, as Hugo's server shows a
/// failed build in the browser: the build's errors as the terminal printed them, or why it stopped. Warnings stay in the
/// terminal (a site with a warning is built as asked). Written by the build, read by the server's requests.
/// </summary>
internal sealed class BuildProblems
{
    private IReadOnlyList<string> _lines = [];

    /// <summary>The last build's errors (<c>file:line:column: error: message</c>); none after a build without any.</summary>
    public IReadOnlyList<string> Lines => Volatile.Read(ref _lines);

    /// <summary>Keeps the errors among <paramref name="diagnostics"/> of the build just done, in place of the last build's.</summary>
    public void Record(IEnumerable<Diagnostic> diagnostics) =>
        Volatile.Write(ref _lines, diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString()).ToList());
}
