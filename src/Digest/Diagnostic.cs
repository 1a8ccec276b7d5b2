namespace Digest;

/// <summary>How bad a <see cref="Diagnostic"/> is.</summary>
public enum Severity
{
    /// <summary>Worth knowing; the build still succeeds.</summary>
    Warning,

    /// <summary>An input could not be used; the build reports failure.</summary>
    Error,
}

/// <summary>
/// A problem with one input, printed as <c>file:line:column: severity: message</c> so editors and
/// CI logs can jump to it.
/// </summary>
/// <param name="File">The input's path, relative to the project root where possible.</param>
/// <param name="Line">1-based line, when known.</param>
/// <param name="Column">1-based column, when known.</param>
/// <param name="Severity">Warning or error.</param>
/// <param name="Message">What is wrong and, where it helps, what to do.</param>
public sealed record Diagnostic(string File, int? Line, int? Column, Severity Severity, string Message)
{
    /// <summary>An error about a whole file.</summary>
    public static Diagnostic Error(string file, string message, int? line = null, int? column = null) =>
        new(file, line, column, Severity.Error, message);

    /// <summary>A warning about a whole file.</summary>
    public static Diagnostic Warning(string file, string message, int? line = null, int? column = null) =>
        new(file, line, column, Severity.Warning, message);

    /// <inheritdoc />
    public override string ToString()
    {
        var location = File;
        if (Line is { } line)
        {
            location += $":{line}";
            if (Column is { } column)
            {
                location += $":{column}";
            }
        }

        var kind = Severity == Severity.Error ? "error" : "warning";
        return $"{location}: {kind}: {Message}";
    }
}
