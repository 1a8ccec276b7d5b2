using Digest.Content;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Digest.Entities;

/// <summary>Curated YAML through <see cref="SafeYaml"/>, with one more guard.</summary>
internal static class YamlLoading
{
    /// <summary>
    /// The root mapping, or null with the problem in <paramref name="diagnostics"/>. YamlDotNet's
    /// scanner throws InvalidOperationException on some malformed input (an unclosed flow sequence
    /// before a key), which SafeYaml does not expect; it is reported where the last good token ended.
    /// </summary>
    public static YamlMappingNode? Mapping(string yaml, string display, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(diagnostics);
        try
        {
            return SafeYaml.LoadMapping(yaml, display, diagnostics);
        }
        catch (InvalidOperationException e)
        {
            var mark = LastGoodMark(yaml);
            diagnostics.Add(Diagnostic.Error(display, "malformed YAML: the structure cannot be read (" + e.Message + ")", (int)mark.Line, (int)mark.Column));
            return null;
        }
    }

    private static Mark LastGoodMark(string yaml)
    {
        var scanner = new Scanner(new StringReader(yaml));
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
            // as above, from the scanner's own bug
        }

        return last;
    }
}
