using System.Globalization;
using System.Text.Json;
using Spectre.Console;

namespace Digest.Cli.Output;

/// <summary>How much a command prints.</summary>
internal enum Verbosity
{
    /// <summary>Errors and the summary only.</summary>
    Quiet,

    /// <summary>Errors, warnings and the summary.</summary>
    Normal,

    /// <summary>Also each stage as it starts.</summary>
    Verbose,
}

/// <summary>
/// Everything a command prints: diagnostics on the error stream, stage progress, the closing summary.
/// In a terminal it draws a spinner and a table with Spectre.Console; otherwise (CI logs, pipes) it
/// writes plain lines; with <c>--json</c> it writes one JSON object and nothing else on standard output.
/// </summary>
internal sealed class Reporter
{
    private readonly TextWriter _output;
    private readonly TextWriter _error;
    private readonly Verbosity _verbosity;
    private readonly bool _json;
    private readonly bool _strict;
    private readonly IAnsiConsole? _console;

    // The running stage's spinner and name, while one runs in a terminal: each step that ends is named beside it,
    // and kept for --verbose to write when the spinner has gone.
    private StatusContext? _status;
    private string _stage = "";
    private readonly List<StepTime> _stepsUnderSpinner = [];

    /// <summary>A reporter writing to <paramref name="output"/> and <paramref name="error"/>.</summary>
    /// <param name="output">Where the progress and the summary go.</param>
    /// <param name="error">Where problems go.</param>
    /// <param name="verbosity">How much is printed.</param>
    /// <param name="json">One JSON object in place of the text (<c>--json</c>).</param>
    /// <param name="interactive">A terminal a person watches: a spinner and a table.</param>
    /// <param name="strict">Warnings fail the command as errors do (<c>--strict</c>, see <see cref="ExitCode"/>), so they are printed even when quiet.</param>
    public Reporter(TextWriter output, TextWriter error, Verbosity verbosity, bool json, bool interactive, bool strict = false)
    {
        _output = output;
        _error = error;
        _verbosity = verbosity;
        _json = json;
        _strict = strict;
        if (interactive && !json)
        {
            _console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Interactive = InteractionSupport.Yes });
        }
    }

    /// <summary>True when standard output is a terminal a person watches (not CI, not a pipe).</summary>
    public static bool IsTerminal(TextWriter output) =>
        ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected && !InCi(Environment.GetEnvironmentVariable("CI"));

    // CI services set CI (to "true", GitHub and GitLab; "1" others); "false", "0" or empty says the opposite.
    internal static bool InCi(string? value) => value is not null && value.Trim().ToLowerInvariant() is not ("" or "false" or "0" or "no");

    /// <summary>Runs one stage of work, showing it as it runs.</summary>
    public T Stage<T>(string name, Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (_console is not null && _verbosity != Verbosity.Quiet)
        {
            return _console.Status().Spinner(Spinner.Known.Dots).Start($"{Markup.Escape(name)}…", status =>
            {
                (_status, _stage) = (status, name);
                try
                {
                    return work();
                }
                finally
                {
                    _status = null;
                }
            });
        }

        if (_verbosity == Verbosity.Verbose && !_json)
        {
            _output.WriteLine($"{name}…");
        }

        return work();
    }

    /// <summary>Prints problems: errors always, warnings unless quiet (and strict). With --json they go into the summary only.</summary>
    public void Diagnostics(IEnumerable<Diagnostic> diagnostics)
    {
        if (_json)
        {
            return;
        }

        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Severity == Severity.Error || _verbosity != Verbosity.Quiet || _strict)
            {
                _error.WriteLine(diagnostic);
            }
        }
    }

    /// <summary>
    /// Why a command stopped, on the error stream whatever the verbosity (with <c>--verbose</c> the exception's stack
    /// too), and with <c>--json</c> as the one JSON object of the output (<see cref="WriteFailure"/>).
    /// </summary>
    /// <param name="message">Why.</param>
    /// <param name="exception">What stopped it (its stack is shown with <c>--verbose</c>), if anything was thrown.</param>
    /// <param name="exitCode">The command's exit code, for the JSON object.</param>
    /// <param name="found">Problems the command found before it stopped, if any: printed first (<see cref="Diagnostics"/>), and with <c>--json</c> in the object.</param>
    public void Failure(string message, Exception? exception, int exitCode = DigestCommand.FileSystemError, IReadOnlyList<Diagnostic>? found = null)
    {
        Diagnostics(found ?? []);
        WriteFailure(_output, _error, message, exception, _json, _verbosity == Verbosity.Verbose, exitCode, found);
    }

    /// <summary>Writes why a command stopped: see <see cref="Failure"/>; for commands that stop before they have a reporter.</summary>
    public static void WriteFailure(TextWriter output, TextWriter error, string message, Exception? exception, bool json, bool verbose, int exitCode = DigestCommand.FileSystemError,
        IReadOnlyList<Diagnostic>? found = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        error.WriteLine($"digest: error: {message}");
        if (verbose && exception is not null)
        {
            error.WriteLine(exception);
        }

        if (json)
        {
            // What a script reads instead of a summary: the build did not finish, and why.
            WriteJsonObject(output, writer =>
            {
                writer.WriteString("failed", message);
                writer.WriteNumber("exit_code", exitCode);
                if (found is { Count: > 0 })
                {
                    WriteDiagnostics(writer, found);
                }
            });
        }
    }

    /// <summary>
    /// How the tool's JSON escapes text: only what JSON itself requires (quotes, backslashes, control characters). The
    /// default escaping, made for JSON inside HTML, wrote every apostrophe of a message as \u0027 and every accented
    /// letter of a name as a code; nothing reads this output as HTML.
    /// </summary>
    internal static System.Text.Encodings.Web.JavaScriptEncoder Readable => System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    // One indented JSON object, its members written by write, as a line of output.
    private static void WriteJsonObject(TextWriter output, Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = Readable }))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>
    /// The exit code of a command that met <paramref name="diagnostics"/>: <see cref="DigestCommand.ContentErrors"/> when
    /// any is an error, or a warning with <c>--strict</c> (which then says so on the error stream, as CI logs show it);
    /// else <see cref="DigestCommand.Success"/>.
    /// </summary>
    public int ExitCode(IReadOnlyCollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (diagnostics.Any(d => d.Severity == Severity.Error))
        {
            return DigestCommand.ContentErrors;
        }

        var warnings = diagnostics.Count(d => d.Severity == Severity.Warning);
        if (!_strict || warnings == 0)
        {
            return DigestCommand.Success;
        }

        _error.WriteLine($"digest: error: {warnings} {(warnings == 1 ? "warning fails" : "warnings fail")} the command (--strict)");
        return DigestCommand.ContentErrors;
    }

    /// <summary>
    /// The first Ctrl+C (or SIGTERM) has come: the build stops at its next safe point, which at 100,000 seeds may take
    /// seconds. Said at once, whatever the verbosity: in a terminal by the spinner, elsewhere on the error stream.
    /// </summary>
    public void Stopping()
    {
        // The spinner's line is short enough for 80 columns, where a longer one wraps and is drawn twice.
        if (_status is { } status)
        {
            status.Status($"{Markup.Escape(_stage)}: stopping… (Ctrl+C again ends at once)");
        }
        else
        {
            _error.WriteLine("digest: stopping at the next safe point, and removing what was staged (Ctrl+C again ends at once)…");
        }
    }

    /// <summary>
    /// Said, on the error stream, of a build asked to stop (<see cref="Stopping"/>) once it had begun to put its results in
    /// place, which it always finishes: it did not stop, and <paramref name="output"/> holds what it made.
    /// </summary>
    public void FinishedWhenStopped(string output) =>
        _error.WriteLine($"digest: the build was already putting its results in place, which it always finishes: it ended, and {output}/ holds the site it made");

    /// <summary>
    /// What a command that makes no build (<c>new</c>, <c>clean</c>, <c>serve</c> once it listens) did: <paramref name="text"/>
    /// as its one line (printed when quiet too: it is the command's summary), or with <c>--json</c> one JSON object of
    /// <paramref name="members"/>, each a name and its list of values.
    /// </summary>
    public void Outcome(string text, params (string Name, IReadOnlyList<string> Values)[] members)
    {
        ArgumentNullException.ThrowIfNull(members);
        if (!_json)
        {
            _output.WriteLine(text);
            return;
        }

        WriteJsonObject(_output, writer =>
        {
            foreach (var (name, values) in members)
            {
                writer.WriteStartArray(name);
                foreach (var value in values)
                {
                    writer.WriteStringValue(value);
                }

                writer.WriteEndArray();
            }
        });
    }

    /// <summary>A plain informational line (not printed when quiet or with --json).</summary>
    public void Line(string text)
    {
        if (!_json && _verbosity != Verbosity.Quiet)
        {
            _output.WriteLine(text);
        }
    }

    /// <summary>
    /// A step of the running stage has ended. In a terminal the spinner names it; in a log (CI, a pipe) with
    /// <c>--verbose</c> its line is written at once, so a long build shows where it is as it goes.
    /// </summary>
    public void Step(StepTime step)
    {
        ArgumentNullException.ThrowIfNull(step);
        if (_status is { } status)
        {
            status.Status = $"{Markup.Escape(_stage)}… {Markup.Escape(step.Step)} done";
            _stepsUnderSpinner.Add(step);
        }
        else if (!_json && _verbosity == Verbosity.Verbose)
        {
            _output.WriteLine(StepLine(step));
        }
    }

    /// <summary>
    /// With <c>--verbose</c>, when a stage has ended: in a terminal the lines of the steps its spinner named (in a log
    /// each was written as it ended), then the collector's share so far.
    /// </summary>
    public void Timings()
    {
        var steps = _stepsUnderSpinner.ToList();
        _stepsUnderSpinner.Clear();
        if (_json || _verbosity != Verbosity.Verbose)
        {
            return;
        }

        foreach (var step in steps)
        {
            _output.WriteLine(StepLine(step));
        }

        // The garbage collector's share so far: with many cores busy it is often what a step waits on.
        _output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {GC.GetTotalPauseDuration().TotalSeconds,7:0.000} s paused by {GC.CollectionCount(0)} collections ({GC.CollectionCount(1)} gen1, {GC.CollectionCount(2)} gen2) of {GC.GetTotalAllocatedBytes() / 1e9:0.0} GB allocated"));
    }

    private static string StepLine(StepTime step) => string.Create(CultureInfo.InvariantCulture,
        $"  {step.Elapsed.TotalSeconds,7:0.000} s wall {step.Processor.TotalSeconds,7:0.000} s cpu {step.HeapBytes / 1e6,7:0} MB heap {step.PeakBytes / 1e6,7:0} MB peak {step.AllocatedBytes / 1e6,7:0} MB allocated {step.Paused.TotalSeconds,6:0.000} s paused  {step.Step}");

    /// <summary>The closing summary.</summary>
    public void Summary(BuildSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        if (_json)
        {
            WriteJson(summary);
        }
        else if (_console is not null)
        {
            WriteTable(_console, summary);
        }
        else
        {
            _output.WriteLine(PlainLine(summary));
        }
    }

    private static string PlainLine(BuildSummary s)
    {
        var parts = new List<string>();
        if (s.Articles is { } count)
        {
            var articles = s.Seeds is { } seeds ? $"{seeds} seeds → {count} articles" : $"{count} articles";
            if (s.Written is { } written)
            {
                // Files taken out are named when there are any: the one thing ingest does that a maintainer may not expect.
                var removed = s.Removed is > 0 and var takenOut ? $", {takenOut} taken out" : "";
                articles += $" ({written} written{removed}, {s.KeptByHand ?? 0} kept as edited by hand)";
            }

            parts.Add(articles);
        }

        if (s.Stories is { } stories)
        {
            parts.Add($"{s.Copies ?? 0} copies, {stories} stories, {s.Entities ?? 0} entities");
        }

        if (s.Pages is { } pages)
        {
            var changes = s.Rendered is { } rendered ? $", {rendered} pages made, {s.Changed ?? 0} files changed" : "";
            parts.Add($"{pages} pages ({s.Files} files{changes}) in {s.OutputFolder}/");
        }
        else if (s.Files is { } files)
        {
            var changed = s.Changed is { } read ? $" ({read} changed since the last check that found no problem)" : "";
            parts.Add($"checked {files} files in {s.OutputFolder}/{changed}");
        }

        if (s.Drafts is > 0 and var drafts)
        {
            parts.Add($"{drafts} {(drafts == 1 ? "draft" : "drafts")} held back");
        }

        return string.Create(CultureInfo.InvariantCulture, $"{string.Join("; ", parts)}; {s.Errors} errors, {s.Warnings} warnings; {s.Seconds:0.00} s");
    }

    // The counts both the table and the JSON show, in order: (label, JSON name, value when reported).
    private static IEnumerable<(string Label, string Name, int? Value)> Counts(BuildSummary s) =>
    [
        ("seeds", "seeds", s.Seeds), ("articles", "articles", s.Articles), ("written", "written", s.Written), ("taken out", "removed", s.Removed),
        ("kept as edited by hand", "kept_by_hand", s.KeptByHand), ("copies", "copies", s.Copies), ("stories", "stories", s.Stories),
        ("entities", "entities", s.Entities), ("pages", "pages", s.Pages), ("pages made", "pages_made", s.Rendered),
        ("files", "files", s.Files), ("files changed", "files_changed", s.Changed), ("drafts held back", "drafts", s.Drafts),
    ];

    private static void WriteTable(IAnsiConsole console, BuildSummary s)
    {
        // No header row: the columns are a name and its figure (an empty header row stood above them).
        var table = new Table().Border(TableBorder.Rounded).HideHeaders().AddColumn("").AddColumn(new TableColumn("").RightAligned());
        void Row(string name, int? value)
        {
            if (value is { } v)
            {
                table.AddRow(name, v.ToString("N0", CultureInfo.InvariantCulture));
            }
        }

        foreach (var (label, _, value) in Counts(s))
        {
            Row(label, value);
        }

        table.AddRow(s.Errors > 0 ? "[red]errors[/]" : "errors", s.Errors.ToString(CultureInfo.InvariantCulture));
        table.AddRow(s.Warnings > 0 ? "[yellow]warnings[/]" : "warnings", s.Warnings.ToString(CultureInfo.InvariantCulture));
        table.AddRow("seconds", s.Seconds.ToString("0.00", CultureInfo.InvariantCulture));
        console.Write(table);
    }

    private void WriteJson(BuildSummary s) => WriteJsonObject(_output, json =>
    {
        void Number(string name, int? value)
        {
            if (value is { } v)
            {
                json.WriteNumber(name, v);
            }
        }

        foreach (var (_, name, value) in Counts(s))
        {
            Number(name, value);
        }

        json.WriteNumber("errors", s.Errors);
        json.WriteNumber("warnings", s.Warnings);
        json.WriteNumber("seconds", Math.Round(s.Seconds, 3));
        WriteDiagnostics(json, s.Diagnostics);
    });

    // The "diagnostics" array of a JSON object: each problem with its file, place, severity and message.
    private static void WriteDiagnostics(Utf8JsonWriter json, IEnumerable<Diagnostic> diagnostics)
    {
        json.WriteStartArray("diagnostics");
        foreach (var d in diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("file", d.File);
            if (d.Line is { } line)
            {
                json.WriteNumber("line", line);
            }

            if (d.Column is { } column)
            {
                json.WriteNumber("column", column);
            }

            json.WriteString("severity", d.Severity == Severity.Error ? "error" : "warning");
            json.WriteString("message", d.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
