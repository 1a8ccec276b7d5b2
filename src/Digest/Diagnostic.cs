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

    /// <summary>
    /// The warning for a key a file does not know: it names the known keys and the nearest of them ("did you mean"),
    /// and says the key is ignored. The same wording in every file Digest reads.
    /// </summary>
    /// <param name="file">The file.</param>
    /// <param name="key">The key as written, without its section ("treshold").</param>
    /// <param name="known">The keys the file knows there (without the section).</param>
    /// <param name="line">1-based line of the key.</param>
    /// <param name="column">1-based column of the key.</param>
    /// <param name="section">The section the key is in ("dedup"), when it is in one: the message names the key with it.</param>
    /// <param name="otherNames">
    /// What to say of a key another tool uses for a known one ("Digest calls it 'updated'" for "lastmod"), if anything: said
    /// in place of the nearest spelling.
    /// </param>
    public static Diagnostic UnknownKey(string file, string key, IReadOnlyCollection<string> known, int line, int column, string? section = null,
        Func<string, string?>? otherNames = null)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(known);
        // Only a key a typo away is offered: the nearest of keys that share nothing with it misleads ('foo': "nearest: 'title'").
        var near = known.Select(k => (Key: k, Distance: Text.EditDistance.Levenshtein(k, key)))
            .Where(k => k.Distance <= Math.Max(1, (key.Length + 1) / 3)).OrderBy(k => k.Distance).Select(k => k.Key).FirstOrDefault();
        var hint = otherNames?.Invoke(key) is { } called ? "; " + called
            : near is null ? "" : $"; nearest: '{near}'";
        var (written, where) = section is null ? (key, "") : ($"{section}.{key}", $" in {section}");
        return Warning(file, $"unknown key '{written}' (known keys{where}: {string.Join(", ", known)}{hint}); it is ignored", line, column);
    }

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
