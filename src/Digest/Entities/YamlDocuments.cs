using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Digest.Entities;

/// <summary>Loading curated YAML into nodes that keep their line and column for diagnostics.</summary>
internal static class YamlDocuments
{
    /// <summary>The first document's root node, or null when the text is empty or not valid YAML.</summary>
    public static YamlNode? Root(string yaml) => TryRoot(yaml, out var root, out _) ? root : null;

    /// <summary>Loads the first document; on malformed YAML returns false with the parser's error.</summary>
    public static bool TryRoot(string yaml, out YamlNode? root, out YamlException? error)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        root = null;
        error = null;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
            return true;
        }
        catch (YamlException e)
        {
            error = e;
            return false;
        }
        catch (InvalidOperationException e)
        {
            // YamlDotNet's scanner throws this on some malformed input (an unclosed flow sequence
            // before a key); report it where the last good token ended.
            var mark = LastGoodMark(yaml);
            error = new YamlException(mark, mark, "the structure cannot be read (" + e.Message + ")");
            return false;
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
