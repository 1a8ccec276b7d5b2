using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Digest.Content;

/// <summary>
/// Loads maintainer-written YAML (front matter, digest.yml, sources.yml, entities.yml, sidecars) with limits,
/// so a hostile or broken file is refused quickly with a clear error instead of hanging, exhausting memory
/// or overflowing the stack: size, nesting depth and alias count are checked on the event stream first.
/// </summary>
public static partial class SafeYaml
{
    /// <summary>Largest YAML text accepted, in characters.</summary>
    public const int MaxLength = 1 << 20;

    /// <summary>
    /// Largest curated catalog accepted (<c>entities.yml</c>, <c>sources.yml</c>, <c>tags.yml</c>), in characters: a
    /// newsroom's list of 20,000 names is over a megabyte, and the parser reads a long file in time and memory that grow
    /// with its length (it is nesting and aliases that blow up, and those limits hold here too).
    /// </summary>
    public const int MaxCatalogLength = 16 << 20;

    /// <summary>Deepest nesting of mappings and sequences accepted.</summary>
    public const int MaxDepth = 32;

    /// <summary>Most aliases (<c>*name</c>) accepted in one file.</summary>
    public const int MaxAliases = 64;

    /// <summary>
    /// The root mapping of <paramref name="text"/>; null when the text is unusable, with the problem
    /// added to <paramref name="diagnostics"/> as an error at its line. Empty text is an empty mapping.
    /// </summary>
    /// <param name="text">The YAML.</param>
    /// <param name="displayPath">The file diagnostics name.</param>
    /// <param name="diagnostics">Receives problems.</param>
    /// <param name="lineOffset">Lines before the YAML in its file (1 for front matter after '---').</param>
    /// <param name="maxLength">The longest text accepted (<see cref="MaxLength"/>, or <see cref="MaxCatalogLength"/> for a catalog).</param>
    public static YamlMappingNode? LoadMapping(string text, string displayPath, ICollection<Diagnostic> diagnostics, int lineOffset = 0, int maxLength = MaxLength)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (!TryLoad(text, displayPath, diagnostics, out var root, lineOffset, maxLength))
        {
            return null;
        }

        if (root is null or YamlMappingNode)
        {
            return root as YamlMappingNode ?? new YamlMappingNode();
        }

        diagnostics.Add(Diagnostic.Error(displayPath, "must be a mapping of keys to values (key: value)" + SpaceAfterColon(root), (int)root.Start.Line + lineOffset, (int)root.Start.Column));
        return null;
    }

    /// <summary>
    /// The hint for a text that reads as one value where a mapping belongs because a key has no space after its colon
    /// ("title:Digest" is the string "title:Digest" to YAML): "; put a space after the ':' of 'title:Digest'". Empty otherwise.
    /// </summary>
    public static string SpaceAfterColon(YamlNode root) =>
        root is YamlScalarNode { Value: { } value } && NoSpaceAfterColon().Match(value) is { Success: true } match
            ? $"; put a space after the ':' of '{match.Value}'"
            : "";

    [System.Text.RegularExpressions.GeneratedRegex(@"^[A-Za-z_][\w-]*:[^\s:/][^\n]*", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex NoSpaceAfterColon();

    /// <summary>
    /// Loads <paramref name="text"/> within the limits: true with the root node of its first document
    /// (null for an empty text), or false with the problem added to <paramref name="diagnostics"/>.
    /// </summary>
    /// <param name="text">The YAML.</param>
    /// <param name="displayPath">The file diagnostics name.</param>
    /// <param name="diagnostics">Receives problems.</param>
    /// <param name="root">The root node, or null for an empty text.</param>
    /// <param name="lineOffset">Lines before the YAML in its file.</param>
    /// <param name="maxLength">The longest text accepted (<see cref="MaxLength"/>, or <see cref="MaxCatalogLength"/> for a catalog).</param>
    public static bool TryLoad(string text, string displayPath, ICollection<Diagnostic> diagnostics, out YamlNode? root, int lineOffset = 0, int maxLength = MaxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(diagnostics);
        root = null;
        if (text.Length > maxLength)
        {
            diagnostics.Add(Diagnostic.Error(displayPath, $"YAML is {text.Length:N0} characters long; the limit is {maxLength:N0}", lineOffset + 1));
            return false;
        }

        try
        {
            if (!CannotAbuse(text) && FindAbuse(text) is { } abuse)
            {
                diagnostics.Add(Diagnostic.Error(displayPath, abuse.Message, (int)abuse.Mark.Line + lineOffset, (int)abuse.Mark.Column));
                return false;
            }

            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            root = stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" }
                ? null
                : stream.Documents[0].RootNode;
            WithoutControlCharacters(root, displayPath, diagnostics, lineOffset);
            return true;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this on some malformed input (an unclosed flow sequence before
            // a key) instead of a YamlException; the problem is where the last good token ended. Its message
            // ("Operation is not valid due to the current state of the object") tells a maintainer nothing;
            // what usually causes it does.
            var mark = LastGoodMark(text);
            diagnostics.Add(Diagnostic.Error(displayPath, "malformed YAML: the structure cannot be read from here (often a '[' or '{' left open, or a value that needs quotes)", (int)mark.Line + lineOffset, (int)mark.Column));
            return false;
        }
        catch (YamlException e)
        {
            var message = e.InnerException is { } inner && e.Message.Contains("exception", StringComparison.OrdinalIgnoreCase) ? inner.Message : e.Message;
            // Two mistakes YamlDotNet places far from where they are: a tab in an indent (at the end of the line before),
            // and an alias of no anchor (at the start of the document).
            var (problem, line, column) = TabIndent(text, message) ?? UnknownAlias(text, message) ?? DuplicateKey(text, message, e.Start, lineOffset)
                ?? ("malformed YAML: " + message, (int)e.Start.Line, (int)e.Start.Column);
            diagnostics.Add(Diagnostic.Error(displayPath, problem, line + lineOffset, column));
            return false;
        }
    }

    // The first tab in a line's indent, when the parser's complaint is of one: YAML indents with spaces only.
    private static (string, int, int)? TabIndent(string text, string message)
    {
        if (!message.Contains("tab", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            if (lines[i].AsSpan(0, indent).IndexOf('\t') is var tab and >= 0)
            {
                return ("malformed YAML: a tab in the indent; YAML indents with spaces only: replace the tab with spaces", i + 1, tab + 1);
            }
        }

        return null;
    }

    // A key given twice in one mapping, when the parser's complaint is of one ("Duplicate key title"): where it is given
    // first, at the same indent above the second, so that the maintainer sees which two lines to make one.
    private static (string, int, int)? DuplicateKey(string text, string message, Mark second, int lineOffset)
    {
        const string Prefix = "Duplicate key ";
        if (!message.StartsWith(Prefix, StringComparison.Ordinal) || second.Line < 1)
        {
            return null;
        }

        var key = message[Prefix.Length..];
        var lines = text.Split('\n');
        var indent = (int)second.Column - 1;
        var first = -1;
        for (var i = 0; i < Math.Min((int)second.Line - 1, lines.Length); i++)
        {
            var rest = lines[i].AsSpan();
            if (rest.Length > indent && rest[..indent].IsWhiteSpace() && rest[indent..].TrimStart("'\"").StartsWith(key, StringComparison.Ordinal))
            {
                first = i + 1;
            }
        }

        return ($"malformed YAML: the key '{key}' is given twice{(first > 0 ? $" (first at line {first + lineOffset})" : "")}; keep one", (int)second.Line, (int)second.Column);
    }

    // Where an alias names an anchor the file does not define ("*nope"), when the parser's complaint is of one.
    private static (string, int, int)? UnknownAlias(string text, string message)
    {
        if (AnchorNamed().Match(message) is not { Success: true } named)
        {
            return null;
        }

        var anchor = named.Groups["name"].Value;
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            for (var at = lines[i].IndexOf('*' + anchor, StringComparison.Ordinal); at >= 0; at = lines[i].IndexOf('*' + anchor, at + 1, StringComparison.Ordinal))
            {
                var end = at + 1 + anchor.Length;
                if (end == lines[i].Length || lines[i][end] is ' ' or ',' or ']' or '}' or '\r')
                {
                    return ($"malformed YAML: *{anchor} names no anchor (&{anchor}) of the file; quote the value if the '*' is text", i + 1, at + 1);
                }
            }
        }

        return null;
    }

    [System.Text.RegularExpressions.GeneratedRegex("anchor '(?<name>[^']+)' does not exist", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex AnchorNamed();

    // YAML's escapes ("\a", "\x01" in double quotes) write control characters the file itself does not hold, and
    // ingest's emitter writes them so: a value with one is a warning at its place, and the characters are left out,
    // as from a markdown file's text (pages and feeds cannot carry them: HTML refuses their references, XML them).
    private static void WithoutControlCharacters(YamlNode? root, string displayPath, ICollection<Diagnostic> diagnostics, int lineOffset)
    {
        foreach (var scalar in root?.AllNodes.OfType<YamlScalarNode>() ?? [])
        {
            if (scalar.Value is { } value && Text.ControlCharacters.IndexOf(value) is var at and >= 0)
            {
                diagnostics.Add(Diagnostic.Warning(displayPath,
                    $"control character U+{(int)value[at]:X4} (and any others) in this value left out: pages and feeds cannot carry it; delete it from the file",
                    (int)scalar.Start.Line + lineOffset, (int)scalar.Start.Column));
                scalar.Value = Text.ControlCharacters.Remove(value);
            }
        }
    }

    private static Mark LastGoodMark(string text)
    {
        var scanner = new Scanner(new StringReader(text));
        var last = Mark.Empty;
        try
        {
            while (scanner.MoveNext())
            {
                last = scanner.Current!.End;
            }
        }
        catch (YamlException)
        {
            // the error itself: the last good mark is what is wanted
        }
        catch (InvalidOperationException)
        {
            // the same, from the scanner's own failure
        }

        return last;
    }

    // A cheap scan that rules out the checks' reasons for most files (front matter of 10,000 articles
    // is loaded on every publish): no anchor or alias characters, and neither brackets nor indentation
    // deep enough to nest past the limit. Anything else gets the full event scan.
    private static bool CannotAbuse(string text)
    {
        int brackets = 0, maxBrackets = 0, indent = 0, maxIndent = 0;
        var lineStart = true;
        foreach (var c in text)
        {
            switch (c)
            {
                case '&' or '*':
                    return false;
                case '[' or '{':
                    maxBrackets = Math.Max(maxBrackets, ++brackets);
                    break;
                case ']' or '}':
                    brackets--;
                    break;
                case '\n':
                    lineStart = true;
                    indent = 0;
                    continue;
                case ' ' when lineStart:
                    maxIndent = Math.Max(maxIndent, ++indent);
                    continue;
            }

            lineStart = false;
        }

        return maxBrackets <= MaxDepth && maxIndent <= MaxDepth;
    }

    private static (string Message, Mark Mark)? FindAbuse(string text)
    {
        var parser = new Parser(new StringReader(text));
        var depth = 0;
        var aliases = 0;
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case MappingStart or SequenceStart:
                    if (++depth > MaxDepth)
                    {
                        return ($"YAML nests deeper than {MaxDepth} levels; refused", parser.Current.Start);
                    }

                    break;
                case MappingEnd or SequenceEnd:
                    depth--;
                    break;
                case AnchorAlias:
                    if (++aliases > MaxAliases)
                    {
                        return ($"YAML uses more than {MaxAliases} aliases (an alias bomb?); refused", parser.Current!.Start);
                    }

                    break;
            }
        }

        return null;
    }

    /// <summary>What a node that is not one value is, as an error names it: "list" or "mapping".</summary>
    public static string ShapeOf(YamlNode node) => node is YamlSequenceNode ? "list" : "mapping";
}
