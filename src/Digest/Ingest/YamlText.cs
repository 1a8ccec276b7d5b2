using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Digest.Ingest;

/// <summary>Loads the curated YAML files of ingest (sources.yml, sidecars, the ingest settings) with errors as diagnostics.</summary>
internal static class YamlText
{
    /// <summary>
    /// The root node of the first document, or null for an empty text; false (with a
    /// <c>file:line:col</c> error ending in <paramref name="consequence"/>) when the YAML is malformed.
    /// </summary>
    public static bool TryLoad(string yaml, string displayPath, ICollection<Diagnostic>? diagnostics, string consequence, out YamlNode? root)
    {
        root = null;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
            if (root is YamlScalarNode { Value: null or "" })
            {
                root = null;
            }

            return true;
        }
        catch (YamlException e)
        {
            diagnostics?.Add(Diagnostic.Error(displayPath, $"malformed YAML: {e.Message}; {consequence}", (int)e.Start.Line, (int)e.Start.Column));
            return false;
        }
    }
}
